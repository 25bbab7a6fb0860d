/**
 * Cadangan: one dinas as a ZIP archive (its exchange document, its unit kerja and sumber daya, its evidence files, a
 * manifest with a SHA-256 per entry) and back into a new or empty dinas, all or nothing. Uses the pertukaran entry
 * points ({@code Pertukaran}) and the owning services; never a schema's tables directly.
 */
package id.kinerja.cadangan;
