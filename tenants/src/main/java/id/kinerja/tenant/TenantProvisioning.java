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
 * PostgreSQL's DDL is transactional, so on any failure nothing is left behind. Suspends and reactivates one.
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

    /**
     * Suspends ({@code aktif} false) or reactivates a dinas: a suspended one serves nobody (its routes and pages
     * answer "not found") until it is reactivated; its data stays as it is.
     */
    @Transactional
    public Tenant ubahStatus(String slug, boolean aktif) {
        Tenant t = (TenantSchemas.isValidSlug(slug) ? tenants.findBySlug(slug) : java.util.Optional.<Tenant>empty())
                .orElseThrow(() -> new TenantNotFoundException(slug));
        String status = aktif ? Tenant.ACTIVE : Tenant.SUSPENDED;
        if (status.equals(t.status())) {
            throw new ConflictException("status", "Dinas '" + slug + "' sudah " + (aktif ? "aktif" : "ditangguhkan"));
        }
        tenants.ubahStatus(t.id(), status, Instant.now());
        return tenants.findById(t.id()).orElseThrow();
    }

    private static ConflictException duplicate(String slug) {
        return new ConflictException("slug", "slug '" + slug + "' sudah dipakai dinas lain");
    }

}
