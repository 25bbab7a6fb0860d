package id.kinerja.tenant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * One dinas in the registry ({@code platform.tenant}): who it is, where its data lives and which
 * tenant changelog version its schema has.
 *
 * @param kind             {@code kabupaten}, {@code kota} or {@code provinsi}
 * @param status           {@code active}, {@code suspended}, {@code provisioning} (being onboarded: never served) or
 *                         {@code moving} (being copied to another server: answers 503)
 * @param schemaName       its PostgreSQL schema, {@code t_<slug>}
 * @param locator          which database server holds the schema ({@code default}: the main one; others are
 *                         {@code kinerja.servers.<name>}); moving a tenant is a change of this value, not of code
 * @param changelogVersion id of the last tenant changeset applied to its schema
 * @param migrationStatus  {@code ok}, or {@code failed} with {@code migrationError} (the tenant then answers 503)
 */
@Serdeable
@MappedEntity(value = "tenant", schema = TenantSchemas.PLATFORM)
public record Tenant(
        @Id @GeneratedValue @Nullable Long id,
        String slug,
        String name,
        String kind,
        @Nullable String region,
        @Nullable String province,
        String status,
        String schemaName,
        String locator,
        @Nullable String changelogVersion,
        String migrationStatus,
        @Nullable String migrationError,
        @Nullable Instant migratedAt,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    public static final String ACTIVE = "active";
    public static final String SUSPENDED = "suspended";
    public static final String PROVISIONING = "provisioning";
    public static final String MOVING = "moving";
    public static final String MIGRATION_OK = "ok";
    public static final String MIGRATION_FAILED = "failed";
    public static final String DEFAULT_LOCATOR = "default";

    public TenantRef ref() {
        return new TenantRef(id, slug, schemaName, locator);
    }

    public boolean isActive() {
        return ACTIVE.equals(status);
    }

    public boolean isMigrated() {
        return MIGRATION_OK.equals(migrationStatus);
    }
}
