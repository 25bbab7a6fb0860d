/**
 * Pertukaran: the exchange document (JSON, format {@code kinerja-exchange} v2, v1 still read) of a whole dinas, its import
 * into a tenant and its export from one.
 */
package id.kinerja.pertukaran;
