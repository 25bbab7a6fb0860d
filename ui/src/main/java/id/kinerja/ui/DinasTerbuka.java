package id.kinerja.ui;

import id.kinerja.common.ForbiddenException;
import id.kinerja.common.NotAuthenticatedException;
import id.kinerja.pengguna.Izin;
import id.kinerja.pengguna.Pelaku;
import id.kinerja.pengguna.Peran;
import id.kinerja.tenant.Tenant;
import id.kinerja.tenant.TenantRef;
import id.kinerja.tenant.TenantRegistry;
import id.kinerja.tenant.TenantScope;
import io.micronaut.core.annotation.Nullable;

import java.util.function.Supplier;

/**
 * The dinas a page shows, and the one way its views call services: every call runs in that dinas's tenant context
 * ({@link TenantScope}) after the signed-in user's role there has been checked against what the call needs, with
 * the same {@link Izin} table as the API. A control the role lacks is not shown ({@link #boleh}); a call forced
 * anyway is refused. Each call asks the registry again where the dinas is served (kept per process, cheap): a page
 * left open while its dinas moved to another server, was suspended or is migrating must not write where it was.
 */
public final class DinasTerbuka {

    private final Tenant tenant;
    private final TenantRef ref;
    private final TenantScope scope;
    private final TenantRegistry registry;

    DinasTerbuka(Tenant tenant, TenantRef ref, TenantScope scope, TenantRegistry registry) {
        this.tenant = tenant;
        this.ref = ref;
        this.scope = scope;
        this.registry = registry;
    }

    public String slug() {
        return tenant.slug();
    }

    public String nama() {
        return tenant.name();
    }

    public Tenant tenant() {
        return tenant;
    }

    public long id() {
        return ref.id();
    }

    /** Whether the signed-in user may do what {@code izin} allows here (now: roles are read on every request). */
    public boolean boleh(Izin izin) {
        return Pelaku.current().map(p -> p.boleh(izin, ref.id())).orElse(false);
    }

    /** The user's role here; null for the provincial admin without a role of their own. */
    @Nullable
    public Peran peran() {
        return Pelaku.current().map(p -> p.peranDi(ref.id())).orElse(null);
    }

    /** Reads in this dinas. */
    public <T> T baca(Supplier<T> kerja) {
        return jalankan(Izin.BACA, kerja);
    }

    /**
     * Runs {@code kerja} in this dinas when the user's role allows {@code izin}.
     *
     * @throws ForbiddenException otherwise
     */
    public <T> T jalankan(Izin izin, Supplier<T> kerja) {
        Pelaku p = Pelaku.current().orElseThrow(() -> new NotAuthenticatedException("Masuk dahulu"));
        if (!p.boleh(izin, ref.id())) {
            throw new ForbiddenException(p.mengenal(ref.id()) ? "Peran Anda di dinas ini tidak mengizinkan langkah ini"
                    : "Anda bukan anggota dinas ini");
        }
        return scope.call(registry.serving(tenant.slug()), kerja);
    }

    public void jalankan(Izin izin, Runnable kerja) {
        jalankan(izin, () -> {
            kerja.run();
            return null;
        });
    }
}
