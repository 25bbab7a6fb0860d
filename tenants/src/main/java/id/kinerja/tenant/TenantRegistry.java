package id.kinerja.tenant;

import id.kinerja.basisdata.Simpanan;
import id.kinerja.basisdata.VersiTulis;
import id.kinerja.common.Teks;
import id.kinerja.config.PlatformCacheSettings;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reading the registry: who exists, and whether a tenant may serve a request now. */
@Singleton
public final class TenantRegistry {

    private final TenantRepository tenants;
    private final Migrations migrations;
    /** The registry rows requests are served by, by slug, kept while the platform schema is unwritten. */
    private final Simpanan<String, Tenant> melayani;

    TenantRegistry(TenantRepository tenants, Migrations migrations, VersiTulis versi, PlatformCacheSettings simpan) {
        this.migrations = migrations;
        this.melayani = Simpanan.platform(versi, simpan);
        this.tenants = tenants;
    }

    public List<Tenant> list() {
        return tenants.listOrderBySlug();
    }

    /**
     * A page of the registry for a list that must stay fast at thousands of dinas: paged and sorted in the database;
     * {@code cari} (blank: everything) matches slug, name or region, ignoring case.
     */
    public Page<Tenant> halaman(@Nullable String cari, Pageable pageable) {
        String teks = Teks.rapi(cari);
        if (teks == null) {
            return tenants.list(pageable);
        }
        String pola = "%" + teks.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return tenants.findBySlugIlikeOrNameIlikeOrRegionIlike(pola, pola, pola, pageable);
    }

    /** The tenants with these ids, by name (a user's own dinas). */
    public List<Tenant> dariId(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : tenants.findByIdInListOrderByName(ids);
    }

    public Optional<Tenant> find(String slug) {
        return TenantSchemas.isValidSlug(slug) ? tenants.findBySlug(slug) : Optional.empty();
    }

    /**
     * The tenant that serves {@code slug}: unknown or suspended → {@link TenantNotFoundException}, being moved to another
     * server ({@link PemindahanDinas}), migration failed or
     * not yet run for the current changelog → {@link TenantUnavailableException} (never served on an old schema).
     * The row is kept until the platform schema is next written (suspension, migration state, …).
     */
    public TenantRef serving(String slug) {
        Tenant tenant = melayani.ambil(slug, this::find).filter(t -> t.isActive() || Tenant.MOVING.equals(t.status()))
                .orElseThrow(() -> new TenantNotFoundException(slug));
        if (Tenant.MOVING.equals(tenant.status())) {
            throw new TenantUnavailableException(slug, "datanya sedang dipindahkan ke server basis data lain; "
                    + "coba lagi dalam beberapa menit");
        }
        if (!tenant.isMigrated()) {
            throw new TenantUnavailableException(slug, "pembaruan skema basis data gagal, administrator sudah diberi tahu");
        }
        if (!migrations.tenantVersion().equals(tenant.changelogVersion())) {
            throw new TenantUnavailableException(slug, "skema basis datanya sedang diperbarui ke versi terbaru; "
                    + "coba lagi dalam beberapa menit");
        }
        return tenant.ref();
    }

    /** The profile of the tenant the current work runs for. */
    public TenantProfile currentProfile() {
        TenantRef ref = TenantScope.current().orElseThrow(() -> new IllegalStateException("No tenant in context"));
        return tenants.findById(ref.id()).map(TenantProfile::of).orElseThrow(() -> new TenantNotFoundException(ref.slug()));
    }

    public Counts counts() {
        return new Counts(tenants.count(), tenants.countByMigrationStatus(Tenant.MIGRATION_FAILED),
                tenants.countPending(migrations.tenantVersion()));
    }

    /** How many tenants there are, how many failed their last migration, how many wait for the current changelog. */
    public record Counts(long total, long migrationFailed, long pending) {
    }
}
