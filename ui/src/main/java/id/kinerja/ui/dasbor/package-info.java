/**
 * Dasbor: a dinas's quarter at a glance — capaian per tujuan, sasaran and program coloured by the dinas's scale, the
 * counts (≥ 100 %, < 100 %, not measurable), budget absorption and efficiency, and per IKU a multi-year trend drawn
 * on the server as SVG by the Laporan Kinerja's own chart ({@code laporan.grafik.GrafikTren}).
 */
package id.kinerja.ui.dasbor;
