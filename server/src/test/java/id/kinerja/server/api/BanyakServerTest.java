package id.kinerja.server.api;

import id.kinerja.basisdata.EmbeddedDatabase;
import id.kinerja.basisdata.ThrowawayDatabase;
import id.kinerja.server.RunningKinerja;
import id.kinerja.tenant.LintasSkema;
import id.kinerja.tenant.Tenant;
import id.kinerja.tenant.TenantRegistry;
import id.kinerja.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dinas on two PostgreSQL servers in one process: the main test server and a second embedded one ({@code dua}).
 * Placement (least loaded, explicit, unknown), isolation under interleaved calls on pools of two, writes landing on the
 * dinas's own server (read back with plain JDBC), the cross-dinas read over both, and a stopped second server taking
 * only its own dinas out (503) while the main server's dinas serve on.
 */
class BanyakServerTest {

    @TempDir
    Path folder;

    @Test
    void dinasOnTwoServersServeApartAndAStoppedServerTakesOnlyItsOwnDinas() throws Exception {
        EmbeddedDatabase dua = ThrowawayDatabase.start(folder.resolve("pg-dua"));
        boolean duaJalan = true;
        try {
            String url = TestDatabase.createDatabase();
            Map<String, Object> properties = TestDatabase.properties(url);
            properties.put("kinerja.database.pool-size", 2);
            properties.put("kinerja.servers.dua.url", dua.jdbcUrl());
            properties.put("kinerja.servers.dua.user", EmbeddedDatabase.USER);
            properties.put("kinerja.servers.dua.password", dua.password());
            properties.put("kinerja.servers.dua.pool-size", 2);
            properties.put("kinerja.penempatan.aturan", "tersepi");
            try (RunningKinerja app = RunningKinerja.start(properties)) {
                // least loaded: both empty → the main server first; then the second, which now has fewer
                app.provision("kota-satu");
                app.provision("kota-dua");
                assertThat(locator(app, "kota-satu")).isEqualTo("default");
                assertThat(locator(app, "kota-dua")).isEqualTo("dua");
                // explicit placement, and an unknown server refused naming the field, nothing registered
                HttpResponse<String> r = app.post("/api/admin/tenants",
                        "{\"slug\":\"kota-tiga\",\"name\":\"Dinas Tiga\",\"kind\":\"kota\",\"server\":\"dua\"}");
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                assertThat(locator(app, "kota-tiga")).isEqualTo("dua");
                r = app.post("/api/admin/tenants", "{\"slug\":\"kota-empat\",\"name\":\"Dinas Empat\",\"kind\":\"kota\",\"server\":\"tiga\"}");
                assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
                assertThat(r.body()).contains("\"field\":\"server\"").contains("server basis data 'tiga' tidak dikenal");
                assertThat(app.get("/api/admin/tenants/kota-empat").statusCode()).isEqualTo(404);

                // each schema on its own server only; the platform schema on the main server only
                try (Connection satu = TestDatabase.connect(url);
                     Connection kedua = DriverManager.getConnection(dua.jdbcUrl(), EmbeddedDatabase.USER, dua.password())) {
                    assertThat(skema(satu)).contains("platform", "t_kota_satu").doesNotContain("t_kota_dua", "t_kota_tiga");
                    assertThat(skema(kedua)).contains("t_kota_dua", "t_kota_tiga").doesNotContain("t_kota_satu");
                    assertThat(hitung(kedua, "SELECT count(*) FROM pg_class WHERE relnamespace = 'platform'::regnamespace"
                            + " AND relname <> 'kinerja_id'")).as("the second server's platform schema is a stub").isZero();
                }

                int ditulis = saling(app);
                try (Connection satu = TestDatabase.connect(url);
                     Connection kedua = DriverManager.getConnection(dua.jdbcUrl(), EmbeddedDatabase.USER, dua.password())) {
                    assertThat(hitung(satu, "SELECT count(*) FROM t_kota_satu.unit_kerja WHERE kode NOT LIKE 'S-%'")).isZero();
                    assertThat(hitung(kedua, "SELECT count(*) FROM t_kota_dua.unit_kerja WHERE kode NOT LIKE 'D-%'")).isZero();
                    assertThat(hitung(satu, "SELECT count(*) FROM t_kota_satu.unit_kerja")
                            + hitung(kedua, "SELECT count(*) FROM t_kota_dua.unit_kerja")).isEqualTo(ditulis);
                    // the audit trail of a dinas is written beside its rows, on its server
                    assertThat(hitung(kedua, "SELECT count(*) FROM t_kota_dua.jejak WHERE entitas = 'unit_kerja'")).isPositive();
                }

                // another dinas's ids answer 404, across servers both ways (ids come from each schema's own sequence:
                // take one the other dinas does not also have)
                String ubah = "{\"nama\":\"Bidang Y\",\"urutan\":0,\"version\":0}";
                long idSatu = idDiAtas(app, "kota-satu", "kota-dua");
                assertThat(app.put("/api/t/kota-dua/unit-kerja/" + idSatu, ubah).statusCode()).isEqualTo(404);
                long idDua = idDiAtas(app, "kota-dua", "kota-satu");
                assertThat(app.put("/api/t/kota-satu/unit-kerja/" + idDua, ubah).statusCode()).isEqualTo(404);
                assertThat(app.put("/api/t/kota-satu/unit-kerja/" + idSatu, ubah).statusCode()).as("its own id").isEqualTo(200);

                // the province's cross-dinas read reaches both servers
                List<Tenant> semua = app.context().getBean(TenantRegistry.class).list();
                Map<Long, Long> jumlah = rekap(app, semua);
                assertThat(jumlah).hasSize(3);

                Map<String, Object> sehat = app.object(app.get("/api/health"));
                assertThat(servers(sehat)).containsEntry("default", "UP 1").containsEntry("dua", "UP 2");

                // the second server stops: its dinas answer 503 quickly, the main server's dinas serve on
                dua.close();
                duaJalan = false;
                long t0 = System.nanoTime();
                r = app.get("/api/t/kota-dua/unit-kerja");
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
                assertThat(r.body()).contains("Server basis data dinas ini (dua) tidak dapat dihubungi");
                assertThat(ms).as("time to answer 503").isLessThan(10_000);
                assertThat(app.get("/api/t/kota-satu/unit-kerja").statusCode()).isEqualTo(200);
                assertThat(app.post("/api/t/kota-satu/unit-kerja", "{\"kode\":\"Z-1\",\"nama\":\"Bidang Z\"}").statusCode())
                        .isEqualTo(201);
                HttpResponse<String> h = app.get("/api/health");
                assertThat(h.statusCode()).as("the main server answers: the node serves").isEqualTo(200);
                assertThat(servers(app.object(h))).containsEntry("default", "UP 1").containsEntry("dua", "DOWN 2");
                assertThat(rekap(app, semua)).containsOnlyKeys(semua.stream().filter(t -> t.slug().equals("kota-satu"))
                        .map(Tenant::id).toList());
            }
        } finally {
            if (duaJalan) {
                dua.close();
            }
        }
    }

    /** Interleaved reads and writes of kota-satu (main server) and kota-dua (second server); returns the rows written. */
    private static int saling(RunningKinerja app) throws Exception {
        AtomicInteger urut = new AtomicInteger();
        AtomicInteger ditulis = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            calls.add(pool.submit(() -> {
                boolean satu = ThreadLocalRandom.current().nextBoolean();
                String slug = satu ? "kota-satu" : "kota-dua";
                String milik = satu ? "S-" : "D-";
                String lain = satu ? "D-" : "S-";
                if (ThreadLocalRandom.current().nextInt(3) == 0) {
                    HttpResponse<String> r = app.post("/api/t/" + slug + "/unit-kerja",
                            "{\"kode\":\"" + milik + urut.incrementAndGet() + "\",\"nama\":\"Bidang\"}");
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                    ditulis.incrementAndGet();
                } else {
                    HttpResponse<String> r = app.get("/api/t/" + slug + "/unit-kerja");
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                    assertThat(app.list(r)).allSatisfy(u -> assertThat((String) u.get("kode")).doesNotStartWith(lain));
                }
            }));
        }
        for (Future<?> call : calls) {
            call.get();
        }
        pool.shutdown();
        return ditulis.get();
    }

    private static Map<Long, Long> rekap(RunningKinerja app, List<Tenant> dinas) {
        return app.context().getBean(LintasSkema.class).baca(dinas, "count(*) AS n FROM {skema}.unit_kerja", List.of(),
                rs -> rs.getLong(2));
    }

    private static String locator(RunningKinerja app, String slug) {
        return (String) app.object(app.get("/api/admin/tenants/" + slug)).get("locator");
    }

    /** The id of a new unit of {@code slug} above every unit id of {@code lain}. */
    private static long idDiAtas(RunningKinerja app, String slug, String lain) {
        long terbesar = app.list(app.get("/api/t/" + lain + "/unit-kerja")).stream()
                .mapToLong(u -> ((Number) u.get("id")).longValue()).max().orElse(0);
        for (int i = 0; ; i++) {
            HttpResponse<String> r = app.post("/api/t/" + slug + "/unit-kerja", "{\"kode\":\"X-" + i + "\",\"nama\":\"Bidang X\"}");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            long id = ((Number) app.object(r).get("id")).longValue();
            if (id > terbesar) {
                return id;
            }
        }
    }

    /** name → "STATUS dinas" of each server in a health answer. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> servers(Map<String, Object> sehat) {
        Map<String, String> hasil = new java.util.TreeMap<>();
        for (Map<String, Object> s : (List<Map<String, Object>>) sehat.get("servers")) {
            hasil.put((String) s.get("name"), s.get("status") + " " + s.get("dinas"));
        }
        return hasil;
    }

    private static List<String> skema(Connection c) throws SQLException {
        List<String> nama = new ArrayList<>();
        try (var rs = c.createStatement().executeQuery("SELECT nspname FROM pg_namespace")) {
            while (rs.next()) {
                nama.add(rs.getString(1));
            }
        }
        return nama;
    }

    private static long hitung(Connection c, String sql) throws SQLException {
        try (var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
