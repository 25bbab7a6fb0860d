package id.kinerja.tenant;

import id.kinerja.common.ConflictException;
import id.kinerja.common.Teks;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Onboards a dinas on the server {@link Penempatan} picks, in two steps, since the registry (on the main server) and
 * the schema (on the dinas's server) cannot share a transaction: first the registry row, {@code provisioning} — never
 * served, but it holds the slug —; then on the dinas's server, in one transaction, schema {@code t_<slug>} (an empty
 * one taken from that server's {@link PersediaanSkema stock} and renamed, or else created by the tenant changelog) and
 * the first content; then the row turns {@code active}. When the second step fails its transaction
 * leaves nothing and the row is deleted again. Suspends and reactivates a dinas.
 */
@Singleton
public class TenantProvisioning {

    private static final Logger LOG = LoggerFactory.getLogger(TenantProvisioning.class);
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String DUPLICATE_SCHEMA = "42P06";

    private final TenantRepository tenants;
    private final Migrations migrations;
    private final TransactionOperations<Connection> transactions;
    private final TenantScope scope;
    private final Penempatan penempatan;
    private final PersediaanSkema persediaan;

    TenantProvisioning(TenantRepository tenants, Migrations migrations, TransactionOperations<Connection> transactions,
                       TenantScope scope, Penempatan penempatan, PersediaanSkema persediaan) {
        this.persediaan = persediaan;
        this.tenants = tenants;
        this.migrations = migrations;
        this.transactions = transactions;
        this.scope = scope;
        this.penempatan = penempatan;
    }

    /** A new dinas, as {@link #provision(TenantBaru, String, Supplier)}, with nothing in it. */
    public Tenant provision(@Valid TenantBaru command) {
        return provision(command, null, () -> null).tenant();
    }

    /**
     * A new dinas on {@code server} (blank: by the placement rule) whose first content {@code isi} writes, run for the
     * new dinas in the transaction that creates its schema: all of it commits, or nothing is left.
     */
    public <T> Dibuat<T> provision(@Valid TenantBaru command, @Nullable String server, Supplier<T> isi) {
        return provision(command, server, null, terisi -> isi.get());
    }

    /**
     * As {@link #provision(TenantBaru, String, Supplier)}, for content whose framework is {@code kerangka} (null: none
     * shared): the schema is taken from the server's stock filled with that framework when one is ready, and {@code isi}
     * is told so ({@code true}: the framework is already written, write only the rest). After a successful onboarding
     * the server's filled stock of that framework is made up again in the background.
     */
    public <T> Dibuat<T> provision(@Valid TenantBaru command, @Nullable String server,
                                   PersediaanSkema.@Nullable Kerangka kerangka, Function<Boolean, T> isi) {
        String tempat = penempatan.pilih(server);
        if (tenants.existsBySlug(command.slug())) {
            throw duplicate(command.slug());
        }
        String schema = TenantSchemas.forSlug(command.slug());
        Tenant baris;
        try {
            baris = tenants.save(new Tenant(null, command.slug(), command.name().strip(), command.kind(),
                    Teks.rapi(command.region()), Teks.rapi(command.province()), Tenant.PROVISIONING, schema,
                    tempat, migrations.tenantVersion(), Tenant.MIGRATION_OK, null, Instant.now(), null, null));
        } catch (DataAccessException e) {
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                throw duplicate(command.slug());
            }
            throw e;
        }
        T hasil;
        boolean berhasil = false;
        try {
            hasil = scope.call(baris.ref(), () -> transactions.executeWrite(status -> {
                boolean terisi;
                try {
                    Connection c = status.getConnection();
                    Migrations.lockSchema(c, schema);
                    // under the lock start-up recovery (PemulihanDinas) also takes before it deletes a stale row: a
                    // row deleted while this onboarding stalled must not get a schema without a registry row
                    if (!tenants.findById(baris.id()).map(t -> Tenant.PROVISIONING.equals(t.status())).orElse(false)) {
                        throw new IllegalStateException("Pendaftaran dinas '" + command.slug() + "' dibatalkan: barisnya di"
                                + " registri dihapus oleh pemulihan setelah terhenti terlalu lama; daftarkan lagi");
                    }
                    terisi = kerangka != null && persediaan.ambilTerisi(c, schema, kerangka.kunci());
                    if (!terisi && !persediaan.ambil(c, schema)) {
                        migrations.createTenantSchema(c, schema);
                    }
                } catch (SQLException e) {
                    if (DUPLICATE_SCHEMA.equals(e.getSQLState())) {
                        throw duplicate(command.slug());
                    }
                    throw new IllegalStateException("Skema " + schema + " gagal dibuat: " + Migrations.message(e), e);
                }
                return isi.apply(terisi);
            }));
            berhasil = true;
        } catch (RuntimeException | Error e) {
            try {
                tenants.deleteById(baris.id());
            } catch (RuntimeException hapus) {
                e.addSuppressed(hapus);
                LOG.error("Onboarding {} failed and its registry row (provisioning, not served) could not be deleted",
                        command.slug(), hapus);
            }
            throw e;
        } finally {
            if (berhasil && kerangka != null) {
                persediaan.isi(tempat, kerangka);
            } else {
                persediaan.isi(tempat);
            }
        }
        // the schema and its content have committed: from here the row is never deleted (that would orphan the schema
        // and hold its name); if it cannot be marked active it stays 'provisioning', not served, and the error says so
        try {
            tenants.ubahStatus(baris.id(), Tenant.ACTIVE, Instant.now());
        } catch (RuntimeException e) {
            LOG.error("Onboarding {}: schema {} is made but its registry row could not be set active; it stays"
                    + " 'provisioning' (not served): set it active by hand", command.slug(), schema, e);
            throw e;
        }
        return new Dibuat<>(tenants.findById(baris.id()).orElseThrow(), hasil);
    }

    /** A dinas just onboarded and what its first content returned. */
    public record Dibuat<T>(Tenant tenant, @Nullable T isi) {
    }

    /**
     * Suspends ({@code aktif} false) or reactivates a dinas: a suspended one serves nobody (its routes and pages
     * answer "not found") until it is reactivated; its data stays as it is.
     */
    @Transactional(TenantSchemas.PLATFORM)
    public Tenant ubahStatus(String slug, boolean aktif) {
        Tenant t = (TenantSchemas.isValidSlug(slug) ? tenants.findBySlug(slug) : java.util.Optional.<Tenant>empty())
                .orElseThrow(() -> new TenantNotFoundException(slug));
        if (!Tenant.ACTIVE.equals(t.status()) && !Tenant.SUSPENDED.equals(t.status())) {
            throw new ConflictException("status", "Dinas '" + slug + "' sedang " + t.status() + "; statusnya tidak dapat diubah sekarang");
        }
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
