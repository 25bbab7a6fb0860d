/**
 * Sumber daya: the staff composition per jabatan and the sarana dan prasarana of a dinas, per year (Bab I of the
 * Laporan Kinerja). Tenant-scoped.
 */
package id.kinerja.sumberdaya;
