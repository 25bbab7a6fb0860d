/**
 * Indikator: the form of one indicator (kode, nama, satuan, polarity, roll-up, sources, responsible unit,
 * explanation, and the computable formula with its components, checked as it is typed and computed on sample
 * values). Saves through {@code IndikatorService} with the API's rules.
 */
package id.kinerja.ui.indikator;
