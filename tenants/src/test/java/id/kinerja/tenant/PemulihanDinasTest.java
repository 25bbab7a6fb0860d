package id.kinerja.tenant;

import id.kinerja.basisdata.EmbeddedDatabase;
import id.kinerja.basisdata.ThrowawayDatabase;
import id.kinerja.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The states a crash leaves, written straight into the registry and onto two real servers, put right at the next
 * start: a finished onboarding turns active, an unfinished one frees its slug, a half-done move serves again from its
 * server with the copy on the other dropped. What may still be in progress on another node is left alone: a row too
 * young, an onboarding holding its schema's lock, a move holding its tables' locks.
 */
class PemulihanDinasTest {

    @TempDir
    Path folder;

    @Test
    void aStartPutsRightWhatACrashLeftAndLeavesWorkInProgressAlone() throws Exception {
        EmbeddedDatabase dua = ThrowawayDatabase.start(folder.resolve("pg-dua"));
        try {
            String url = TestDatabase.createDatabase();
            Map<String, Object> properties = TestDatabase.properties(url);
            properties.put("kinerja.servers.dua.url", dua.jdbcUrl());
            properties.put("kinerja.servers.dua.user", EmbeddedDatabase.USER);
            properties.put("kinerja.servers.dua.password", dua.password());
            try (ApplicationContext sebelum = ApplicationContext.run(properties)) {
                TenantProvisioning provisioning = sebelum.getBean(TenantProvisioning.class);
                for (String slug : new String[]{"jadi", "pindah-polos", "pindah-salin", "pindah-jalan", "pindah-muda"}) {
                    provisioning.provision(new TenantBaru(slug, "Dinas " + slug, null, null, "kota"));
                }
                provisioning.provision(new TenantBaru("jadi-dua", "Dinas jadi-dua", null, null, "kota"), "dua", () -> null);
            }
            try (Connection c = TestDatabase.connect(url); var st = c.createStatement()) {
                // onboardings that died: after their schema committed (jadi, jadi-dua), before (setengah, terkunci, muda)
                st.execute("UPDATE platform.tenant SET status = 'provisioning', created_at = now() - interval '1 hour'"
                        + " WHERE slug IN ('jadi', 'jadi-dua')");
                st.execute(baris("setengah", "dua", "now() - interval '1 hour'"));
                st.execute(baris("terkunci", "default", "now() - interval '1 hour'"));
                st.execute(baris("muda", "default", "now()"));
                // moves that died: before the copy (polos), after it committed on the target (salin), one still running
                // on another node (jalan: its source tables locked below), one just begun (muda)
                st.execute("UPDATE platform.tenant SET status = 'moving', updated_at = now() - interval '1 hour'"
                        + " WHERE slug IN ('pindah-polos', 'pindah-salin', 'pindah-jalan')");
                st.execute("UPDATE platform.tenant SET status = 'moving', updated_at = now() WHERE slug = 'pindah-muda'");
                st.execute("SET search_path = t_pindah_salin"); // the audit trigger writes to its schema's jejak
                st.execute("INSERT INTO t_pindah_salin.unit_kerja (kode, nama) VALUES ('ASLI', 'Bidang')");
            }
            try (Connection c = dua(dua); var st = c.createStatement()) {
                st.execute("CREATE SCHEMA t_pindah_salin");
                st.execute("CREATE TABLE t_pindah_salin.unit_kerja (id bigint, kode text)");
            }

            try (Connection onboarding = TestDatabase.connect(url); Connection pindah = TestDatabase.connect(url)) {
                // another node's work in progress: an onboarding in its schema transaction, a move holding its source
                onboarding.setAutoCommit(false);
                onboarding.createStatement().execute("SELECT pg_advisory_xact_lock(hashtext('t_terkunci'))");
                pindah.setAutoCommit(false);
                pindah.createStatement().execute("LOCK TABLE t_pindah_jalan.unit_kerja, t_pindah_jalan.jejak IN SHARE MODE");

                try (ApplicationContext sesudah = ApplicationContext.run(properties)) {
                    PemulihanDinas pemulihan = sesudah.getBean(PemulihanDinas.class);
                    assertThat(pemulihan.tunggu(Duration.ofSeconds(60))).as("the start-up pass ended").isTrue();
                    TenantRegistry registry = sesudah.getBean(TenantRegistry.class);

                    assertThat(status(registry, "jadi")).isEqualTo("active");
                    assertThat(registry.serving("jadi").schema()).isEqualTo("t_jadi");
                    assertThat(registry.find("jadi-dua").orElseThrow()).returns("active", Tenant::status).returns("dua", Tenant::locator);
                    assertThat(registry.find("setengah")).as("an onboarding that never committed: slug free").isEmpty();
                    assertThat(status(registry, "terkunci")).as("its onboarding still holds the lock").isEqualTo("provisioning");
                    assertThat(status(registry, "muda")).as("too young to judge").isEqualTo("provisioning");

                    assertThat(registry.find("pindah-polos").orElseThrow()).returns("active", Tenant::status)
                            .returns("default", Tenant::locator);
                    assertThat(registry.find("pindah-salin").orElseThrow()).returns("active", Tenant::status)
                            .returns("default", Tenant::locator);
                    assertThat(status(registry, "pindah-jalan")).as("its move holds the source's tables").isEqualTo("moving");
                    assertThat(status(registry, "pindah-muda")).as("too young to judge").isEqualTo("moving");
                    try (Connection c = dua(dua)) {
                        assertThat(skema(c, "t_pindah_salin")).as("the unfinished copy on the target").isFalse();
                        assertThat(skema(c, "t_jadi_dua")).isTrue();
                    }
                    try (Connection c = TestDatabase.connect(url); var rs = c.createStatement()
                            .executeQuery("SELECT count(*) FROM t_pindah_salin.unit_kerja WHERE kode = 'ASLI'")) {
                        rs.next();
                        assertThat(rs.getLong(1)).as("the source, with its rows").isEqualTo(1);
                    }

                    // the other node's work ends without finishing (its process died): the next pass decides them
                    onboarding.rollback();
                    pindah.rollback();
                    var hasil = pemulihan.pulihkan();
                    assertThat(hasil).extracting(PemulihanDinas.Hasil::slug, PemulihanDinas.Hasil::tindakan).containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("muda", PemulihanDinas.Tindakan.DIBIARKAN),
                            org.assertj.core.groups.Tuple.tuple("terkunci", PemulihanDinas.Tindakan.DIHAPUS),
                            org.assertj.core.groups.Tuple.tuple("pindah-jalan", PemulihanDinas.Tindakan.DIAKTIFKAN),
                            org.assertj.core.groups.Tuple.tuple("pindah-muda", PemulihanDinas.Tindakan.DIBIARKAN));
                    assertThat(registry.serving("pindah-jalan").schema()).isEqualTo("t_pindah_jalan");
                    // the freed slug can be onboarded again
                    sesudah.getBean(TenantProvisioning.class).provision(new TenantBaru("setengah", "Dinas", null, null, "kota"),
                            "dua", () -> null);
                    assertThat(status(registry, "setengah")).isEqualTo("active");
                }
            }

            // a server that does not answer: what depends on it is left for the next start
            try (Connection c = TestDatabase.connect(url); var st = c.createStatement()) {
                st.execute("UPDATE platform.tenant SET status = 'moving', updated_at = now() - interval '1 hour'"
                        + " WHERE slug = 'pindah-polos'");
                st.execute(baris("di-tiga", "tiga", "now() - interval '1 hour'"));
            }
            Map<String, Object> denganTiga = new java.util.HashMap<>(properties);
            denganTiga.put("kinerja.servers.tiga.url", "jdbc:postgresql://127.0.0.1:9/kinerja"); // nothing listens there
            denganTiga.put("kinerja.servers.tiga.connection-timeout", "1s");
            try (ApplicationContext lagi = ApplicationContext.run(denganTiga)) {
                assertThat(lagi.getBean(PemulihanDinas.class).tunggu(Duration.ofSeconds(60))).isTrue();
                TenantRegistry registry = lagi.getBean(TenantRegistry.class);
                assertThat(status(registry, "pindah-polos")).as("a copy on tiga cannot be ruled out").isEqualTo("moving");
                assertThat(status(registry, "di-tiga")).as("its server does not answer").isEqualTo("provisioning");
            }
            try (ApplicationContext tanpaTiga = ApplicationContext.run(properties)) {
                assertThat(tanpaTiga.getBean(PemulihanDinas.class).tunggu(Duration.ofSeconds(60))).isTrue();
                assertThat(status(tanpaTiga.getBean(TenantRegistry.class), "pindah-polos")).isEqualTo("active");
            }
        } finally {
            dua.close();
        }
    }

    private static String baris(String slug, String server, String dibuat) {
        return "INSERT INTO platform.tenant (slug, name, kind, status, schema_name, locator, changelog_version, created_at,"
                + " updated_at) SELECT '" + slug + "', 'Dinas', 'kota', 'provisioning', 't_" + slug + "', '" + server + "',"
                + " changelog_version, " + dibuat + ", " + dibuat + " FROM platform.tenant WHERE slug = 'jadi'";
    }

    private static String status(TenantRegistry registry, String slug) {
        return registry.find(slug).map(Tenant::status).orElse("(none)");
    }

    private static Connection dua(EmbeddedDatabase dua) throws SQLException {
        return DriverManager.getConnection(dua.jdbcUrl(), EmbeddedDatabase.USER, dua.password());
    }

    private static boolean skema(Connection c, String nama) throws SQLException {
        try (var st = c.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            st.setString(1, nama);
            try (var rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }
}
