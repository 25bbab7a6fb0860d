/**
 * Laporan: the dinas's printed documents (IKU, PK, Rencana Aksi, Renstra, Renja, Laporan Kinerja) by year, quarter
 * and format, downloaded through a per-session download handler and printed by {@code LaporanService}; whether the
 * choice prints final or draft figures is said before the download.
 */
package id.kinerja.ui.laporan;
