/**
 * Pertukaran: a whole dinas as an exchange document, in and out. The entry points live here: {@code Pertukaran}
 * (read, check, import, export), {@code Impor} (the document as the features' commands, {@code RencanaImpor},
 * checked by their own rules and written through their services' bulk operations) and {@code Ekspor} (read
 * through the services). The document itself (JSON, its schema, its own rules) is in {@code dokumen}; the Excel
 * workbook and its one column model in {@code excel}. Nothing here touches another feature's repositories.
 */
package id.kinerja.pertukaran;
