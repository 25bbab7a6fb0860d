/**
 * The Renstra matrix (001's Rencana Kerja): every level with its indicators, the baseline, each year's target
 * (and realisation where known) and the end-of-period condition, and each year's budget (template {@code renstra}).
 */
package id.kinerja.laporan.renstra;
