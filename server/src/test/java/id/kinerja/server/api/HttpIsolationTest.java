package id.kinerja.server.api;

import id.kinerja.server.RunningKinerja;
import id.kinerja.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Thousands of interleaved API calls for two tenants on a pool of two connections: not one row crosses. */
class HttpIsolationTest {

    @Test
    void interleavedApiCallsNeverCrossTenants() throws Exception {
        String url = TestDatabase.createDatabase();
        Map<String, Object> properties = TestDatabase.properties(url);
        properties.put("kinerja.database.pool-size", 2);
        try (RunningKinerja app = RunningKinerja.start(properties)) {
            app.provision("kota-satu");
            app.provision("kota-dua");
            AtomicInteger sequence = new AtomicInteger();
            AtomicInteger written = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                calls.add(pool.submit(() -> {
                    boolean one = ThreadLocalRandom.current().nextBoolean();
                    String slug = one ? "kota-satu" : "kota-dua";
                    String mine = one ? "S-" : "D-";
                    String theirs = one ? "D-" : "S-";
                    if (ThreadLocalRandom.current().nextInt(3) == 0) {
                        HttpResponse<String> r = app.post("/api/t/" + slug + "/unit-kerja",
                                "{\"kode\":\"" + mine + sequence.incrementAndGet() + "\",\"nama\":\"Bidang\"}");
                        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                        written.incrementAndGet();
                    } else {
                        HttpResponse<String> r = app.get("/api/t/" + slug + "/unit-kerja");
                        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                        assertThat(app.list(r)).allSatisfy(u -> assertThat((String) u.get("kode")).doesNotStartWith(theirs));
                    }
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
            pool.shutdown();
            try (Connection c = TestDatabase.connect(url); var st = c.createStatement()) {
                var rs = st.executeQuery("SELECT (SELECT count(*) FROM t_kota_satu.unit_kerja WHERE kode LIKE 'D-%'),"
                        + " (SELECT count(*) FROM t_kota_dua.unit_kerja WHERE kode LIKE 'S-%'),"
                        + " (SELECT count(*) FROM t_kota_satu.unit_kerja) + (SELECT count(*) FROM t_kota_dua.unit_kerja)");
                rs.next();
                assertThat(rs.getLong(1)).as("foreign rows in kota-satu").isZero();
                assertThat(rs.getLong(2)).as("foreign rows in kota-dua").isZero();
                assertThat(rs.getLong(3)).as("rows written").isEqualTo(written.get());
            }
        }
    }
}
