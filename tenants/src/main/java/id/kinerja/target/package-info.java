/** Target: annual targets in versions (Renstra, Renja, P-Renja, PK, PK Perubahan) and quarterly targets. Tenant-scoped. */
package id.kinerja.target;
