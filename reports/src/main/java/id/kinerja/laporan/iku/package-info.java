/** The Indikator Kinerja Utama document (template {@code iku.jrxml}). */
package id.kinerja.laporan.iku;
