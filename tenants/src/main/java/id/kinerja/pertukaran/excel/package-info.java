/**
 * The exchange document as an Excel workbook: {@code Excel} (the entry point), {@code Lembar} (the one column model:
 * sheets, columns, the document fields they hold, the Profil rows), {@code Penulis} (writing), {@code Pembaca} with
 * {@code BarisMasuk} and {@code LembarProfil} (reading), and problems located by sheet, row and column
 * ({@code ExcelGalat}).
 */
package id.kinerja.pertukaran.excel;
