package id.kinerja.server.api;

import id.kinerja.persetujuan.AlurPersetujuan;
import id.kinerja.server.RunningKinerja;
import id.kinerja.tenant.TenantRegistry;
import id.kinerja.tenant.TenantScope;
import id.kinerja.testing.TestDatabase;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kept capaian answer is never stale: for every route that writes something the tree shows, a read after the
 * acknowledged write returns exactly what a fresh computation returns (and differs from before, so the check could
 * fail), while a read without a write in between is served from what was kept. Also with writers and readers at once.
 */
class CapaianTersimpanTest {

    static final String D = "/api/t/dinas-simpan";
    static RunningKinerja app;
    static CapaianTersimpan tersimpan;
    static long periode;
    static long tujuan;
    static long sasaran;
    static long sasaran2;
    static long satu;
    static long rumus;

    @BeforeAll
    static void start() {
        app = RunningKinerja.start(TestDatabase.properties(TestDatabase.createDatabase()));
        tersimpan = app.context().getBean(CapaianTersimpan.class);
        app.provision("dinas-simpan");
        periode = id(app.post(D + "/periode", "{\"nama\":\"Renstra 2025-2029\",\"tahunAwal\":2025,\"tahunAkhir\":2029}"));
        tujuan = id(app.post(D + "/simpul", simpul(null, "TUJUAN", "T1", "Tujuan Satu")));
        sasaran = id(app.post(D + "/simpul", simpul(tujuan, "SASARAN", "S1", "Sasaran Satu")));
        sasaran2 = id(app.post(D + "/simpul", simpul(tujuan, "SASARAN", "S2", "Sasaran Dua")));
        satu = indikator(app.post(D + "/simpul/" + sasaran + "/indikator",
                "{\"kode\":\"I1\",\"nama\":\"Indikator Satu\",\"satuan\":\"%\",\"agregasi\":\"TERAKHIR\"}"));
        rumus = indikator(app.post(D + "/simpul/" + sasaran + "/indikator", "{\"kode\":\"I2\",\"nama\":\"Indikator Rumus\","
                + "\"agregasi\":\"TERAKHIR\",\"formula\":\"a / b * 100\",\"komponen\":[{\"nama\":\"a\",\"label\":\"a\"},"
                + "{\"nama\":\"b\",\"label\":\"b\"}]}"));
        ok(app.put(D + "/target", "[{\"indikatorId\":" + satu + ",\"tahun\":2025,\"jenis\":\"PK\",\"nilai\":80},"
                + "{\"indikatorId\":" + rumus + ",\"tahun\":2025,\"jenis\":\"PK\",\"nilai\":50}]"));
        ok(app.put(D + "/realisasi", "[{\"indikatorId\":" + satu + ",\"tahun\":2025,\"triwulan\":1,\"nilai\":40},"
                + "{\"indikatorId\":" + rumus + ",\"tahun\":2025,\"triwulan\":1,\"komponen\":{\"a\":1,\"b\":4}}]"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aReadWithoutAWriteIsServedFromWhatWasKeptWithAStrongEtagAnd304() {
        HttpResponse<String> pertama = baca(1);
        long dihitung = tersimpan.dihitung();
        HttpResponse<String> kedua = baca(1);
        assertThat(tersimpan.dihitung()).isEqualTo(dihitung);
        assertThat(kedua.body()).isEqualTo(pertama.body()).isEqualTo(segar(1));
        String etag = kedua.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("\"").endsWith("\"").isEqualTo(pertama.headers().firstValue("ETag").orElseThrow());
        assertThat(kedua.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");

        HttpResponse<String> sama = app.send(HttpRequest.newBuilder(app.uri(D + "/capaian?tahun=2025&triwulan=1"))
                .header("If-None-Match", "\"lain\", " + etag).GET().build());
        assertThat(sama.statusCode()).isEqualTo(304);
        assertThat(sama.body()).isEmpty();
        assertThat(sama.headers().firstValue("ETag")).contains(etag);
        HttpResponse<String> beda = app.send(HttpRequest.newBuilder(app.uri(D + "/capaian?tahun=2025&triwulan=1"))
                .header("If-None-Match", "\"lain\"").GET().build());
        assertThat(beda.statusCode()).isEqualTo(200);
        assertThat(beda.body()).isEqualTo(pertama.body());

        // another period asked, another quarter: other answers
        assertThat(app.get(D + "/capaian?tahun=2025&triwulan=1&periode=" + periode).body()).isEqualTo(pertama.body());
        assertThat(baca(3).body()).isNotEqualTo(pertama.body());
    }

    @Test
    void everyWriteRouteIsSeenByTheNextRead() {
        sesudah("realisasi", () -> app.put(D + "/realisasi",
                "[{\"indikatorId\":" + satu + ",\"tahun\":2025,\"triwulan\":1,\"nilai\":60}]"));
        sesudah("komponen realisasi", () -> app.put(D + "/realisasi",
                "[{\"indikatorId\":" + rumus + ",\"tahun\":2025,\"triwulan\":1,\"komponen\":{\"a\":3,\"b\":4}}]"));
        sesudah("target", () -> app.put(D + "/target", "[{\"indikatorId\":" + satu + ",\"tahun\":2025,\"jenis\":\"PK\",\"nilai\":90}]"));
        sesudah("target triwulan", () -> app.put(D + "/target",
                "[{\"indikatorId\":" + satu + ",\"tahun\":2025,\"triwulan\":1,\"nilai\":30}]"));
        sesudah("indikator: rumus dan komponen", () -> app.put(D + "/indikator/" + rumus, "{\"kode\":\"I2\",\"nama\":\"Indikator Rumus\","
                + "\"agregasi\":\"TERAKHIR\",\"formula\":\"a / (a + b) * 100\",\"komponen\":[{\"nama\":\"a\",\"label\":\"a\"},"
                + "{\"nama\":\"b\",\"label\":\"b baru\"}],\"version\":" + versiIndikator(rumus) + "}"));
        sesudah("indikator: nama", () -> app.put(D + "/indikator/" + satu, "{\"kode\":\"I1\",\"nama\":\"Indikator Satu (ubah)\","
                + "\"satuan\":\"%\",\"agregasi\":\"TERAKHIR\",\"version\":" + versiIndikator(satu) + "}"));
        long[] baru = new long[1];
        sesudah("indikator baru", () -> {
            HttpResponse<String> r = app.post(D + "/simpul/" + sasaran + "/indikator", "{\"kode\":\"I3\",\"nama\":\"Indikator Tiga\"}");
            baru[0] = indikator(r);
            return r;
        });
        sesudah("indikator pindah", () -> app.post(D + "/indikator/" + baru[0] + "/pindah",
                "{\"simpulId\":" + sasaran2 + ",\"version\":" + versiIndikator(baru[0]) + "}"));
        sesudah("indikator hapus", () -> app.delete(D + "/indikator/" + baru[0]));
        sesudah("skala", () -> app.put(D + "/skala",
                "[{\"batasBawah\":75,\"label\":\"Baik Sekali\"},{\"batasBawah\":null,\"label\":\"Perlu Perhatian\"}]"));
        sesudah("simpul ubah", () -> app.put(D + "/simpul/" + sasaran2, "{\"kode\":\"S2\",\"nama\":\"Sasaran Dua (ubah)\","
                + "\"unitKerja\":\"Bidang Koperasi\",\"version\":" + versiSimpul(sasaran2) + "}"));
        long[] program = new long[1];
        sesudah("simpul baru", () -> {
            HttpResponse<String> r = app.post(D + "/simpul", simpul(sasaran, "PROGRAM", "P1", "Program Satu"));
            program[0] = id(r);
            return r;
        });
        sesudah("simpul pindah", () -> app.post(D + "/simpul/" + program[0] + "/pindah",
                "{\"parentId\":" + sasaran2 + ",\"version\":" + versiSimpul(program[0]) + "}"));
        sesudah("anggaran", () -> app.put(D + "/anggaran",
                "[{\"simpulId\":" + program[0] + ",\"tahun\":2025,\"baris\":[{\"jumlah\":1000000,\"sumberDana\":\"APBD\"}]}]"));
        sesudah("realisasi anggaran", () -> app.put(D + "/realisasi-anggaran",
                "[{\"simpulId\":" + program[0] + ",\"tahun\":2025,\"triwulan\":1,\"kumulatif\":250000}]"));
        sesudah("simpul hapus", () -> app.delete(D + "/simpul/" + program[0] + "?cascade=true"));
        sesudah("periode ubah", () -> app.put(D + "/periode/" + periode, "{\"nama\":\"Renstra 2025-2029 (ubah)\",\"tahunAwal\":2025,"
                + "\"tahunAkhir\":2029,\"version\":" + app.object(app.get(D + "/periode/" + periode)).get("version") + "}"));
        sesudah("impor dokumen (GANTI)", () -> {
            String dokumen = app.get(D + "/export").body().replace("Indikator Satu (ubah)", "Indikator Satu (impor)");
            return app.send(HttpRequest.newBuilder(app.uri(D + "/import?mode=GANTI")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(dokumen)).build());
        });
    }

    @Test
    void aLockedQuarterKeepsItsSnapshotThroughOtherWritesAndReopeningIsSeen() {
        // a dinas of its own: a submitted quarter freezes its period's framework
        String k = "/api/t/dinas-kunci";
        app.provision("dinas-kunci");
        long p = id(app.post(k + "/periode", "{\"nama\":\"Renstra K\",\"tahunAwal\":2025,\"tahunAkhir\":2029}"));
        long t = id(app.post(k + "/simpul", "{\"periodeId\":" + p + ",\"tingkat\":\"TUJUAN\",\"kode\":\"T\",\"nama\":\"Tujuan\"}"));
        long i = id(app.post(k + "/simpul/" + t + "/indikator", "{\"kode\":\"K1\",\"nama\":\"Indikator K\",\"agregasi\":\"TERAKHIR\"}"));
        ok(app.put(k + "/target", "[{\"indikatorId\":" + i + ",\"tahun\":2025,\"jenis\":\"PK\",\"nilai\":80}]"));
        ok(app.put(k + "/realisasi", "[{\"indikatorId\":" + i + ",\"tahun\":2025,\"triwulan\":2,\"nilai\":40}]"));
        RunningKinerja pemeriksa = app.sebagai(app.anggota("dinas-kunci", "pemeriksa.k", "PEMERIKSA"));
        baca(k, 2);
        ok(app.post(k + "/persetujuan/2025/2/ajukan", "{}"));
        ok(pemeriksa.post(k + "/persetujuan/2025/2/verifikasi", "{}"));
        ok(app.post(k + "/persetujuan/2025/2/kunci", "{}"));
        String terkunci = baca(k, 2).body();
        assertThat(terkunci).isEqualTo(segar("dinas-kunci", 2));

        // the scale changes after the lock: the locked quarter still answers its snapshot, from what was kept
        ok(app.put(k + "/skala", "[{\"batasBawah\":75,\"label\":\"Skala Sesudah Kunci\"},{\"batasBawah\":null,\"label\":\"Kurang\"}]"));
        long dihitung = tersimpan.dihitung();
        assertThat(baca(k, 2).body()).isEqualTo(terkunci).isEqualTo(segar("dinas-kunci", 2)).doesNotContain("Skala Sesudah Kunci");
        assertThat(tersimpan.dihitung()).isEqualTo(dihitung);
        assertThat(baca(k, 1).body()).contains("Skala Sesudah Kunci");

        // reopening is a write of the approval: the next read computes the live tree
        ok(app.post(k + "/persetujuan/2025/2/buka", "{\"alasan\":\"perbaikan data\"}"));
        assertThat(baca(k, 2).body()).isEqualTo(segar("dinas-kunci", 2)).contains("Skala Sesudah Kunci");
    }

    @Test
    void writersAndReadersAtOnceNeverSeeAnAnswerOlderThanTheirAcknowledgedWrite() throws Exception {
        int penulis = 3;
        int tulisan = 12;
        List<Long> milik = new ArrayList<>();
        for (int w = 0; w < penulis; w++) {
            milik.add(indikator(app.post(D + "/simpul/" + sasaran2 + "/indikator",
                    "{\"kode\":\"W" + w + "\",\"nama\":\"Penulis " + w + "\",\"agregasi\":\"TERAKHIR\"}")));
        }
        AtomicBoolean selesai = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(penulis + 3);
        try {
            List<Future<?>> kerja = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                kerja.add(pool.submit(() -> {
                    while (!selesai.get()) {
                        assertThat(baca(3).statusCode()).isEqualTo(200); // keeps answers of every moment in the cache
                    }
                    return null;
                }));
            }
            List<Future<?>> tulis = new ArrayList<>();
            for (int w = 0; w < penulis; w++) {
                long ind = milik.get(w);
                tulis.add(pool.submit(() -> {
                    for (int n = 1; n <= tulisan; n++) {
                        ok(app.put(D + "/realisasi", "[{\"indikatorId\":" + ind + ",\"tahun\":2025,\"triwulan\":3,\"nilai\":" + n + "}]"));
                        Object dibaca = indikatorDi(app.object(baca(3)), ind).get("realisasi");
                        assertThat(dibaca).as("penulis %s, tulisan %s", ind, n).isNotNull();
                        assertThat(((Number) dibaca).intValue()).as("penulis %s", ind).isEqualTo(n);
                    }
                    return null;
                }));
            }
            for (Future<?> f : tulis) {
                f.get();
            }
            selesai.set(true);
            for (Future<?> f : kerja) {
                f.get();
            }
        } finally {
            selesai.set(true);
            pool.shutdownNow();
        }
        assertThat(baca(3).body()).isEqualTo(segar(3));
    }

    /** Reads twice (the second from what was kept), writes, and checks the next read is the fresh, changed answer. */
    private static void sesudah(String apa, Supplier<HttpResponse<String>> tulis) {
        String sebelum = baca(1).body();
        long dihitung = tersimpan.dihitung();
        assertThat(baca(1).body()).as(apa).isEqualTo(sebelum);
        assertThat(tersimpan.dihitung()).as(apa + ": kept").isEqualTo(dihitung);
        ok(tulis.get());
        String sesudah = baca(1).body();
        assertThat(sesudah).as(apa + ": the write changed the tree").isNotEqualTo(sebelum);
        assertThat(sesudah).as(apa + ": the read after the write is the fresh tree").isEqualTo(segar(1));
    }

    private static HttpResponse<String> baca(int triwulan) {
        return baca(D, triwulan);
    }

    private static HttpResponse<String> baca(String dinas, int triwulan) {
        HttpResponse<String> r = app.get(dinas + "/capaian?tahun=2025&triwulan=" + triwulan);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r;
    }

    /** The tree computed now, without anything kept, as the API would write it. */
    private static String segar(int triwulan) {
        return segar("dinas-simpan", triwulan);
    }

    private static String segar(String slug, int triwulan) {
        var ref = app.context().getBean(TenantRegistry.class).serving(slug);
        var pohon = app.context().getBean(TenantScope.class).call(ref,
                () -> app.context().getBean(AlurPersetujuan.class).pohon((Long) null, 2025, triwulan));
        try {
            return new String(app.context().getBean(JsonMapper.class).writeValueAsBytes(pohon), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object versiIndikator(long id) {
        return app.object(app.get(D + "/indikator/" + id)).get("version");
    }

    private static Object versiSimpul(long id) {
        return app.object(app.get(D + "/simpul/" + id)).get("version");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> indikatorDi(Map<String, Object> pohon, long id) {
        List<Map<String, Object>> antre = new ArrayList<>((List<Map<String, Object>>) pohon.get("tujuan"));
        while (!antre.isEmpty()) {
            Map<String, Object> s = antre.removeFirst();
            for (Map<String, Object> i : (List<Map<String, Object>>) s.get("indikator")) {
                if (((Number) i.get("id")).longValue() == id) {
                    return i;
                }
            }
            antre.addAll((List<Map<String, Object>>) s.get("anak"));
        }
        throw new AssertionError("indikator " + id + " tidak ada di pohon");
    }

    private static String simpul(Long induk, String tingkat, String kode, String nama) {
        return "{\"periodeId\":" + periode + (induk == null ? "" : ",\"parentId\":" + induk) + ",\"tingkat\":\"" + tingkat
                + "\",\"kode\":\"" + kode + "\",\"nama\":\"" + nama + "\"}";
    }

    private static HttpResponse<String> ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        return r;
    }

    private static long id(HttpResponse<String> r) {
        ok(r);
        return ((Number) app.object(r).get("id")).longValue();
    }

    private static long indikator(HttpResponse<String> r) {
        return id(r);
    }
}
