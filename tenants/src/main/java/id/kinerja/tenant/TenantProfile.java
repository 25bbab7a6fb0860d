package id.kinerja.tenant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What a tenant's own users see of its registry entry. */
@Serdeable
public record TenantProfile(String slug, String name, String kind, @Nullable String region, @Nullable String province) {

    static TenantProfile of(Tenant t) {
        return new TenantProfile(t.slug(), t.name(), t.kind(), t.region(), t.province());
    }
}
