package id.kinerja.tenant;

import id.kinerja.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dinas's schema owns everything it uses (its id sequence, its functions, its types, no foreign key or default
 * outside it), so it can be moved to another server as it is, and meets what Citus schema-based sharding asks of a
 * distributed schema. Checked in the catalog of a schema made for a new dinas and of one upgraded from 0009.
 */
class SkemaMandiriTest {

    static String url;
    static ApplicationContext context;

    @BeforeAll
    static void start() {
        url = TestDatabase.createDatabase();
        context = ApplicationContext.run(TestDatabase.properties(url));
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void aNewDinasSchemaReferencesNothingOutsideItself() throws SQLException {
        Tenant t = context.getBean(TenantProvisioning.class)
                .provision(new TenantBaru("skema-mandiri", "Dinas", null, null, "kota"));
        try (Connection c = TestDatabase.connect(url)) {
            assertThat(rujukanKeLuar(c, t.schemaName())).isEmpty();
        }
    }

    @Test
    void anUpgradedSchemaKeepsItsIdsAndCountsOnAboveThemFromItsOwnSequence() throws SQLException {
        try (Connection c = TestDatabase.connect(url); var st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("CREATE SCHEMA t_dari_0009");
            new Changelog("db/tenant-0009/changelog.xml").apply(c, "t_dari_0009");
            c.setSchema("t_dari_0009"); // the audit trigger names its table without schema
            st.execute("INSERT INTO t_dari_0009.unit_kerja (kode, nama) VALUES ('A', 'Sekretariat'), ('B', 'Bidang')");
            c.commit();
            assertThat(rujukanKeLuar(c, "t_dari_0009")).as("before 0010").isNotEmpty();
            long terbesar = angka(c, "SELECT greatest((SELECT max(id) FROM t_dari_0009.unit_kerja),"
                    + " (SELECT max(id) FROM t_dari_0009.jejak))"); // the inserts were audited
            long platform = angka(c, "SELECT last_value FROM platform.kinerja_id");

            new Changelog("db/tenant/changelog.xml").apply(c, "t_dari_0009");
            c.setSchema("t_dari_0009");
            st.execute("INSERT INTO t_dari_0009.unit_kerja (kode, nama) VALUES ('C', 'Bidang Baru')");
            c.commit();

            assertThat(angka(c, "SELECT id FROM t_dari_0009.unit_kerja WHERE kode = 'C'")).isEqualTo(terbesar + 1);
            assertThat(angka(c, "SELECT last_value FROM platform.kinerja_id")).isEqualTo(platform);
            assertThat(angka(c, "SELECT count(*) FROM t_dari_0009.unit_kerja WHERE kode IN ('A', 'B')")).isEqualTo(2);
            assertThat(rujukanKeLuar(c, "t_dari_0009")).isEmpty();
        }
    }

    /**
     * A roll-out replays the upgrade SQL Liquibase generates once per starting version: the schema it leaves is the one
     * Liquibase itself leaves (columns and their defaults, changelog rows, the id sequence above the existing ids).
     */
    @Test
    void theReplayedUpgradeLeavesWhatLiquibaseLeaves() throws SQLException {
        Changelog lama = new Changelog("db/tenant-0009/changelog.xml");
        Changelog kini = new Changelog("db/tenant/changelog.xml");
        try (Connection c = TestDatabase.connect(url); Connection sendiri = TestDatabase.connect(url);
             var st = c.createStatement()) {
            c.setAutoCommit(false);
            for (String schema : new String[]{"t_oleh_liquibase", "t_oleh_skrip"}) {
                st.execute("CREATE SCHEMA " + schema);
                lama.apply(c, schema);
                c.setSchema(schema);
                st.execute("INSERT INTO unit_kerja (kode, nama) VALUES ('A', 'Sekretariat')");
            }
            c.commit();
            kini.apply(c, "t_oleh_liquibase");
            c.commit(); // as in a roll-out: the script is generated before the dinas's own transaction changes anything
            kini.upgrade(c, "t_oleh_skrip", lama.version(), kerja -> kerja.run(sendiri));
            c.commit();
            assertThat(isi(c, "t_oleh_skrip")).isEqualTo(isi(c, "t_oleh_liquibase")).isNotEmpty();
            assertThat(angka(c, "SELECT count(*) FROM t_oleh_skrip.databasechangelog"))
                    .isEqualTo(angka(c, "SELECT count(*) FROM t_oleh_liquibase.databasechangelog"));
            for (String schema : new String[]{"t_oleh_liquibase", "t_oleh_skrip"}) { // ids came from the shared sequence
                long terbesar = angka(c, "SELECT greatest((SELECT max(id) FROM %1$s.unit_kerja), (SELECT max(id) FROM %1$s.jejak))"
                        .formatted(schema));
                assertThat(angka(c, "SELECT nextval('" + schema + ".kinerja_id')")).as(schema).isEqualTo(terbesar + 1);
            }
            assertThat(rujukanKeLuar(c, "t_oleh_skrip")).isEmpty();
        }
    }

    /** A schema's columns, types and defaults and its changelog's ids and checksums, with the schema's name taken out. */
    private static List<String> isi(Connection c, String schema) throws SQLException {
        List<String> baris = new ArrayList<>();
        try (var st = c.prepareStatement("""
                SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || coalesce(column_default, '')
                FROM information_schema.columns WHERE table_schema = ?
                UNION ALL
                SELECT 'changeset ' || id || ' ' || md5sum || ' ' || orderexecuted FROM %s.databasechangelog
                ORDER BY 1""".formatted(schema))) {
            st.setString(1, schema);
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    baris.add(rs.getString(1).replace(schema, "<skema>"));
                }
            }
        }
        return baris;
    }

    /**
     * Every catalog dependency from an object of {@code schema} to an object of another schema (other than the
     * system's), and every function of the schema whose body names the platform schema.
     */
    static List<String> rujukanKeLuar(Connection c, String schema) throws SQLException {
        List<String> rujukan = new ArrayList<>();
        try (var st = c.prepareStatement("""
                SELECT DISTINCT o.type || ' ' || o.identity || ' -> ' || r.type || ' ' || r.identity
                FROM pg_depend d,
                     pg_identify_object(d.classid, d.objid, d.objsubid) o,
                     pg_identify_object(d.refclassid, d.refobjid, d.refobjsubid) r
                WHERE (o.schema = ? OR o.identity LIKE ? || '.%' OR o.identity LIKE '%on ' || ? || '.%'
                       OR o.identity LIKE '%for ' || ? || '.%')
                  AND r.schema IS NOT NULL AND r.schema NOT IN (?, 'pg_catalog', 'information_schema')
                UNION ALL
                SELECT 'function ' || p.proname || ' names the platform schema'
                FROM pg_proc p WHERE p.pronamespace = ?::regnamespace AND p.prosrc ILIKE '%platform.%'
                ORDER BY 1""")) {
            for (int i = 1; i <= 6; i++) {
                st.setString(i, schema);
            }
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    rujukan.add(rs.getString(1));
                }
            }
        }
        return rujukan;
    }

    private static long angka(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
