package id.kinerja.server.api;

import id.kinerja.common.NotFoundException;
import id.kinerja.tenant.Tenant;
import id.kinerja.tenant.TenantBaru;
import id.kinerja.tenant.TenantProvisioning;
import id.kinerja.tenant.TenantRegistry;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;

import java.net.URI;
import java.util.List;

/** Onboarding and overview of dinas, for the provincial admin. Secured by the users-and-roles work. */
@Controller("/api/admin/tenants")
final class TenantAdminController {

    private final TenantProvisioning provisioning;
    private final TenantRegistry registry;

    TenantAdminController(TenantProvisioning provisioning, TenantRegistry registry) {
        this.provisioning = provisioning;
        this.registry = registry;
    }

    @Post
    HttpResponse<Tenant> create(@Body TenantBaru command) {
        Tenant tenant = provisioning.provision(command);
        return HttpResponse.created(tenant, URI.create("/api/admin/tenants/" + tenant.slug()));
    }

    @Get
    List<Tenant> list() {
        return registry.list();
    }

    @Get("/{slug}")
    Tenant show(String slug) {
        return registry.find(slug).orElseThrow(() -> new NotFoundException("Dinas '" + slug + "' tidak ditemukan"));
    }
}
