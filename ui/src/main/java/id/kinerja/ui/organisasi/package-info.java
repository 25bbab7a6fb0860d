/**
 * Organisasi: the dinas's organisation as Bab I of the Laporan Kinerja prints it — the unit kerja tree (parent,
 * order, tugas, fungsi: {@code UnitKerjaService}) and, per year, the staff composition and the sarana dan prasarana
 * ({@code SumberDayaService}).
 */
package id.kinerja.ui.organisasi;
