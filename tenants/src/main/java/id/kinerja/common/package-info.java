/** Small types every feature shares: the domain's exceptions that the API maps to 404 and 409. */
package id.kinerja.common;
