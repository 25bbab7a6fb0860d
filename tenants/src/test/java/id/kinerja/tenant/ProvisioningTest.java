package id.kinerja.tenant;

import id.kinerja.common.ConflictException;
import id.kinerja.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProvisioningTest {

    static String url;
    static ApplicationContext context;
    static TenantProvisioning provisioning;

    @BeforeAll
    static void start() {
        url = TestDatabase.createDatabase();
        Map<String, Object> props = TestDatabase.properties(url);
        props.put("kinerja.persediaan-skema.jumlah", 0); // the path without stock: every schema made here (PersediaanSkemaTest: with)
        context = ApplicationContext.run(props);
        provisioning = context.getBean(TenantProvisioning.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void createsSchemaTablesAndRegistryRow() throws SQLException {
        Tenant t = provisioning.provision(new TenantBaru("lumajang-diskopum", "Dinas Koperasi dan Usaha Mikro",
                "Kabupaten Lumajang", "Jawa Timur", "kabupaten"));

        assertThat(t.id()).isNotNull();
        assertThat(t.schemaName()).isEqualTo("t_lumajang_diskopum");
        assertThat(t.changelogVersion()).isEqualTo(context.getBean(Migrations.class).tenantVersion()).startsWith("0010");
        try (Connection c = TestDatabase.connect(url); var st = c.createStatement()) {
            var rs = st.executeQuery("SELECT count(*) FROM t_lumajang_diskopum.unit_kerja");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isZero();
            rs = st.executeQuery("SELECT name, kind, region, province, status, locator, migration_status"
                    + " FROM platform.tenant WHERE slug = 'lumajang-diskopum'");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("name")).isEqualTo("Dinas Koperasi dan Usaha Mikro");
            assertThat(rs.getString("kind")).isEqualTo("kabupaten");
            assertThat(rs.getString("province")).isEqualTo("Jawa Timur");
            assertThat(rs.getString("status")).isEqualTo("active");
            assertThat(rs.getString("locator")).isEqualTo("default");
            assertThat(rs.getString("migration_status")).isEqualTo("ok");
        }
    }

    /** New schemas are made by replaying Liquibase's SQL: they must equal what Liquibase itself makes. */
    @Test
    void replayedSchemaEqualsALiquibaseRun() throws Exception {
        provisioning.provision(new TenantBaru("lewat-skrip", "Dinas", null, null, "kota"));
        denganLiquibase(url, "t_lewat_liquibase");
        assertThat(struktur(url, "t_lewat_skrip")).isEqualTo(struktur(url, "t_lewat_liquibase")).isNotEmpty();
    }

    /** Creates {@code schema} by a real Liquibase run of the tenant changelog: what every other way must equal. */
    static void denganLiquibase(String url, String schema) throws SQLException {
        Changelog changelog = new Changelog("db/tenant/changelog.xml");
        try (Connection c = TestDatabase.connect(url); var st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("CREATE SCHEMA " + schema);
            changelog.apply(c, schema);
            c.commit();
        }
    }

    /** {@code schema}'s columns, constraints, indexes and changelog rows, its own name written SCHEMA. */
    static List<String> struktur(String url, String schema) throws SQLException {
        List<String> rows = new java.util.ArrayList<>();
        try (Connection c = TestDatabase.connect(url)) {
            for (String sql : List.of(
                    "SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '')"
                            + " FROM information_schema.columns WHERE table_schema = ? ORDER BY 1",
                    "SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)"
                            + " FROM pg_constraint WHERE connamespace = ?::regnamespace ORDER BY 1",
                    "SELECT indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = ? ORDER BY 1")) {
                try (var st = c.prepareStatement(sql)) {
                    st.setString(1, schema);
                    try (var rs = st.executeQuery()) {
                        while (rs.next()) {
                            rows.add(rs.getString(1).replace(schema + ".", "").replace(schema, "SCHEMA"));
                        }
                    }
                }
            }
            try (var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT id || ' ' || author || ' ' || filename || ' ' || md5sum || ' ' || orderexecuted FROM " + schema
                            + ".databasechangelog ORDER BY orderexecuted")) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
        }
        return rows;
    }

    @Test
    void refusesInvalidSlugsNamingTheField() {
        for (String slug : new String[]{"ab", "Lumajang", "luma_jang", "-lumajang", "lumajang-", "a--b",
                "1lumajang", "x".repeat(41), "dinas koperasi", "t;drop schema platform"}) {
            assertThatThrownBy(() -> provisioning.provision(new TenantBaru(slug, "Dinas", null, null, "kota")))
                    .as(slug)
                    .isInstanceOfSatisfying(ConstraintViolationException.class, e ->
                            assertThat(e.getConstraintViolations())
                                    .anySatisfy(v -> assertThat(v.getPropertyPath().toString()).endsWith("slug")));
        }
        assertThatThrownBy(() -> provisioning.provision(new TenantBaru("kota-baru", "Dinas", null, null, "desa")))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e ->
                        assertThat(e.getConstraintViolations())
                                .anySatisfy(v -> assertThat(v.getPropertyPath().toString()).endsWith("kind")));
    }

    @Test
    void refusesDuplicateSlug() {
        provisioning.provision(new TenantBaru("kota-pasuruan", "Dinas A", null, null, "kota"));
        assertThatThrownBy(() -> provisioning.provision(new TenantBaru("kota-pasuruan", "Dinas B", null, null, "kota")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("slug"));
    }

    /**
     * An onboarding that stalled between its registry row and its schema transaction, and whose row start-up recovery
     * deleted meanwhile, makes no schema: it checks its row under the schema's lock, which recovery also holds.
     */
    @Test
    void aStalledOnboardingWhoseRowWasDeletedMakesNoSchema() throws Exception {
        try (Connection kunci = TestDatabase.connect(url); var st = kunci.createStatement()) {
            kunci.setAutoCommit(false);
            st.execute("SELECT pg_advisory_xact_lock(hashtext('t_terhenti'))"); // as recovery holds it
            var onboarding = java.util.concurrent.CompletableFuture.supplyAsync(() ->
                    provisioning.provision(new TenantBaru("terhenti", "Dinas", null, null, "kota")));
            long tunggu = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (!ada("SELECT count(*) FROM platform.tenant WHERE slug = 'terhenti'") && System.nanoTime() < tunggu) {
                Thread.sleep(20);
            }
            try (Connection c = TestDatabase.connect(url); var hapus = c.createStatement()) {
                assertThat(hapus.executeUpdate("DELETE FROM platform.tenant WHERE slug = 'terhenti'")).isEqualTo(1);
            }
            kunci.commit();
            assertThatThrownBy(onboarding::join).hasRootCauseMessage("Pendaftaran dinas 'terhenti' dibatalkan: barisnya di"
                    + " registri dihapus oleh pemulihan setelah terhenti terlalu lama; daftarkan lagi");
        }
        assertThat(ada("SELECT count(*) FROM pg_namespace WHERE nspname = 't_terhenti'")).as("schema").isFalse();
        assertThat(ada("SELECT count(*) FROM platform.tenant WHERE slug = 'terhenti'")).as("row").isFalse();
    }

    private static boolean ada(String hitung) throws SQLException {
        try (Connection c = TestDatabase.connect(url); var st = c.createStatement(); var rs = st.executeQuery(hitung)) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    @Test
    void failureMidMigrationLeavesNothingBehind() throws SQLException {
        String brokenUrl = TestDatabase.createDatabase();
        Map<String, Object> props = TestDatabase.properties(brokenUrl);
        props.put("kinerja.migrations.tenant-changelog", "db/tenant-broken/changelog.xml");
        try (ApplicationContext broken = ApplicationContext.run(props)) {
            TenantProvisioning p = broken.getBean(TenantProvisioning.class);
            assertThatThrownBy(() -> p.provision(new TenantBaru("setengah-jadi", "Dinas", null, null, "kota")))
                    .hasMessageContaining("no_such_table");
        }
        try (Connection c = TestDatabase.connect(brokenUrl); var st = c.createStatement()) {
            var rs = st.executeQuery("SELECT count(*) FROM pg_namespace WHERE nspname = 't_setengah_jadi'");
            rs.next();
            assertThat(rs.getLong(1)).as("schema left behind").isZero();
            rs = st.executeQuery("SELECT count(*) FROM platform.tenant");
            rs.next();
            assertThat(rs.getLong(1)).as("registry rows left behind").isZero();
            rs = st.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename IN ('half_written', 'unit_kerja')");
            rs.next();
            assertThat(rs.getLong(1)).as("tables left behind").isZero();
        }
    }
}
