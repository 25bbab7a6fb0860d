/**
 * Charts of the documents (JFreeChart), independent of any one document so that a screen can draw the same chart:
 * {@link id.kinerja.laporan.grafik.GrafikTren}, an indicator's target and realisation across the years.
 */
package id.kinerja.laporan.grafik;
