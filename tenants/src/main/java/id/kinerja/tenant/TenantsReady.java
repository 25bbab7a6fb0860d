package id.kinerja.tenant;

/**
 * Published at start-up once the platform and every tenant are migrated.
 *
 * @param embedded whether Kinerja runs on its own embedded (demo) database
 * @param tenants  how many tenants the registry holds
 */
public record TenantsReady(boolean embedded, long tenants) {
}
