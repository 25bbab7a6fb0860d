package id.kinerja.tenant;

import id.kinerja.basisdata.DatabaseServer;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/**
 * At start-up, before anything serves: migrate the platform schema, then the tenants; on an embedded
 * (demo) database that has no tenant yet, onboard the dinas of the seed documents.
 */
@Singleton
final class KinerjaStartup {

    private final Migrations migrations;
    private final DatabaseServer server;
    private final TenantRegistry registry;
    private final TenantProvisioning provisioning;

    KinerjaStartup(Migrations migrations, DatabaseServer server, TenantRegistry registry, TenantProvisioning provisioning) {
        this.migrations = migrations;
        this.server = server;
        this.registry = registry;
        this.provisioning = provisioning;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        migrations.migratePlatform();
        migrations.migrateTenants();
        if (server.isEmbedded()) {
            DemoTenants.provisionIfEmpty(registry, provisioning);
        }
    }
}
