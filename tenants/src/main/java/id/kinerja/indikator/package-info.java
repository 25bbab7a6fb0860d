/** Indikator: indicators of every level with their formula components, polarity and roll-up rule. Tenant-scoped. */
package id.kinerja.indikator;
