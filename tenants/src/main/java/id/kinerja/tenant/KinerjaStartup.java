package id.kinerja.tenant;

import id.kinerja.basisdata.DatabaseServer;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/**
 * At start-up, before anything serves: migrate the platform schema, then the tenants; then announce
 * {@link TenantsReady} (the demo seeding listens to it).
 */
@Singleton
final class KinerjaStartup {

    private final Migrations migrations;
    private final DatabaseServer server;
    private final TenantRegistry registry;
    private final ApplicationEventPublisher<TenantsReady> ready;

    KinerjaStartup(Migrations migrations, DatabaseServer server, TenantRegistry registry,
                   ApplicationEventPublisher<TenantsReady> ready) {
        this.migrations = migrations;
        this.server = server;
        this.registry = registry;
        this.ready = ready;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        migrations.migratePlatform();
        migrations.migrateTenants();
        ready.publishEvent(new TenantsReady(server.isEmbedded(), registry.counts().total()));
    }
}
