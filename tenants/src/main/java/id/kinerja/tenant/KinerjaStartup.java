package id.kinerja.tenant;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/** At start-up, before anything serves: migrate the platform schema, then the tenants. */
@Singleton
final class KinerjaStartup {

    private final Migrations migrations;

    KinerjaStartup(Migrations migrations) {
        this.migrations = migrations;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        migrations.migratePlatform();
        migrations.migrateTenants();
    }
}
