/**
 * Persetujuan: the approval of each quarter of a year (Draf, Diajukan, Diverifikasi, Dikunci) with its history, the
 * steps the user's role may take, each after a confirmation (a reason where the step needs one), and the year's
 * Perjanjian Kinerja with its signing; through {@code AlurPersetujuan} and {@code PkService}, as the API.
 */
package id.kinerja.ui.persetujuan;
