/**
 * The process's one meter registry (Micrometer, Prometheus format) with the JVM's meters bound to it. Other packages
 * add their own meters to it: the pool ({@code basisdata}), migration states ({@code tenant}), report renders
 * ({@code laporan}) and API requests (server); the server shows it at {@code GET /api/metrics}. Depends on nothing of
 * Kinerja's.
 */
package id.kinerja.metrik;
