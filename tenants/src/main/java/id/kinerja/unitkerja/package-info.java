/** Unit kerja: the sekretariat and bidang of a dinas, responsible for indicators. Tenant-scoped. */
package id.kinerja.unitkerja;
