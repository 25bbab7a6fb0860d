/**
 * Tenancy, in one place: the registry of dinas ({@code platform.tenant}), provisioning of their schemas,
 * start-up migrations, and the tenant context ({@link id.kinerja.tenant.TenantScope}) that Micronaut Data
 * reads to pick a schema. Raw SQL naming a schema lives only here.
 */
package id.kinerja.tenant;
