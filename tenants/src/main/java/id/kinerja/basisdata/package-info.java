/**
 * The PostgreSQL server (configured or embedded) and the connection pool. Only this package and
 * {@code id.kinerja.tenant} may touch {@code DataSource} or {@code Connection} directly.
 */
package id.kinerja.basisdata;
