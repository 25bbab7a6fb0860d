package id.kinerja.tenant;

import id.kinerja.basisdata.KumpulanServer;
import id.kinerja.common.ConflictException;
import id.kinerja.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Onboarding from the stock of empty schemas ({@link PersediaanSkema}): same schema, taken once, given back on failure. */
class PersediaanSkemaTest {

    /** A stock schema of another changelog (its fingerprint 00000000). */
    static final String LAIN = PersediaanSkema.AWALAN + "00000000_0123456789abcdef";

    static String url;
    static ApplicationContext context;
    static TenantProvisioning provisioning;
    static PersediaanSkema persediaan;

    @BeforeAll
    static void start() throws InterruptedException {
        url = TestDatabase.createDatabase();
        Map<String, Object> props = TestDatabase.properties(url);
        props.put("kinerja.persediaan-skema.jumlah", 2);
        context = ApplicationContext.run(props);
        provisioning = context.getBean(TenantProvisioning.class);
        persediaan = context.getBean(PersediaanSkema.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @BeforeEach
    void stockIsFull() throws Exception {
        persediaan.tungguIsi();
        assertThat(stok()).hasSize(2);
    }

    /** The schema an onboarding gets is the first stock schema itself (same OID), renamed, and equals a Liquibase run. */
    @Test
    void onboardingRenamesAStockSchemaThatEqualsALiquibaseRun() throws Exception {
        String pertama = stok().getFirst();
        long oid = oid(pertama);

        Tenant t = provisioning.provision(new TenantBaru("dari-stok", "Dinas", null, null, "kota"));

        assertThat(oid(t.schemaName())).isEqualTo(oid);
        assertThat(oid(pertama)).as("old name gone").isZero();
        ProvisioningTest.denganLiquibase(url, "t_stok_liquibase");
        assertThat(ProvisioningTest.struktur(url, "t_dari_stok")).isEqualTo(ProvisioningTest.struktur(url, "t_stok_liquibase")).isNotEmpty();
        // nothing in the catalog still names the stock schema (functions' bodies and settings are text, not OIDs)
        try (Connection c = TestDatabase.connect(url); var st = c.prepareStatement(
                "SELECT count(*) FROM pg_proc WHERE pronamespace = ?::regnamespace"
                        + " AND (prosrc LIKE '%kinerja_siap%' OR array_to_string(proconfig, ',') LIKE '%kinerja_siap%')")) {
            st.setString(1, "t_dari_stok");
            var rs = st.executeQuery();
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
        // the new dinas works: its triggers and sequences answer under the new name
        try (Connection c = TestDatabase.connect(url); var st = c.createStatement()) {
            st.execute("SET search_path = t_dari_stok");
            st.execute("INSERT INTO unit_kerja (kode, nama) VALUES ('UJI', 'Bidang Uji')");
            var rs = st.executeQuery("SELECT count(*) FROM unit_kerja");
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(1);
            rs = st.executeQuery("SELECT count(*) FROM jejak WHERE entitas = 'unit_kerja'");
            rs.next();
            assertThat(rs.getLong(1)).as("audit trigger").isEqualTo(1);
        }
        persediaan.tungguIsi();
        assertThat(stok()).as("refilled").hasSize(2).doesNotContain(pertama);
    }

    /** A failed onboarding rolls its rename back: the stock schema is there again under its own name, nothing else left. */
    @Test
    void aFailedOnboardingGivesTheStockSchemaBack() throws Exception {
        List<String> sebelum = stok();
        long oid = oid(sebelum.getFirst());

        assertThatThrownBy(() -> provisioning.provision(new TenantBaru("gagal-isi", "Dinas", null, null, "kota"), null,
                () -> {
                    throw new IllegalStateException("isi gagal");
                })).hasMessage("isi gagal");

        assertThat(oid(sebelum.getFirst())).isEqualTo(oid);
        assertThat(oid("t_gagal_isi")).isZero();
        assertThat(context.getBean(TenantRegistry.class).find("gagal-isi")).isEmpty();
        persediaan.tungguIsi();
        assertThat(stok()).isEqualTo(sebelum);
    }

    /** Six onboardings at once against two stock schemas: each gets a schema of its own, none fails. */
    @Test
    void concurrentOnboardingsNeverShareAStockSchema() throws Exception {
        List<String> sebelum = stok();
        List<Callable<Tenant>> kerja = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String slug = "serentak-" + i;
            kerja.add(() -> provisioning.provision(new TenantBaru(slug, "Dinas " + slug, null, null, "kota")));
        }
        List<Long> oids = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(6)) {
            for (Future<Tenant> f : pool.invokeAll(kerja)) {
                oids.add(oid(f.get().schemaName()));
            }
        }
        assertThat(oids).doesNotHaveDuplicates().doesNotContain(0L);
        long dariStok = 0;
        for (String s : sebelum) {
            if (oids.contains(oid(s)) || oid(s) == 0) {
                dariStok++;
            }
        }
        assertThat(dariStok).as("stock schemas taken").isEqualTo(2);
    }

    /** A name already taken (an orphan schema) is the caller's conflict; the stock stays as it was. */
    @Test
    void aTakenNameIsAConflictAndLeavesTheStock() throws Exception {
        try (Connection c = TestDatabase.connect(url); var st = c.createStatement()) {
            st.execute("CREATE SCHEMA t_yatim");
        }
        List<String> sebelum = stok();
        assertThatThrownBy(() -> provisioning.provision(new TenantBaru("yatim", "Dinas", null, null, "kota")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("slug"));
        assertThat(stok()).isEqualTo(sebelum);
    }

    /** Stock made for another changelog version is never taken, and the next start drops it. */
    @Test
    void stockOfAnotherVersionIsDroppedAtStartAndNeverTaken() throws Exception {
        try (Connection c = TestDatabase.connect(url); var st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + LAIN);
        }
        Tenant t = provisioning.provision(new TenantBaru("bukan-lama", "Dinas", null, null, "kota"));
        assertThat(oid(LAIN)).isNotZero();
        assertThat(oid(t.schemaName())).isNotZero();

        persediaan.onReady(new TenantsReady(true, 0));
        persediaan.tungguIsi();
        assertThat(oid(LAIN)).isZero();
        assertThat(stok()).hasSize(2);
    }

    /**
     * A schema filled with a framework is never taken as an empty one, nor for another key, nor when another process made
     * it (its import code may differ though its changelog does not); a start drops all filled
     * stock (the frameworks in use are not known then) and leaves the empty stock.
     */
    @Test
    void filledStockIsOnlyTakenForItsKeyAndAStartDropsIt() throws Exception {
        String terisi = PersediaanSkema.AWALAN + new Changelog("db/tenant/changelog.xml").sidikJari() + "_abcdef0100000000_0123456789abcdef";
        try (Connection c = TestDatabase.connect(url); var st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + terisi);
        }
        try {
            assertThat(persediaan.banyak(KumpulanServer.UTAMA)).as("empty stock").isEqualTo(2);
            assertThat(persediaan.banyakTerisi(KumpulanServer.UTAMA, "abcdef0100000000")).isEqualTo(1);
            assertThat(persediaan.banyakTerisi(KumpulanServer.UTAMA, "abcdef0200000000")).isZero();
            try (Connection c = TestDatabase.connect(url)) {
                c.setAutoCommit(false);
                assertThat(persediaan.ambilTerisi(c, "t_kunci_lain", "abcdef0200000000")).isFalse();
                // made by someone else (another node, another release, a restored backup): never served here
                assertThat(persediaan.ambilTerisi(c, "t_buatan_lain", "abcdef0100000000")).isFalse();
                assertThat(persediaan.ambil(c, "t_kosong")).isTrue();
                assertThat(oid(terisi)).as("not taken as empty").isNotZero();
                c.rollback();
            }

            persediaan.onReady(new TenantsReady(true, 0));
            persediaan.tungguIsi();
            assertThat(oid(terisi)).isZero();
            assertThat(stok()).hasSize(2);
        } finally {
            try (Connection c = TestDatabase.connect(url); var st = c.createStatement()) {
                st.execute("DROP SCHEMA IF EXISTS " + terisi);
            }
        }
    }

    /**
     * Making and dropping stock writes nobody's data: the platform's version (which the sign-in and registry caches
     * follow) stays, while an onboarding's rename still moves the new dinas's schema and the platform.
     */
    @Test
    void makingAndDroppingStockMovesNoVersion() throws Exception {
        var versi = context.getBean(id.kinerja.basisdata.VersiTulis.class);
        try (Connection c = TestDatabase.connect(url); var st = c.createStatement()) {
            st.execute("DROP SCHEMA " + stok().getFirst() + " CASCADE");
            st.execute("CREATE SCHEMA " + LAIN);
        }
        long platform = versi.versiPlatform();
        persediaan.onReady(new TenantsReady(true, 0)); // drops LAIN, makes one stock schema again
        persediaan.tungguIsi();
        assertThat(oid(LAIN)).isZero();
        assertThat(stok()).hasSize(2);
        assertThat(versi.versiPlatform()).isEqualTo(platform);

        long dinas = versi.versi("t_versi_stok");
        provisioning.provision(new TenantBaru("versi-stok", "Dinas", null, null, "kota"));
        assertThat(versi.versi("t_versi_stok")).isGreaterThan(dinas);
        assertThat(versi.versiPlatform()).isGreaterThan(platform);
    }

    /** The stock's name carries the changelog's fingerprint: the same for the same tree, another for another tree. */
    @Test
    void theFingerprintFollowsTheChangelogTree() throws SQLException {
        String ini = new Changelog("db/tenant/changelog.xml").sidikJari();
        assertThat(ini).matches("[0-9a-f]{8}").isEqualTo(new Changelog("db/tenant/changelog.xml").sidikJari())
                .isNotEqualTo(new Changelog("db/tenant-next/changelog.xml").sidikJari());
        assertThat(stok()).allSatisfy(n -> assertThat(n).startsWith(PersediaanSkema.AWALAN + ini + "_"));
    }

    private static List<String> stok() throws SQLException {
        List<String> nama = new ArrayList<>();
        try (Connection c = TestDatabase.connect(url); var st = c.prepareStatement(
                "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'kinerja\\_siap\\_%' AND nspname NOT LIKE 'kinerja\\_siap\\_00000000\\_%'"
                        + " ORDER BY nspname")) {
            var rs = st.executeQuery();
            while (rs.next()) {
                nama.add(rs.getString(1));
            }
        }
        return nama;
    }

    private static long oid(String schema) throws SQLException {
        try (Connection c = TestDatabase.connect(url); var st = c.prepareStatement(
                "SELECT oid FROM pg_namespace WHERE nspname = ?")) {
            st.setString(1, schema);
            var rs = st.executeQuery();
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
