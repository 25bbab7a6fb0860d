package id.kinerja.server.api;

import id.kinerja.tenant.TenantRegistry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The API's one place that decides the tenant: {@code /api/t/{slug}/…} runs in that tenant's context.
 * Unknown or suspended slug → 404; a tenant whose migration failed → 503.
 */
@ServerFilter(TenantFilter.PREFIX + "**")
final class TenantFilter {

    static final String PREFIX = "/api/t/";

    private final TenantRegistry registry;

    TenantFilter(TenantRegistry registry) {
        this.registry = registry;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> enterTenant(HttpRequest<?> request, MutablePropagatedContext context) {
        String rest = request.getPath().substring(PREFIX.length());
        int slash = rest.indexOf('/');
        String slug = slash < 0 ? rest : rest.substring(0, slash);
        context.add(registry.serving(slug));
        return null;
    }
}
