/**
 * The report engine on JasperReports 7: templates compiled at build time ({@link id.kinerja.laporan.mesin.KompilasiTemplat})
 * and loaded once ({@link id.kinerja.laporan.mesin.Mesin}), records as data ({@link id.kinerja.laporan.mesin.Rekaman}),
 * the shared styles, font family and sub-reports (title block, signature block, page footer), PDF or XLSX as a
 * parameter. Knows nothing of tenants or the database. A PDF depends on its content only, apart from its creation
 * date (font subset tags and file id are made from the content, {@code Mesin.tetap}), so a locked quarter prints the same
 * bytes each time. The filled pages of a document are kept by its content ({@code SimpananIsi}): an unchanged document
 * printed again is only exported.
 */
package id.kinerja.laporan.mesin;
