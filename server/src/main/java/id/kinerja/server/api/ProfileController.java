package id.kinerja.server.api;

import id.kinerja.pengguna.Izin;
import id.kinerja.tenant.TenantProfile;
import id.kinerja.tenant.TenantRegistry;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** The dinas's own profile. */
@Controller("/api/t/{slug}")
final class ProfileController {

    private final TenantRegistry registry;

    ProfileController(TenantRegistry registry) {
        this.registry = registry;
    }

    @Akses(Izin.BACA)
    @Get("/profile")
    TenantProfile profile(String slug) {
        return registry.currentProfile();
    }
}
