/**
 * Renstra: periods and the framework tree of a dinas (tujuan → sasaran → program → kegiatan → sub kegiatan),
 * one table of nodes with a level each. Tenant-scoped.
 */
package id.kinerja.renstra;
