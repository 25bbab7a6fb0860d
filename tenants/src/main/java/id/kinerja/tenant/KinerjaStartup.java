package id.kinerja.tenant;

import id.kinerja.basisdata.KumpulanServer;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/**
 * At start-up, before anything serves: migrate the platform schema; start putting right in the background the dinas a
 * crash left half onboarded or half moved ({@link PemulihanDinas}); start rolling the tenant changelog out to the
 * dinas behind it in the background ({@link PeluncuranMigrasi}: each serves once migrated); then announce
 * {@link TenantsReady} (the demo seeding listens to it).
 */
@Singleton
final class KinerjaStartup {

    private final Migrations migrations;
    private final PeluncuranMigrasi peluncuran;
    private final PemulihanDinas pemulihan;
    private final KumpulanServer servers;
    private final TenantRegistry registry;
    private final ApplicationEventPublisher<TenantsReady> ready;

    KinerjaStartup(Migrations migrations, PeluncuranMigrasi peluncuran, PemulihanDinas pemulihan, KumpulanServer servers,
                   TenantRegistry registry, ApplicationEventPublisher<TenantsReady> ready) {
        this.migrations = migrations;
        this.peluncuran = peluncuran;
        this.pemulihan = pemulihan;
        this.servers = servers;
        this.registry = registry;
        this.ready = ready;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        migrations.migratePlatform();
        pemulihan.mulai();
        peluncuran.mulai();
        ready.publishEvent(new TenantsReady(servers.embedded(), registry.counts().total()));
    }
}
