/**
 * Realisasi: measured values per indicator, year and quarter (or year), with component values, or the reason
 * they are not available yet. Tenant-scoped.
 */
package id.kinerja.realisasi;
