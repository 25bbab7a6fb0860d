package id.kinerja.tenant;

import id.kinerja.common.ConflictException;
import id.kinerja.common.Teks;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Onboards a dinas: schema {@code t_<slug>}, the tenant changelog and the registry row in one transaction.
 * PostgreSQL's DDL is transactional, so on any failure nothing is left behind.
 */
@Singleton
public class TenantProvisioning {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String DUPLICATE_SCHEMA = "42P06";

    private final TenantRepository tenants;
    private final Migrations migrations;
    private final TransactionOperations<Connection> transactions;

    TenantProvisioning(TenantRepository tenants, Migrations migrations, TransactionOperations<Connection> transactions) {
        this.tenants = tenants;
        this.migrations = migrations;
        this.transactions = transactions;
    }

    @Transactional
    public Tenant provision(@Valid TenantBaru command) {
        if (tenants.existsBySlug(command.slug())) {
            throw duplicate(command.slug());
        }
        String schema = TenantSchemas.forSlug(command.slug());
        try {
            migrations.createTenantSchema(transactions.getConnection(), schema);
        } catch (SQLException e) {
            if (DUPLICATE_SCHEMA.equals(e.getSQLState())) {
                throw duplicate(command.slug());
            }
            throw new IllegalStateException("Skema " + schema + " gagal dibuat: " + Migrations.message(e), e);
        }
        try {
            return tenants.save(new Tenant(null, command.slug(), command.name().strip(), command.kind(),
                    Teks.rapi(command.region()), Teks.rapi(command.province()), Tenant.ACTIVE, schema,
                    Tenant.DEFAULT_LOCATOR, migrations.tenantVersion(), Tenant.MIGRATION_OK, null, Instant.now(),
                    null, null));
        } catch (DataAccessException e) {
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                throw duplicate(command.slug());
            }
            throw e;
        }
    }

    private static ConflictException duplicate(String slug) {
        return new ConflictException("slug", "slug '" + slug + "' sudah dipakai dinas lain");
    }

}
