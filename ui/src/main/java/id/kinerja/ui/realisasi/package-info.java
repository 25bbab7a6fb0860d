/**
 * Realisasi: one quarter of a dinas in one grid — every indicator in the order of the tree with its targets, the
 * value or the components of its formula, the computed value and capaian as they are typed (the same
 * {@code Kalkulator} the API uses, coloured by the dinas's scale), "belum tersedia" with reason, source and date,
 * notes and evidence files; the narratives of each sasaran and the cumulative budget spending of each program,
 * kegiatan and sub kegiatan. Saved in one write ({@code PengisianTriwulan}); a quarter under review or locked is
 * read-only and says why.
 */
package id.kinerja.ui.realisasi;
