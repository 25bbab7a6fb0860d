package id.kinerja.server.api;

import id.kinerja.server.RunningKinerja;
import id.kinerja.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Racing writers: several requests released at once, all writing the same new key (a target, a quarterly target, a
 * realisation, a quarter's spending, a node's budget lines, a narrative). Each answers 2xx or 409, never 500, and
 * the key ends up with exactly one row (one set of budget lines).
 */
class BalapanTulisTest {

    static final String D = "/api/t/dinas-balap";
    static final int PENULIS = 8;
    static final int PUTARAN = 5;

    static String url;
    static RunningKinerja app;
    static long tujuan;
    static long program;
    static long indikator;

    @BeforeAll
    static void start() {
        url = TestDatabase.createDatabase();
        app = RunningKinerja.start(TestDatabase.properties(url));
        app.provision("dinas-balap");
        long periode = id(app.post(D + "/periode", "{\"nama\":\"Renstra\",\"tahunAwal\":2025,\"tahunAkhir\":2029}"));
        tujuan = id(app.post(D + "/simpul", "{\"periodeId\":" + periode + ",\"tingkat\":\"TUJUAN\",\"kode\":\"T1\",\"nama\":\"T\"}"));
        long sasaran = id(app.post(D + "/simpul", "{\"periodeId\":" + periode + ",\"parentId\":" + tujuan
                + ",\"tingkat\":\"SASARAN\",\"kode\":\"S1\",\"nama\":\"S\"}"));
        program = id(app.post(D + "/simpul", "{\"periodeId\":" + periode + ",\"parentId\":" + sasaran
                + ",\"tingkat\":\"PROGRAM\",\"kode\":\"G1\",\"nama\":\"G\"}"));
        @SuppressWarnings("unchecked")
        Map<String, Object> i = app.object(app.post(D + "/simpul/" + sasaran + "/indikator",
                "{\"kode\":\"I1\",\"nama\":\"I\"}"));
        indikator = ((Number) i.get("id")).longValue();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void writersOfTheSameNewKeyGet2xxOr409AndLeaveOneRow() throws Exception {
        List<String> salah = new ArrayList<>();
        for (int putaran = 0; putaran < PUTARAN; putaran++) {
            int tahun = 2030 + putaran; // a key nobody has written yet
            balapan("annual target", salah, n -> "[{\"indikatorId\":" + indikator + ",\"tahun\":" + tahun
                    + ",\"jenis\":\"PK\",\"nilai\":" + n + "}]", "/target");
            balapan("quarterly target", salah, n -> "[{\"indikatorId\":" + indikator + ",\"tahun\":" + tahun
                    + ",\"triwulan\":1,\"nilai\":" + n + "}]", "/target");
            balapan("realisation", salah, n -> "[{\"indikatorId\":" + indikator + ",\"tahun\":" + tahun
                    + ",\"triwulan\":1,\"nilai\":" + n + "}]", "/realisasi");
            balapan("spending", salah, n -> "[{\"simpulId\":" + program + ",\"tahun\":" + tahun
                    + ",\"triwulan\":1,\"kumulatif\":" + n + "}]", "/realisasi-anggaran");
            balapan("budget", salah, n -> "[{\"simpulId\":" + program + ",\"tahun\":" + tahun
                    + ",\"baris\":[{\"jumlah\":" + n + ",\"sumberDana\":\"DAU\"},{\"jumlah\":1,\"sumberDana\":\"DAK\"}]}]", "/anggaran");
            balapan("narrative", salah, n -> "{\"simpulId\":" + tujuan + ",\"tahun\":" + tahun
                    + ",\"triwulan\":1,\"faktorPendukung\":\"penulis " + n + "\"}", "/narasi");

            try (Connection c = TestDatabase.connect(url)) {
                String t = "t_dinas_balap.";
                assertThat(hitung(c, "SELECT count(*) FROM " + t + "target WHERE tahun = " + tahun)).as("annual targets").isEqualTo(1);
                assertThat(hitung(c, "SELECT count(*) FROM " + t + "target_triwulan WHERE tahun = " + tahun)).as("quarterly").isEqualTo(1);
                assertThat(hitung(c, "SELECT count(*) FROM " + t + "realisasi WHERE tahun = " + tahun)).as("realisations").isEqualTo(1);
                assertThat(hitung(c, "SELECT count(*) FROM " + t + "realisasi_anggaran WHERE tahun = " + tahun)).as("spending").isEqualTo(1);
                assertThat(hitung(c, "SELECT count(*) FROM " + t + "anggaran WHERE tahun = " + tahun)).as("budget lines").isEqualTo(2);
                assertThat(hitung(c, "SELECT count(*) FROM " + t + "narasi WHERE tahun = " + tahun)).as("narratives").isEqualTo(1);
            }
        }
        assertThat(salah).isEmpty();
    }

    /** {@link #PENULIS} requests released together; each body from the writer's number. */
    private static void balapan(String apa, List<String> salah, IntFunction<String> badan, String rute) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PENULIS);
        try {
            CountDownLatch siap = new CountDownLatch(PENULIS);
            CountDownLatch mulai = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> jawaban = new ArrayList<>();
            for (int n = 1; n <= PENULIS; n++) {
                String isi = badan.apply(n);
                jawaban.add(pool.submit(() -> {
                    siap.countDown();
                    mulai.await();
                    return app.put(D + rute, isi);
                }));
            }
            siap.await();
            mulai.countDown();
            int berhasil = 0;
            for (Future<HttpResponse<String>> f : jawaban) {
                HttpResponse<String> r = f.get();
                if (r.statusCode() / 100 == 2) {
                    berhasil++;
                } else if (r.statusCode() != 409) {
                    salah.add(apa + ": " + r.statusCode() + " " + r.body());
                } else if (!r.body().contains("\"status\":409")) {
                    salah.add(apa + ": 409 without the JSON error: " + r.body());
                }
            }
            if (berhasil == 0) {
                salah.add(apa + ": no writer succeeded");
            }
        } finally {
            pool.shutdown();
        }
    }

    private static long hitung(Connection c, String sql) throws Exception {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long id(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return ((Number) app.object(r).get("id")).longValue();
    }
}
