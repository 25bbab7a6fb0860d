/**
 * The PostgreSQL servers (the main one, configured or embedded, and further ones) and their connection pools. Which
 * pool serves a piece of work is tenancy's choice ({@code id.kinerja.tenant.DataSourceFactory}). Only this package
 * and {@code id.kinerja.tenant} may touch {@code DataSource} or {@code Connection} directly.
 */
package id.kinerja.basisdata;
