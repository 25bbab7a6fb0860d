package id.kinerja.tenant;

import id.kinerja.basisdata.KumpulanServer;
import id.kinerja.config.PersediaanSkemaSettings;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * <p>
 * Beside the empty ones, a stock <em>filled with a framework</em> ({@link Kerangka}: the part of an onboarding document
 * every dinas onboarded from the same template gets alike), named {@code kinerja_siap_<tree>_<key>_<random>}, {@code
 * <key>} the framework's content hash: an onboarding whose framework has that key takes one and only writes what is its
 * own (profile, audit summary). The two name shapes never match each other's pattern. A server keeps filled stock for
 * the {@value #MAKS_KERANGKA} frameworks last onboarded there by this process; a framework pushed out of that list has
 * its filled stock dropped by this process, and every start drops all filled stock (the keys in use are not known
 * then: a changed template has a new key and its old stock would otherwise stay forever). Another node may drop a
 * filled schema this one made: it is only made again, never served wrongly (taking and dropping both hold the
 * schema's advisory lock, and a key is a content hash).
 */
@Singleton
public final class PersediaanSkema {

    static final String AWALAN = TenantSchemas.STOK;
    /** A stock schema's whole name: only names of this shape are ever renamed or dropped (they go into SQL as they are). */
    private static final String NAMA = "^kinerja_siap_[0-9a-f]{8}_[0-9a-f]{16}$";
    /** A filled stock schema's whole name: the changelog's fingerprint, the framework's key, random. */
    private static final String NAMA_ISI = "^kinerja_siap_[0-9a-f]{8}_[0-9a-f]{16}_[0-9a-f]{16}$";
    /** Frameworks per server whose filled stock this process keeps (a province onboards from a handful of templates). */
    static final int MAKS_KERANGKA = 4;
    /** How many frameworks onboarded once per server are remembered, waiting for a second onboarding. */
    static final int MAKS_SEKALI = 64;
    private static final Logger LOG = LoggerFactory.getLogger(PersediaanSkema.class);
    /** Serializes refills of one server between processes: the count and the creation are one decision. */
    private static final long KUNCI_ISI = 7140003;

    private final Migrations migrations;
    private final PeluncuranMigrasi peluncuran;
    private final KumpulanServer servers;
    private final int jumlah;
    private final String awalanVersi;
    private final TenantScope scope;
    private final TransactionOperations<Connection> transactions;
    private final Set<String> antre = ConcurrentHashMap.newKeySet();
    /** Per server: the frameworks last onboarded there, least recent first (guarded by itself). */
    private final Map<String, LinkedHashMap<String, Kerangka>> kerangkaServer = new ConcurrentHashMap<>();
    /**
     * Per server, the frameworks onboarded once so far (the last {@value #MAKS_SEKALI}): a framework gets filled stock on
     * its second onboarding, so a one-off document (an uploaded workbook, another dinas's export) never does.
     */
    private final Map<String, Set<String>> sekali = new ConcurrentHashMap<>();
    /**
     * The filled stock schemas this process made: the only ones it takes. Stock another node or another release made
     * (whose import code may differ though its changelog does not) is never served here, only dropped at a start.
     */
    private final Set<String> terisiSendiri = ConcurrentHashMap.newKeySet();
    private volatile boolean berhenti;
    private final ExecutorService pengisi = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("persediaan-skema").daemon().factory());

    PersediaanSkema(Migrations migrations, PeluncuranMigrasi peluncuran, KumpulanServer servers, PersediaanSkemaSettings settings,
                    TenantScope scope, TransactionOperations<Connection> transactions) {
        this.scope = scope;
        this.transactions = transactions;
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
        return ambil(c, schema, tersedia(c));
    }

    /**
     * As {@link #ambil(Connection, String)}, a stock schema filled with the framework of key {@code kunci}; false when
     * none is ready (the caller takes an empty one or creates it, and writes the framework itself).
     */
    boolean ambilTerisi(Connection c, String schema, String kunci) throws SQLException {
        if (jumlah == 0) {
            return false;
        }
        return ambil(c, schema, tersedia(c, NAMA_ISI, awalanVersi + Kerangka.periksa(kunci) + "_").stream()
                .filter(terisiSendiri::contains).toList());
    }

    private boolean ambil(Connection c, String schema, List<String> stok) throws SQLException {
        for (String calon : stok) {
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

    /**
     * After an onboarding with {@code kerangka} on {@code server} (from its filled stock or not): keeps that framework
     * among the server's last {@value #MAKS_KERANGKA} and asks for its filled stock (and the empty one) to be made up
     * again in the background; returns at once. The framework pushed out, if any, has its filled stock dropped there.
     */
    void isi(String server, Kerangka kerangka) {
        if (jumlah == 0) {
            return;
        }
        Kerangka.periksa(kerangka.kunci());
        LinkedHashMap<String, Kerangka> dikenal = kerangkaServer.get(server);
        boolean sudahDipakai = false;
        if (dikenal != null) {
            synchronized (dikenal) {
                sudahDipakai = dikenal.containsKey(kerangka.kunci());
            }
        }
        if (!sudahDipakai) {
            Set<String> pertama = sekali.computeIfAbsent(server, s -> java.util.Collections.newSetFromMap(
                    new LinkedHashMap<>(16, 0.75f, false) {
                        @Override
                        protected boolean removeEldestEntry(Map.Entry<String, Boolean> e) {
                            return size() > MAKS_SEKALI;
                        }
                    }));
            synchronized (pertama) {
                if (pertama.add(kerangka.kunci())) { // its first onboarding here: no filled stock yet
                    isi(server);
                    return;
                }
                pertama.remove(kerangka.kunci());
            }
        }
        String keluar = null;
        LinkedHashMap<String, Kerangka> daftar = kerangkaServer.computeIfAbsent(server, s -> new LinkedHashMap<>());
        synchronized (daftar) {
            daftar.remove(kerangka.kunci());
            daftar.put(kerangka.kunci(), kerangka);
            if (daftar.size() > MAKS_KERANGKA) {
                keluar = daftar.keySet().iterator().next();
                daftar.remove(keluar);
            }
        }
        if (keluar != null) {
            String awalan = awalanVersi + keluar + "_";
            terisiSendiri.removeIf(n -> n.startsWith(awalan));
            try {
                pengisi.execute(() -> buang(server, NAMA_ISI, awalan, true, "of a framework no longer kept"));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                return;
            }
        }
        isi(server);
    }

    /** At start-up: drop stock of other changelog versions and all filled stock, then fill every server. */
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

    /** How many stock schemas filled with framework {@code kunci} {@code server} has now (tests and the bench). */
    int banyakTerisi(String server, String kunci) throws SQLException {
        try (Connection c = servers.sumber(server).getConnection()) {
            return tersedia(c, NAMA_ISI, awalanVersi + kunci + "_").size();
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
                            break;
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
            List<Kerangka> daftar = new ArrayList<>();
            LinkedHashMap<String, Kerangka> dipakai = kerangkaServer.get(server);
            if (dipakai != null) {
                synchronized (dipakai) {
                    daftar.addAll(dipakai.values());
                }
                java.util.Collections.reverse(daftar); // the framework onboarded last first
            }
            for (Kerangka k : daftar) {
                try {
                    boolean lagi = true;
                    while (lagi && !berhenti) { // one filled schema per transaction until the stock is full
                        lagi = isiSatu(server, k);
                    }
                } catch (RuntimeException e) {
                    // onboarding with this framework still works (empty stock, then the whole import)
                    LOG.warn("Stock filled with framework {} on server {} could not be made: {}", k.kunci(), server,
                            Migrations.message(e));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // shutting down
        } catch (SQLException | RuntimeException e) {
            // onboarding still works without stock (it creates the schema itself); the next take asks again
            LOG.warn("Stock of empty schemas on server {} could not be filled: {}", server, Migrations.message(e));
        }
    }

    /**
     * In one transaction on {@code server}, under the refill lock: a new stock schema with {@code kerangka}'s framework
     * written in it (by Micronaut's services, as the dinas it becomes); false when that stock is already full.
     */
    private boolean isiSatu(String server, Kerangka kerangka) {
        String awalan = awalanVersi + kerangka.kunci() + "_";
        String nama = awalan + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        // the stock schema's own "dinas": services write into its schema on its server; nobody else sees it
        TenantRef ref = new TenantRef(0, nama, nama, server);
        boolean dibuat = scope.call(ref, () -> transactions.executeWrite(status -> {
            Connection c = status.getConnection();
            try (Statement st = c.createStatement()) {
                st.execute("SELECT pg_advisory_xact_lock(" + KUNCI_ISI + ")");
                List<String> ada = tersedia(c, NAMA_ISI, awalan);
                terisiSendiri.removeIf(n -> n.startsWith(awalan) && !ada.contains(n)); // taken (or dropped) since
                if (ada.stream().filter(terisiSendiri::contains).count() >= jumlah) {
                    return false;
                }
                migrations.createTenantSchema(c, nama);
            } catch (SQLException e) {
                throw new IllegalStateException("Skema " + nama + " gagal dibuat: " + Migrations.message(e), e);
            }
            kerangka.tulis().run();
            return true;
        }));
        if (dibuat) {
            terisiSendiri.add(nama); // committed: takable by this process from now on
        }
        return dibuat;
    }

    /** Drops, one per transaction and each under its lock, the stock schemas made for another changelog version. */
    private void buangUsang(String server) {
        buang(server, NAMA, awalanVersi, false, "of an earlier changelog");
        buang(server, NAMA_ISI, AWALAN, true, "filled with a framework (made again for the frameworks in use)");
    }

    /**
     * Drops the schemas of {@code server} whose name matches {@code bentuk} and (with {@code awalan} {@code sama}) starts
     * or (not {@code sama}) does not start with {@code awalan}: each in its own transaction under its advisory lock,
     * skipped when another holds it (being taken).
     */
    private void buang(String server, String bentuk, String awalan, boolean sama, String apa) {
        try (Connection c = servers.sumber(server).getConnection()) {
            List<String> usang = tersedia(c, bentuk, awalan, sama);
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
                LOG.info("Dropped {} stock schema(s) {} on server {}", usang.size(), apa, server);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Stock schemas {} on server {} could not be dropped: {}", apa, server, Migrations.message(e));
        }
    }

    /** The stock schemas of this version on {@code c}'s server, as this statement's snapshot sees them. */
    private List<String> tersedia(Connection c) throws SQLException {
        return tersedia(c, NAMA, awalanVersi);
    }

    /** Our schemas on {@code c}'s server whose name matches {@code bentuk} and starts with {@code awalan}. */
    private List<String> tersedia(Connection c, String bentuk, String awalan) throws SQLException {
        return tersedia(c, bentuk, awalan, true);
    }

    /** As {@link #tersedia(Connection, String, String)}; with {@code sama} false, those <em>not</em> starting with it. */
    private List<String> tersedia(Connection c, String bentuk, String awalan, boolean sama) throws SQLException {
        List<String> nama = new ArrayList<>();
        // ours only: a schema of another database user could not be renamed by this one
        try (var st = c.prepareStatement("SELECT nspname FROM pg_namespace WHERE nspname ~ ? AND nspname " + (sama ? "" : "NOT ")
                + "LIKE ? AND nspowner = (SELECT oid FROM pg_roles WHERE rolname = current_user) ORDER BY nspname")) {
            st.setString(1, bentuk);
            st.setString(2, pola(awalan));
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

    /**
     * A framework for the filled stock: {@code kunci} its content hash (16 lowercase hex digits: part of schema names), and
     * {@code tulis}, run in the stock schema's tenant scope and transaction, writing it without an audit summary row.
     */
    public record Kerangka(String kunci, Runnable tulis) {

        static String periksa(String kunci) {
            if (!kunci.matches("[0-9a-f]{16}")) {
                throw new IllegalArgumentException("framework key must be 16 hex digits: " + kunci);
            }
            return kunci;
        }
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
