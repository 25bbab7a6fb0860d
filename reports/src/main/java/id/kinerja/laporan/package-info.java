/**
 * Laporan: the SAKIP documents (IKU, Perjanjian Kinerja, LKjIP, Rencana Aksi, Renstra matrix) and the
 * Indonesian formatting they share with the UI. Reads tenant data only through {@code tenants} services.
 */
package id.kinerja.laporan;
