package id.kinerja.tenant;

import id.kinerja.basisdata.KumpulanServer;
import id.kinerja.config.PersediaanSkemaSettings;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A small stock of empty dinas schemas on every database server, made ahead in the background at the current tenant
 * changelog, so that an onboarding renames one ({@code ALTER SCHEMA … RENAME}: one catalog row) instead of creating
 * ~100 relations while the admin waits — creating them is PostgreSQL's work and grows with the catalog (issue 14).
 * <p>
 * A stock schema is named {@code kinerja_siap_<tree>_<random>}, {@code <tree>} the tenant changelog's fingerprint
 * ({@link Changelog#sidikJari()}: its ids and file contents), so only schemas made by this exact changelog are ever
 * taken; another release's are left unused, and a start drops them (older or newer: the fingerprint cannot tell, and a
 * dropped stock is only made again). Refills wait for a running roll-out to end (Liquibase is not run in parallel). Taking one happens in the onboarding's own transaction: if that rolls back, the
 * schema is back in stock under its old name. A schema is taken under its advisory lock ({@code hashtext(name)}, as
 * {@link Migrations} locks any schema), so two onboardings, on one node or several, never take the same one.
 * Refilling runs on one background thread per process, one schema per transaction under a per-server lock, after
 * every take and once at start-up.
 */
@Singleton
public final class PersediaanSkema {

    static final String AWALAN = "kinerja_siap_";
    /** A stock schema's whole name: only names of this shape are ever renamed or dropped (they go into SQL as they are). */
    private static final String NAMA = "^kinerja_siap_[0-9a-f]{8}_[0-9a-f]{16}$";
    private static final Logger LOG = LoggerFactory.getLogger(PersediaanSkema.class);
    /** Serializes refills of one server between processes: the count and the creation are one decision. */
    private static final long KUNCI_ISI = 7140003;

    private final Migrations migrations;
    private final PeluncuranMigrasi peluncuran;
    private final KumpulanServer servers;
    private final int jumlah;
    private final String awalanVersi;
    private final Set<String> antre = ConcurrentHashMap.newKeySet();
    private volatile boolean berhenti;
    private final ExecutorService pengisi = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("persediaan-skema").daemon().factory());

    PersediaanSkema(Migrations migrations, PeluncuranMigrasi peluncuran, KumpulanServer servers, PersediaanSkemaSettings settings) {
        this.migrations = migrations;
        this.peluncuran = peluncuran;
        this.servers = servers;
        this.jumlah = Math.max(0, settings.jumlah());
        this.awalanVersi = AWALAN + migrations.tenantSidikJari() + "_";
    }

    /**
     * In the caller's transaction on the server the connection belongs to: renames a stock schema of this changelog
     * version to {@code schema}; false when none is ready (the caller creates the schema itself). The caller holds
     * {@code schema}'s advisory lock. A schema that already exists under that name fails with PostgreSQL's
     * duplicate-schema error, as {@code CREATE SCHEMA} would.
     */
    boolean ambil(Connection c, String schema) throws SQLException {
        if (jumlah == 0) {
            return false;
        }
        for (String calon : tersedia(c)) {
            if (!Migrations.tryLockSchema(c, calon)) {
                continue; // another onboarding is taking it
            }
            Savepoint sp = c.setSavepoint();
            try (Statement st = c.createStatement()) {
                st.execute("ALTER SCHEMA " + calon + " RENAME TO " + schema);
                c.releaseSavepoint(sp);
                return true;
            } catch (SQLException e) {
                c.rollback(sp);
                if ("42P06".equals(e.getSQLState())) {
                    throw e; // the name is taken: the caller's error, not the stock's
                }
                if ("3F000".equals(e.getSQLState())) {
                    // taken and committed by another onboarding between our list and our lock: try the next
                    LOG.debug("Stock schema {} was taken meanwhile", calon);
                } else {
                    LOG.warn("Stock schema {} could not be taken: {}", calon, e.getMessage());
                }
            }
        }
        return false;
    }

    /** Asks for {@code server}'s stock to be filled up again in the background; returns at once. */
    void isi(String server) {
        if (jumlah == 0 || !antre.add(server)) {
            return;
        }
        try {
            pengisi.execute(() -> {
                antre.remove(server);
                isiSekarang(server);
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            antre.remove(server); // shutting down
        }
    }

    /** At start-up: drop stock of other changelog versions, then fill every server. */
    @EventListener
    void onReady(TenantsReady ready) {
        if (jumlah == 0) {
            return;
        }
        for (String server : servers.nama()) {
            try {
                pengisi.execute(() -> buangUsang(server));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                return;
            }
            isi(server);
        }
    }

    /** How many stock schemas of this version {@code server} has now (for tests, health and the bench). */
    int banyak(String server) throws SQLException {
        try (Connection c = servers.sumber(server).getConnection()) {
            return tersedia(c).size();
        }
    }

    /** Waits until the background refills queued so far are done (tests and the bench). */
    public void tungguIsi() throws InterruptedException {
        try {
            pengisi.submit(() -> { }).get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private void isiSekarang(String server) {
        try {
            // never beside a roll-out: both would run Liquibase (script generation), which is not safe in parallel
            if (!peluncuran.tunggu(java.time.Duration.ofHours(6))) {
                return;
            }
            while (!berhenti) {
                try (Connection c = servers.sumber(server).getConnection()) {
                    c.setAutoCommit(false);
                    try {
                        try (Statement st = c.createStatement()) {
                            st.execute("SELECT pg_advisory_xact_lock(" + KUNCI_ISI + ")");
                        }
                        if (tersedia(c).size() >= jumlah) {
                            c.rollback();
                            return;
                        }
                        String nama = awalanVersi + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
                        migrations.createTenantSchema(c, nama);
                        c.commit();
                    } catch (SQLException | RuntimeException e) {
                        c.rollback();
                        throw e;
                    } finally {
                        c.setAutoCommit(true);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // shutting down
        } catch (SQLException | RuntimeException e) {
            // onboarding still works without stock (it creates the schema itself); the next take asks again
            LOG.warn("Stock of empty schemas on server {} could not be filled: {}", server, Migrations.message(e));
        }
    }

    /** Drops, one per transaction and each under its lock, the stock schemas made for another changelog version. */
    private void buangUsang(String server) {
        try (Connection c = servers.sumber(server).getConnection()) {
            List<String> usang = new ArrayList<>();
            try (var st = c.prepareStatement("SELECT nspname FROM pg_namespace WHERE nspname ~ ? AND nspname NOT LIKE ?")) {
                st.setString(1, NAMA);
                st.setString(2, pola(awalanVersi));
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        usang.add(rs.getString(1));
                    }
                }
            }
            c.setAutoCommit(false);
            try {
                for (String nama : usang) {
                    if (Migrations.tryLockSchema(c, nama)) {
                        try (Statement st = c.createStatement()) {
                            st.execute("DROP SCHEMA IF EXISTS " + nama + " CASCADE");
                        }
                    }
                    c.commit();
                }
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            if (!usang.isEmpty()) {
                LOG.info("Dropped {} stock schema(s) of an earlier changelog on server {}", usang.size(), server);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Old stock schemas on server {} could not be dropped: {}", server, Migrations.message(e));
        }
    }

    /** The stock schemas of this version on {@code c}'s server, as this statement's snapshot sees them. */
    private List<String> tersedia(Connection c) throws SQLException {
        List<String> nama = new ArrayList<>();
        // ours only: a schema of another database user could not be renamed by this one
        try (var st = c.prepareStatement("SELECT nspname FROM pg_namespace WHERE nspname ~ ? AND nspname LIKE ?"
                + " AND nspowner = (SELECT oid FROM pg_roles WHERE rolname = current_user) ORDER BY nspname")) {
            st.setString(1, NAMA);
            st.setString(2, pola(awalanVersi));
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    nama.add(rs.getString(1));
                }
            }
        }
        return nama;
    }


    /** A LIKE pattern for names starting with {@code awalan} (its underscores taken literally). */
    private static String pola(String awalan) {
        return awalan.replace("_", "\\_") + "%";
    }

    @PreDestroy
    void tutup() throws InterruptedException {
        berhenti = true; // the refill loop ends after the schema it is making (JDBC does not answer interrupts)
        pengisi.shutdownNow();
        if (!pengisi.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("Stock refill still running at shutdown");
        }
    }
}
