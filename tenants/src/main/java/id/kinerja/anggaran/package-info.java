/** Anggaran: budget lines per node and year with their funding source, and cumulative spending per quarter. Tenant-scoped. */
package id.kinerja.anggaran;
