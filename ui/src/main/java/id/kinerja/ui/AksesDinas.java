package id.kinerja.ui;

import id.kinerja.common.ForbiddenException;
import id.kinerja.common.NotAuthenticatedException;
import id.kinerja.pengguna.Izin;
import id.kinerja.pengguna.Pelaku;
import id.kinerja.tenant.Tenant;
import id.kinerja.tenant.TenantNotFoundException;
import id.kinerja.tenant.TenantRef;
import id.kinerja.tenant.TenantRegistry;
import id.kinerja.tenant.TenantScope;
import jakarta.inject.Singleton;

/**
 * Opens the dinas of a page address ({@code d/:slug/…}) for the signed-in user, the way the API's gate opens
 * {@code /api/t/{slug}/…}: unknown or suspended is "not found", a failed migration "unavailable", a user without
 * the needed role there is refused.
 */
@Singleton
public final class AksesDinas {

    private final TenantRegistry registry;
    private final TenantScope scope;

    AksesDinas(TenantRegistry registry, TenantScope scope) {
        this.registry = registry;
        this.scope = scope;
    }

    /**
     * @throws TenantNotFoundException unknown or suspended
     * @throws id.kinerja.tenant.TenantUnavailableException its schema could not be migrated
     * @throws ForbiddenException the user's role there does not allow {@code izin}
     */
    public DinasTerbuka buka(String slug, Izin izin) {
        Pelaku p = Pelaku.current().orElseThrow(() -> new NotAuthenticatedException("Masuk dahulu"));
        TenantRef ref = registry.serving(slug);
        if (!p.mengenal(ref.id())) {
            throw new ForbiddenException("Anda bukan anggota dinas ini");
        }
        if (!p.boleh(izin, ref.id())) {
            throw new ForbiddenException("Peran Anda di dinas ini tidak mengizinkan halaman ini");
        }
        Tenant tenant = registry.find(slug).orElseThrow(() -> new TenantNotFoundException(slug));
        return new DinasTerbuka(tenant, ref, scope, registry);
    }
}
