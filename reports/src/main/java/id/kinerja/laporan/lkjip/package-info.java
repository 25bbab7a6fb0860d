/**
 * The Laporan Kinerja (LKjIP) of a quarter or a year, in the layout of seed 002: cover, kata pengantar, contents
 * with real page numbers, Bab I–IV with generated tables and trend charts (template {@code lkjip-laporan} with
 * the table sub-reports {@code lkjip-tabel-*}).
 */
package id.kinerja.laporan.lkjip;
