/**
 * Pieces every view shares: Indonesian numbers ({@link id.kinerja.ui.komponen.Angka}, {@link id.kinerja.ui.komponen.AngkaField}),
 * the problems a service reported shown next to their fields ({@link id.kinerja.ui.komponen.Masalah},
 * {@link id.kinerja.ui.komponen.Formulir}), the guard for unsaved changes, confirmations, messages and page titles.
 * They hold no rules of the domain.
 */
package id.kinerja.ui.komponen;
