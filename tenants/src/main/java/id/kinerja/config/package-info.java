/**
 * Typed configuration: every {@code KINERJA_*} setting lands in one of these records.
 */
package id.kinerja.config;
