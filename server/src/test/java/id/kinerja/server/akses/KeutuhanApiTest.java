package id.kinerja.server.akses;

import id.kinerja.server.RunningKinerja;
import id.kinerja.testing.TestDatabase;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What was checked stays as it was checked, what is shown means what it says, and a dinas admin's reach ends at
 * their dinas (issue 8, items 7, 13, 14, 17, 19).
 */
class KeutuhanApiTest {

    static final String L = "/api/t/lumajang";
    static String url;
    static RunningKinerja app;
    static RunningKinerja admin;
    static RunningKinerja editor;
    static RunningKinerja pemeriksa;
    static RunningKinerja pembaca;

    @BeforeAll
    static void start() throws Exception {
        url = TestDatabase.createDatabase();
        app = RunningKinerja.start(TestDatabase.properties(url));
        byte[] seed;
        try (InputStream in = KeutuhanApiTest.class.getResourceAsStream("/seed/lumajang-diskopukmperindag.json")) {
            seed = in.readAllBytes();
        }
        assertThat(app.postMultipart("/api/admin/tenants", Map.of("slug", "lumajang", "name", "Dinas", "kind", "kabupaten"),
                "berkas", "l.json", seed).statusCode()).isEqualTo(201);
        admin = app.sebagai(app.anggota("lumajang", "admin.k", "ADMIN_DINAS"));
        editor = app.sebagai(app.anggota("lumajang", "editor.k", "EDITOR"));
        pemeriksa = app.sebagai(app.anggota("lumajang", "pemeriksa.k", "PEMERIKSA"));
        pembaca = app.sebagai(app.anggota("lumajang", "pembaca.k", "PEMBACA"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aQuarterUnderReviewFreezesTheDefinitionsItsCapaianComesFrom() {
        long koperasi = indikatorId("IKU-S2-1");
        String tw3 = L + "/persetujuan/2025/3";
        String sebelum = pembaca.get(L + "/capaian?tahun=2025&triwulan=3").body();
        assertThat(editor.post(tw3 + "/ajukan", "").statusCode()).isEqualTo(200);
        try {
            for (Consumer<Map<String, Object>> ubah : List.<Consumer<Map<String, Object>>>of(
                    d -> d.put("formula", "jumlah_koperasi_rat / jumlah_koperasi * 200"),
                    d -> d.put("polaritas", "NEGATIF"),
                    d -> d.put("agregasi", "TERAKHIR"),
                    d -> d.put("presisi", 4),
                    d -> d.put("iku", false),
                    d -> {
                        d.put("formula", "koperasi_rat / jumlah_koperasi * 100");
                        d.put("komponen", List.of(Map.of("nama", "koperasi_rat", "label", "RAT"),
                                Map.of("nama", "jumlah_koperasi", "label", "Jumlah koperasi")));
                    })) {
                Map<String, Object> d = definisi(koperasi);
                ubah.accept(d);
                ditolakKarena(admin.put(L + "/indikator/" + koperasi, json(d)), "DIAJUKAN");
            }
            ditolakKarena(admin.put(L + "/skala", "[{\"batasBawah\":50,\"label\":\"Baik\"},{\"batasBawah\":null,\"label\":\"Kurang\"}]"),
                    "DIAJUKAN");
            ditolakKarena(admin.delete(L + "/indikator/" + koperasi), "DIAJUKAN");
            ditolakKarena(admin.post(L + "/simpul/" + simpulDari(koperasi) + "/indikator", "{\"kode\":\"BARU\",\"nama\":\"Baru\"}"),
                    "DIAJUKAN");
            // a growth formula reads last year's components: those stay too; other indicators' last year does not
            long industri = indikatorId("IKU-S1-1");
            ditolakKarena(editor.put(L + "/realisasi", "[{\"indikatorId\":" + industri
                    + ",\"tahun\":2024,\"komponen\":{\"nilai_produksi_industri\":1}}]"), "DIAJUKAN");
            assertThat(editor.put(L + "/realisasi", "[{\"indikatorId\":" + indikatorId("P16-1") + ",\"tahun\":2024,\"nilai\":50}]")
                    .statusCode()).isEqualTo(200);
            assertThat(pembaca.get(L + "/capaian?tahun=2025&triwulan=3").body()).isEqualTo(sebelum);

            // what is only shown (name, labels) may still be corrected
            Map<String, Object> d = definisi(koperasi);
            d.put("nama", "Persentase koperasi aktif yang melaksanakan RAT");
            d.put("komponen", List.of(Map.of("nama", "jumlah_koperasi_rat", "label", "Koperasi yang sudah RAT", "satuan", "koperasi"),
                    Map.of("nama", "jumlah_koperasi", "label", "Jumlah koperasi aktif", "satuan", "koperasi")));
            HttpResponse<String> nama = admin.put(L + "/indikator/" + koperasi, json(d));
            assertThat(nama.statusCode()).as(nama.body()).isEqualTo(200);

            assertThat(pemeriksa.post(tw3 + "/verifikasi", "").statusCode()).isEqualTo(200);
            Map<String, Object> negatif = definisi(koperasi);
            negatif.put("polaritas", "NEGATIF");
            ditolakKarena(admin.put(L + "/indikator/" + koperasi, json(negatif)), "DIVERIFIKASI");
        } finally {
            assertThat(pemeriksa.post(tw3 + "/kembalikan", "{\"alasan\":\"Diuji\"}").statusCode()).isEqualTo(200);
        }
        // returned to DRAF with a reason (in the audit log), the definition may change again
        Map<String, Object> d = definisi(koperasi);
        d.put("presisi", 3);
        assertThat(admin.put(L + "/indikator/" + koperasi, json(d)).statusCode()).isEqualTo(200);
    }

    @Test
    void aLockedQuarterKeepsTheTargetsItWasMeasuredAgainst() {
        long koperasi = indikatorId("IKU-S2-1");
        String tw4 = L + "/persetujuan/2025/4";
        assertThat(editor.put(L + "/target", "[{\"indikatorId\":" + koperasi + ",\"tahun\":2025,\"triwulan\":4,\"nilai\":40}]")
                .statusCode()).isEqualTo(200);
        assertThat(editor.post(tw4 + "/ajukan", "").statusCode()).isEqualTo(200);
        assertThat(pemeriksa.post(tw4 + "/verifikasi", "").statusCode()).isEqualTo(200);
        assertThat(admin.post(tw4 + "/kunci", "").statusCode()).isEqualTo(200);
        try {
            ditolakKarena(editor.put(L + "/target", "[{\"indikatorId\":" + koperasi + ",\"tahun\":2025,\"triwulan\":4,\"nilai\":45}]"),
                    "DIKUNCI");
            ditolakKarena(editor.put(L + "/target", "[{\"indikatorId\":" + koperasi + ",\"tahun\":2025,\"jenis\":\"RENJA\",\"nilai\":50}]"),
                    "DIKUNCI");
            ditolakKarena(editor.put(L + "/target", "[{\"indikatorId\":" + koperasi + ",\"tahun\":2025,\"jenis\":\"RENJA\",\"nilai\":null}]"),
                    "DIKUNCI");
            // the same value again changes nothing; a revision is added beside the targets, not over them
            assertThat(editor.put(L + "/target", "[{\"indikatorId\":" + koperasi + ",\"tahun\":2025,\"jenis\":\"RENJA\",\"nilai\":40.41}]")
                    .statusCode()).isEqualTo(200);
            HttpResponse<String> revisi = editor.put(L + "/target",
                    "[{\"indikatorId\":" + koperasi + ",\"tahun\":2025,\"jenis\":\"PK_PERUBAHAN\",\"nilai\":41}]");
            assertThat(revisi.statusCode()).as(revisi.body()).isEqualTo(200);
        } finally {
            assertThat(admin.post(tw4 + "/buka", "{\"alasan\":\"Koreksi target\"}").statusCode()).isEqualTo(200);
        }
        assertThat(editor.put(L + "/target", "[{\"indikatorId\":" + koperasi + ",\"tahun\":2025,\"triwulan\":4,\"nilai\":45}]")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void theAuditLogKeepsEveryDigit() {
        long ind = indikatorId("P16-1");
        String besar = "99999999999999999.1234567890";
        assertThat(editor.put(L + "/realisasi", "[{\"indikatorId\":" + ind + ",\"tahun\":2026,\"triwulan\":1,\"nilai\":" + besar + "}]")
                .statusCode()).isEqualTo(200);
        assertThat(editor.put(L + "/realisasi", "[{\"indikatorId\":" + ind + ",\"tahun\":2026,\"triwulan\":1,\"nilai\":0.0000000001}]")
                .statusCode()).isEqualTo(200);
        // every significant digit; the stored scale's trailing zero goes, as on every answer (one number format)
        String digit = "99999999999999999.123456789";
        String log = admin.get(L + "/jejak?entitas=realisasi&batas=2").body();
        assertThat(log).contains(digit).doesNotContain("1.0E17").doesNotContain("E+17");
        assertThat(admin.get(L + "/jejak.csv?entitas=realisasi").body()).contains(digit);
    }

    @Test
    void aYearNoPeriodMeasuresIsRefusedNotAnsweredFromAnotherPeriod() {
        HttpResponse<String> r = pembaca.get(L + "/capaian?tahun=2024&triwulan=4");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("2024").contains("'Indikator Kinerja Utama 2022' 2022, tanpa tahun akhir");
        assertThat(pembaca.get(L + "/capaian?tahun=2022&triwulan=4").statusCode()).isEqualTo(200);
        assertThat(pembaca.get(L + "/capaian?tahun=2025&triwulan=2").statusCode()).isEqualTo(200);
    }

    @Test
    void theAuditCsvHasEveryRow() throws Exception {
        try (Connection c = TestDatabase.connect(url); var st = c.createStatement()) {
            st.execute("INSERT INTO t_lumajang.jejak (pengguna, aksi, entitas, entitas_id, baru)"
                    + " SELECT 'uji', 'INSERT', 'uji', g, jsonb_build_object('nilai', g) FROM generate_series(1, 2500) g");
        }
        long semua;
        try (Connection c = TestDatabase.connect(url); var st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM t_lumajang.jejak")) {
            rs.next();
            semua = rs.getLong(1);
        }
        HttpResponse<String> csv = admin.get(L + "/jejak.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("lumajang-jejak.csv"));
        List<String> baris = csv.body().lines().toList();
        assertThat(baris).hasSize((int) semua + 1);
        assertThat(baris.stream().skip(1).filter(b -> b.contains("\"uji\",\"INSERT\"")).count()).isEqualTo(2500);
        assertThat(baris.stream().skip(1).distinct().count()).isEqualTo(semua); // no row twice across the reads
        assertThat(admin.get(L + "/jejak.csv?entitas=uji").body().lines().count()).isEqualTo(2501);
    }

    @Test
    void aDinasAdminReachesOnlyTheirOwnDinas() {
        app.provision("dinas-lain");
        app.anggota("dinas-lain", "orang.lain", "EDITOR");
        HttpResponse<String> provinsi = admin.put(L + "/anggota", "{\"username\":\"" + RunningKinerja.ADMIN + "\",\"peran\":\"ADMIN_DINAS\"}");
        HttpResponse<String> lain = admin.put(L + "/anggota", "{\"username\":\"orang.lain\",\"peran\":\"EDITOR\"}");
        HttpResponse<String> tidakAda = admin.put(L + "/anggota", "{\"username\":\"tidak.pernah.ada\",\"peran\":\"EDITOR\"}");
        // one answer whether the username exists or not
        assertThat(provinsi.statusCode()).isEqualTo(422);
        assertThat(lain.statusCode()).isEqualTo(422);
        assertThat(tidakAda.statusCode()).isEqualTo(422);
        String jawaban = tidakAda.body().replace("'tidak.pernah.ada'", "'X'");
        assertThat(lain.body().replace("'orang.lain'", "'X'")).isEqualTo(jawaban);
        assertThat(provinsi.body().replace("'" + RunningKinerja.ADMIN + "'", "'X'")).isEqualTo(jawaban);
        assertThat(lain.body()).contains("\"field\":\"username\"").contains("admin provinsi");
        assertThat(app.list(admin.get(L + "/anggota"))).extracting(a -> a.get("username"))
                .doesNotContain(RunningKinerja.ADMIN, "orang.lain");

        // the only dinas admin cannot leave the dinas without one
        long saya = penggunaId("admin.k");
        HttpResponse<String> turun = admin.put(L + "/anggota", "{\"username\":\"admin.k\",\"peran\":\"EDITOR\"}");
        assertThat(turun.statusCode()).isEqualTo(409);
        assertThat(turun.body()).contains("satu-satunya admin dinas").contains("Anda");
        assertThat(admin.delete(L + "/anggota/" + saya).statusCode()).isEqualTo(409);
        // with a second admin, one of them may step down
        app.anggota("lumajang", "admin2.k", "ADMIN_DINAS");
        assertThat(admin.put(L + "/anggota", "{\"username\":\"admin2.k\",\"peran\":\"PEMBACA\"}").statusCode()).isEqualTo(200);
        assertThat(admin.put(L + "/anggota", "{\"username\":\"pembaca.k\",\"peran\":\"PEMBACA\"}").statusCode()).isEqualTo(200);
        // the dinas admin still adds new users
        HttpResponse<String> baru = admin.post(L + "/anggota",
                "{\"username\":\"staf.baru\",\"nama\":\"Staf Baru\",\"password\":\"sandi-staf-baru\",\"peran\":\"EDITOR\"}");
        assertThat(baru.statusCode()).as(baru.body()).isEqualTo(201);
    }

    @Test
    void aLogoIsBoundedInPixelsBeforeAnythingDecodesIt() throws IOException {
        HttpResponse<String> bom = putLogo(pngHeader(65_535, 65_535));
        assertThat(bom.statusCode()).isEqualTo(422);
        assertThat(bom.body()).contains("\"field\":\"logo\"").contains("65535 × 65535 piksel").contains("4.000 × 4.000");
        assertThat(putLogo(pngHeader(4001, 10)).statusCode()).isEqualTo(422);
        BufferedImage kecil = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(kecil, "png", png);
        assertThat(putLogo(png.toByteArray()).statusCode()).isEqualTo(204);
        ByteArrayOutputStream jpg = new ByteArrayOutputStream();
        ImageIO.write(kecil, "jpg", jpg);
        assertThat(putLogo(jpg.toByteArray()).statusCode()).isEqualTo(204);
    }

    private static HttpResponse<String> putLogo(byte[] isi) {
        return admin.send(HttpRequest.newBuilder(app.uri(L + "/profil/logo")).header("Content-Type", "image/png")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(isi)).build());
    }

    /** A PNG signature and a valid IHDR declaring {@code w × h}: a few dozen bytes that would decode to gigabytes. */
    private static byte[] pngHeader(int w, int h) {
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(w).putInt(h)
                .put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4 + 12).put(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a})
                .putInt(13).put(ihdr.array()).putInt((int) crc.getValue())
                .putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt(0xAE426082).array();
    }

    private static void ditolakKarena(HttpResponse<String> r, String status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
        assertThat(r.body()).contains(status).doesNotContain("ERROR").doesNotContain("PL/pgSQL")
                .doesNotContain("CONTEXT");
    }

    /** The indicator as its PUT body: every field it has, so that a PUT changes only what the test changes. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> definisi(long id) {
        Map<String, Object> lengkap = app.object(app.get(L + "/indikator/" + id));
        Map<String, Object> i = lengkap;
        Map<String, Object> d = new LinkedHashMap<>();
        for (String k : List.of("kode", "nama", "satuan", "formulaTeks", "formula", "polaritas", "agregasi", "sumberData", "unitKerja",
                "iku", "presisi", "version")) {
            d.put(k, i.get(k));
        }
        d.put("komponen", ((List<Map<String, Object>>) lengkap.get("komponen")).stream()
                .map(k -> {
                    Map<String, Object> m = new LinkedHashMap<>(Map.of("nama", k.get("nama"), "label", k.get("label")));
                    m.put("satuan", k.get("satuan"));
                    return m;
                }).toList());
        return d;
    }

    private static String json(Object o) {
        try {
            return app.context().getBean(JsonMapper.class).writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static long simpulDari(long indikatorId) {
        Map<String, Object> i = app.object(app.get(L + "/indikator/" + indikatorId));
        return ((Number) i.get("simpulId")).longValue();
    }

    private static long penggunaId(String username) {
        return ((Number) app.list(app.get(L + "/anggota")).stream().filter(a -> username.equals(a.get("username"))).findFirst()
                .orElseThrow().get("penggunaId")).longValue();
    }

    private static long indikatorId(String kode) {
        for (Map<String, Object> p : app.list(app.get(L + "/periode"))) {
            for (Map<String, Object> s : app.list(app.get(L + "/periode/" + p.get("id") + "/simpul"))) {
                for (Map<String, Object> i : app.list(app.get(L + "/simpul/" + s.get("id") + "/indikator"))) {
                    Map<String, Object> ind = i;
                    if (kode.equals(ind.get("kode"))) {
                        return ((Number) ind.get("id")).longValue();
                    }
                }
            }
        }
        throw new AssertionError("no indicator " + kode);
    }
}
