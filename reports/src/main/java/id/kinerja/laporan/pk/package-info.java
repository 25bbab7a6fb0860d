/**
 * The Perjanjian Kinerja document: the agreement page and its lampiran (templates {@code perjanjian-kinerja},
 * {@code pk-sasaran}, {@code pk-program}; the two tables are sub-reports the LKjIP reuses as Tabel 2.3).
 */
package id.kinerja.laporan.pk;
