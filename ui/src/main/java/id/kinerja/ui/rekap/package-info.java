/**
 * Rekap provinsi: every dinas for a year and quarter — reporting state, capaian counts and budget absorption frozen
 * by the quarter's lock — paged and sorted in the database, one statement over a page's schemas
 * ({@code persetujuan.PelaporanDinas.rekap}), with a drill-down into the dinas's Dasbor and an XLSX of the whole recap.
 */
package id.kinerja.ui.rekap;
