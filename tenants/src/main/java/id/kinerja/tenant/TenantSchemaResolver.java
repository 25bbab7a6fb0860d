package id.kinerja.tenant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.runtime.multitenancy.SchemaTenantResolver;
import jakarta.inject.Singleton;

/**
 * Tells Micronaut Data which schema a repository call works in: the current tenant's, or none (then the
 * connection stays on the empty sentinel schema and only schema-qualified platform tables are reachable).
 */
@Singleton
final class TenantSchemaResolver implements SchemaTenantResolver {

    @Override
    @Nullable
    public String resolveTenantSchemaName() {
        return TenantScope.current().map(TenantRef::schema).orElse(null);
    }
}
