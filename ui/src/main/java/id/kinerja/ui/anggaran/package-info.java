/**
 * Anggaran: the budget lines of programs, kegiatan and sub kegiatan for a year with their funding sources, and the
 * totals (a node without lines of its own counts its children's), written through {@code AnggaranService}.
 */
package id.kinerja.ui.anggaran;
