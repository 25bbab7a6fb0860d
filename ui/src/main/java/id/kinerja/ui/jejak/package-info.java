/**
 * Jejak: the dinas's audit log for its admin and reviewers, filtered by table, user and days, paged in the database
 * and downloaded as CSV, through {@code JejakService} as the API.
 */
package id.kinerja.ui.jejak;
