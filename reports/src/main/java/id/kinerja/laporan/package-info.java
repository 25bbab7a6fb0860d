/**
 * Laporan: the SAKIP documents (IKU, Perjanjian Kinerja, Rencana Aksi, Renstra and Renja matrices; the LKjIP to
 * come) in PDF and XLSX, and the Indonesian formatting they share with the UI. {@link id.kinerja.laporan.LaporanService}
 * prints a document: {@link id.kinerja.laporan.Penyusun} loads it in one read transaction (each document's
 * {@link id.kinerja.laporan.Dokumen} reads the tenants' services, never SQL), then the engine in {@code mesin}
 * fills the compiled Jasper template and exports it, holding no connection. One sub-package per document.
 */
package id.kinerja.laporan;
