package id.kinerja.tenant;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** Reading the registry: who exists, and whether a tenant may serve a request now. */
@Singleton
public final class TenantRegistry {

    private final TenantRepository tenants;

    TenantRegistry(TenantRepository tenants) {
        this.tenants = tenants;
    }

    public List<Tenant> list() {
        return tenants.listOrderBySlug();
    }

    public Optional<Tenant> find(String slug) {
        return TenantSchemas.isValidSlug(slug) ? tenants.findBySlug(slug) : Optional.empty();
    }

    /**
     * The tenant that serves {@code slug}: unknown or suspended → {@link TenantNotFoundException},
     * migration failed → {@link TenantUnavailableException}.
     */
    public TenantRef serving(String slug) {
        Tenant tenant = find(slug).filter(Tenant::isActive).orElseThrow(() -> new TenantNotFoundException(slug));
        if (!tenant.isMigrated()) {
            throw new TenantUnavailableException(slug, "pembaruan skema basis data gagal, administrator sudah diberi tahu");
        }
        return tenant.ref();
    }

    /** The profile of the tenant the current work runs for. */
    public TenantProfile currentProfile() {
        TenantRef ref = TenantScope.current().orElseThrow(() -> new IllegalStateException("No tenant in context"));
        return tenants.findById(ref.id()).map(TenantProfile::of).orElseThrow(() -> new TenantNotFoundException(ref.slug()));
    }

    public Counts counts() {
        return new Counts(tenants.count(), tenants.countByMigrationStatus(Tenant.MIGRATION_FAILED));
    }

    /** How many tenants there are and how many failed their last migration. */
    public record Counts(long total, long migrationFailed) {
    }
}
