package id.kinerja.server.api;

import id.kinerja.basisdata.EmbeddedDatabase;
import id.kinerja.basisdata.ThrowawayDatabase;
import id.kinerja.server.RunningKinerja;
import id.kinerja.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dinas with the Lumajang framework, Bab I data and an evidence file moved from the main server to a second one:
 * its export, the rows of every table (audit trail included) and its evidence bytes are the same afterwards, its old
 * schema is gone, its ids go on past the copied ones, and another dinas serves throughout.
 */
class PindahServerTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n% bukti rapat\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    Path folder;

    @Test
    void aDinasMovesToAnotherServerWithNothingLostWhileTheOthersServe() throws Exception {
        EmbeddedDatabase dua = ThrowawayDatabase.start(folder.resolve("pg-dua"));
        try {
            String url = TestDatabase.createDatabase();
            try (RunningKinerja app = RunningKinerja.start(denganServerDua(url, dua))) {
                byte[] seed;
                try (InputStream in = PindahServerTest.class.getResourceAsStream("/seed/lumajang-diskopukmperindag.json")) {
                    seed = in.readAllBytes();
                }
                HttpResponse<String> r = app.postMultipart("/api/admin/tenants", Map.of("slug", "lumajang", "name", "Dinas Lumajang",
                        "kind", "kabupaten", "region", "Kabupaten Lumajang"), "berkas", "lumajang.json", seed);
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                app.adminDinas("lumajang");
                app.provision("kota-lain");
                String l = "/api/t/lumajang";
                assertThat(app.post(l + "/unit-kerja", "{\"kode\":\"KDN\",\"nama\":\"Kepala Dinas\"}").statusCode()).isEqualTo(201);
                long indikator = app.indikatorId("lumajang", "P16-1");
                HttpResponse<String> b = app.postMultipart(l + "/bukti", Map.of("indikatorId", "" + indikator, "tahun", "2025",
                        "triwulan", "2"), "berkas", "notulen rapat.pdf", PDF);
                assertThat(b.statusCode()).as(b.body()).isEqualTo(201);
                long bukti = ((Number) app.object(b).get("id")).longValue();

                String eksporSebelum = app.get(l + "/export").body();
                Map<String, Long> barisSebelum;
                try (Connection c = TestDatabase.connect(url)) {
                    barisSebelum = baris(c);
                }
                assertThat(barisSebelum).containsKey("jejak").containsKey("bukti").containsKey("indikator");
                assertThat(barisSebelum.get("jejak")).isPositive();

                // refused: no server, an unknown one, the one it is on
                r = app.post("/api/admin/tenants/lumajang/pindah", "{\"server\":\"tiga\"}");
                assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
                assertThat(r.body()).contains("\"field\":\"server\"").contains("tidak dikenal");
                r = app.post("/api/admin/tenants/lumajang/pindah", "{\"server\":\"default\"}");
                assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
                assertThat(r.body()).contains("sudah berada di server 'default'");

                // the move, while another dinas is read and written without pause
                AtomicInteger lainOk = new AtomicInteger();
                AtomicInteger lainSalah = new AtomicInteger();
                CompletableFuture<HttpResponse<String>> pindah = CompletableFuture.supplyAsync(() ->
                        app.post("/api/admin/tenants/lumajang/pindah", "{\"server\":\"dua\"}"));
                int i = 0;
                while (!pindah.isDone()) {
                    int status = app.post("/api/t/kota-lain/unit-kerja", "{\"kode\":\"L-" + i++ + "\",\"nama\":\"Bidang\"}").statusCode();
                    (status == 201 && app.get("/api/t/kota-lain/unit-kerja").statusCode() == 200 ? lainOk : lainSalah).incrementAndGet();
                    int lumajang = app.get(l + "/unit-kerja").statusCode();
                    assertThat(lumajang).as("lumajang during its move: served or 503").isIn(200, 503);
                }
                r = pindah.get();
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                assertThat(r.body()).contains("\"dari\":\"default\"").contains("\"ke\":\"dua\"");
                assertThat(lainSalah.get()).as("another dinas's calls during the move that failed").isZero();
                assertThat(lainOk.get()).isPositive();
                assertThat(app.object(app.get("/api/admin/tenants/lumajang")).get("locator")).isEqualTo("dua");

                // nothing lost: the export, the rows of every table, the evidence bytes; the old schema gone
                assertThat(app.get(l + "/export").body()).isEqualTo(eksporSebelum);
                try (Connection c = DriverManager.getConnection(dua.jdbcUrl(), EmbeddedDatabase.USER, dua.password())) {
                    assertThat(baris(c)).isEqualTo(barisSebelum);
                }
                try (Connection c = TestDatabase.connect(url); var rs = c.createStatement().executeQuery(
                        "SELECT count(*) FROM pg_namespace WHERE nspname = 't_lumajang'")) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("old schema on the main server").isZero();
                }
                HttpResponse<byte[]> unduh = app.getBytes(l + "/bukti/" + bukti);
                assertThat(unduh.statusCode()).isEqualTo(200);
                assertThat(unduh.body()).isEqualTo(PDF);
                // it serves and writes on the new server, its ids past the copied ones
                long terbesar = app.list(app.get(l + "/unit-kerja")).stream().mapToLong(u -> ((Number) u.get("id")).longValue())
                        .max().orElseThrow();
                r = app.post(l + "/unit-kerja", "{\"kode\":\"BARU\",\"nama\":\"Bidang Baru\"}");
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                assertThat(((Number) app.object(r).get("id")).longValue()).isGreaterThan(terbesar);
            }
        } finally {
            dua.close();
        }
    }

    /**
     * A write of the dinas itself that is in flight when the move begins (its transaction open, the move waiting on its
     * table lock) and commits while the move waits: acknowledged, so it must be in the copy on the target.
     */
    @Test
    void aWriteInFlightWhenTheMoveBeginsIsInTheCopy() throws Exception {
        EmbeddedDatabase dua = ThrowawayDatabase.start(folder.resolve("pg-dua"));
        try {
            String url = TestDatabase.createDatabase();
            try (RunningKinerja app = RunningKinerja.start(denganServerDua(url, dua))) {
                app.provision("kecil");
                CompletableFuture<HttpResponse<String>> pindah;
                try (Connection penulis = TestDatabase.connect(url)) {
                    penulis.setAutoCommit(false);
                    penulis.createStatement().execute("SET search_path = t_kecil"); // the audit trigger writes to its schema's jejak
                    penulis.createStatement().execute("INSERT INTO unit_kerja (kode, nama) VALUES ('TERBANG', 'Bidang')");
                    pindah = CompletableFuture.supplyAsync(() -> app.post("/api/admin/tenants/kecil/pindah", "{\"server\":\"dua\"}"));
                    try (Connection lihat = TestDatabase.connect(url)) {
                        while (!menungguKunci(lihat)) {
                            assertThat(pindah).as("the move must wait for the open write").isNotDone();
                            Thread.onSpinWait();
                        }
                    }
                    penulis.commit(); // acknowledged while the move waits on its lock
                }
                HttpResponse<String> r = pindah.get();
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                try (Connection c = DriverManager.getConnection(dua.jdbcUrl(), EmbeddedDatabase.USER, dua.password());
                     var rs = c.createStatement().executeQuery("SELECT count(*) FROM t_kecil.unit_kerja WHERE kode = 'TERBANG'")) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("the write acknowledged during the move, on the target").isEqualTo(1);
                }
                assertThat(app.list(app.get("/api/t/kecil/unit-kerja"))).extracting(u -> u.get("kode")).contains("TERBANG");
            }
        } finally {
            dua.close();
        }
    }

    /**
     * A move that fails answers why, naming the dinas, in the API's error shape (not a 500), and the dinas serves on from
     * where it was: 409 when a schema of its name is already on the target (left untouched), 503 when the target is down.
     */
    @Test
    void aFailedMoveSaysWhyAndTheDinasServesOnWhereItWas() throws Exception {
        EmbeddedDatabase dua = ThrowawayDatabase.start(folder.resolve("pg-dua"));
        boolean duaJalan = true;
        try {
            String url = TestDatabase.createDatabase();
            try (RunningKinerja app = RunningKinerja.start(denganServerDua(url, dua))) {
                app.provision("tetap");
                try (Connection c = DriverManager.getConnection(dua.jdbcUrl(), EmbeddedDatabase.USER, dua.password());
                     var st = c.createStatement()) {
                    st.execute("CREATE SCHEMA t_tetap");
                    st.execute("CREATE TABLE t_tetap.catatan (isi text)");
                    st.execute("INSERT INTO t_tetap.catatan VALUES ('bukan milik Kinerja')");
                }
                HttpResponse<String> r = app.post("/api/admin/tenants/tetap/pindah", "{\"server\":\"dua\"}");
                assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
                assertThat(r.body()).contains("\"status\":409")
                        .contains("Dinas 'tetap' gagal dipindahkan ke server basis data 'dua'")
                        .contains("Dinas tetap dilayani dari server 'default'")
                        .contains("\"field\":\"server\"").contains("sudah memiliki skema t_tetap");
                assertThat(app.get("/api/t/tetap/unit-kerja").statusCode()).isEqualTo(200);
                assertThat(app.object(app.get("/api/admin/tenants/tetap"))).containsEntry("locator", "default")
                        .containsEntry("status", "active");
                try (Connection c = DriverManager.getConnection(dua.jdbcUrl(), EmbeddedDatabase.USER, dua.password());
                     var rs = c.createStatement().executeQuery("SELECT count(*) FROM t_tetap.catatan")) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("what was on the target before stays").isEqualTo(1);
                }

                dua.close();
                duaJalan = false;
                r = app.post("/api/admin/tenants/tetap/pindah", "{\"server\":\"dua\"}");
                assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
                assertThat(r.body()).contains("\"status\":503").contains("Dinas 'tetap' gagal dipindahkan")
                        .contains("server tujuan 'dua' tidak dapat dihubungi");
                assertThat(app.get("/api/t/tetap/unit-kerja").statusCode()).isEqualTo(200);
                assertThat(app.object(app.get("/api/admin/tenants/tetap"))).containsEntry("status", "active");
            }
        } finally {
            if (duaJalan) {
                dua.close();
            }
        }
    }

    /** Whether some session waits for a lock on a table of t_kecil (the move's LOCK behind the open write). */
    private static boolean menungguKunci(Connection c) throws SQLException {
        try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM pg_locks l JOIN pg_class k ON k.oid = l.relation"
                + " JOIN pg_namespace n ON n.oid = k.relnamespace WHERE NOT l.granted AND n.nspname = 't_kecil'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    /** A Kinerja on {@code url} of the main test server with {@code dua} configured as further server "dua". */
    private static Map<String, Object> denganServerDua(String url, EmbeddedDatabase dua) {
        Map<String, Object> properties = TestDatabase.properties(url);
        properties.put("kinerja.servers.dua.url", dua.jdbcUrl());
        properties.put("kinerja.servers.dua.user", EmbeddedDatabase.USER);
        properties.put("kinerja.servers.dua.password", dua.password());
        return properties;
    }

    /** Rows of every table of t_lumajang (audit trail and changelog tables included). */
    private static Map<String, Long> baris(Connection c) throws SQLException {
        List<String> tabel = new ArrayList<>();
        try (var rs = c.createStatement().executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 't_lumajang'")) {
            while (rs.next()) {
                tabel.add(rs.getString(1));
            }
        }
        Map<String, Long> hasil = new TreeMap<>();
        for (String t : tabel) {
            try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM t_lumajang." + t)) {
                rs.next();
                hasil.put(t, rs.getLong(1));
            }
        }
        return hasil;
    }
}
