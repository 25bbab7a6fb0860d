package id.kinerja.server.api;

import id.kinerja.server.RunningKinerja;
import id.kinerja.testing.Dinas;
import id.kinerja.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The documents over HTTP: the list, PDF and XLSX with their file names, refusals in Indonesian, who may print. */
class LaporanApiTest {

    static final String SLUG = "lumajang-diskopukmperindag";
    static final String L = "/api/t/" + SLUG + "/laporan";
    static String url;
    static RunningKinerja app;

    @BeforeAll
    static void start() {
        url = TestDatabase.createDatabase();
        app = RunningKinerja.start(TestDatabase.properties(url));
        Dinas.dariSeed(app.context(), SLUG);
        app.adminDinas(SLUG);
        app.provision("dinas-lain");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void listsTheDocumentsWithTheirParameters() {
        HttpResponse<String> r = app.get(L);
        assertThat(r.statusCode()).isEqualTo(200);
        List<Map<String, Object>> daftar = app.list(r);
        assertThat(daftar).extracting(m -> m.get("jenis"))
                .containsExactly("iku", "perjanjian-kinerja", "rencana-aksi", "renstra", "renja", "laporan-kinerja");
        Map<String, Object> ra = daftar.get(2);
        assertThat(ra.get("url")).isEqualTo(L + "/rencana-aksi");
        List<Object> nama = ((List<?>) ra.get("parameter")).stream().map(p -> ((Map<?, ?>) p).get("nama")).map(Object.class::cast).toList();
        assertThat(nama).containsExactly("tahun", "triwulan", "periode", "format");
        assertThat(((Map<?, ?>) ((List<?>) ra.get("parameter")).getFirst()).get("wajib")).isEqualTo(true);
        assertThat(app.get("/api/openapi.yml").body()).contains("/api/t/{slug}/laporan/{jenis}:", "/api/t/{slug}/laporan:");
    }

    @Test
    void printsPdfByDefaultAndXlsxOnRequestWithTheirFileNames() {
        HttpResponse<byte[]> pdf = app.getBytes(L + "/iku?tahun=2025");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"IKU-lumajang-diskopukmperindag-2025.pdf\"");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        HttpResponse<byte[]> xlsx = app.getBytes(L + "/perjanjian-kinerja?tahun=2025&format=xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertThat(xlsx.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"PK-lumajang-diskopukmperindag-2025.xlsx\"");
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");

        HttpResponse<byte[]> ra = app.getBytes(L + "/rencana-aksi?tahun=2025&triwulan=2&format=PDF");
        assertThat(ra.statusCode()).isEqualTo(200);
        assertThat(ra.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"Rencana-Aksi-lumajang-diskopukmperindag-2025-TW2.pdf\"");
        for (String jenis : List.of("renstra?tahun=2025", "renja?tahun=2025")) {
            assertThat(app.getBytes(L + "/" + jenis).statusCode()).as(jenis).isEqualTo(200);
        }

        HttpResponse<byte[]> lkjip = app.getBytes(L + "/laporan-kinerja?tahun=2025&triwulan=2&format=pdf");
        assertThat(lkjip.statusCode()).isEqualTo(200);
        assertThat(lkjip.headers().firstValue("Content-Disposition")).hasValueSatisfying(h -> assertThat(h)
                .startsWith("attachment; filename=\"LKjIP-lumajang-diskopukmperindag-2025").endsWith(".pdf\""));
        assertThat(new String(lkjip.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void refusesUnknownDocumentsYearsQuartersAndFormatsInIndonesian() throws Exception {
        tolak(L + "/lakip?tahun=2025", 404, "Laporan 'lakip' tidak dikenal; pilih salah satu: iku, perjanjian-kinerja");
        tolak(L + "/perjanjian-kinerja", 422, "wajib diisi untuk Perjanjian Kinerja");
        tolak(L + "/rencana-aksi?tahun=2025&triwulan=5", 422, "triwulan harus 1, 2, 3 atau 4");
        tolak(L + "/iku?tahun=2025&triwulan=2", 422, "tidak memakai triwulan");
        tolak(L + "/renja?tahun=1800", 422, "tahun harus antara 1990 dan 2100");
        tolak(L + "/renja?tahun=2015", 422, "tidak ada periode Renstra yang mencakup tahun 2015");
        tolak(L + "/renja?tahun=2031", 422, "tidak ada periode Renstra yang mencakup tahun 2031");
        Object periode = app.list(app.get("/api/t/" + SLUG + "/periode")).stream()
                .filter(p -> Integer.valueOf(2025).equals(p.get("tahunAwal"))).findFirst().orElseThrow().get("id");
        tolak(L + "/renja?tahun=2031&periode=" + periode, 422, "belum ada data tahun 2031");
        tolak(L + "/iku?tahun=2025&format=docx", 422, "harus pdf atau xlsx, bukan 'docx'");
        tolak(L + "/iku?tahun=dua-ribu", 400, "bukan angka yang sah");
        tolak(L + "/iku?periode=999999999", 404, "");
        try (Connection c = TestDatabase.connect(url); var st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                     + " AND state LIKE 'idle in transaction%'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void printsAndSignsThePkPerubahanOnlyAfterThePk() throws Exception {
        String slug = "lumajang-pkp";
        String skema = Dinas.dariSeed(app.context(), SLUG, slug).schema();
        RunningKinerja admin = app.sebagai(app.anggota(slug, "admin.pkp", "ADMIN_DINAS"));
        String t = "/api/t/" + slug;
        List<Map<String, Object>> daftar = admin.list(admin.get(t + "/laporan"));
        assertThat(((List<?>) daftar.get(1).get("parameter")).stream().map(p -> (Object) ((Map<?, ?>) p).get("nama")).toList()).contains("versi");

        // a PK Perubahan amends a signed PK: neither printed nor signed before it
        HttpResponse<String> awal = admin.get(t + "/laporan/perjanjian-kinerja?tahun=2025&versi=perubahan");
        assertThat(awal.statusCode()).as(awal.body()).isEqualTo(409);
        assertThat(awal.body()).contains("Perjanjian Kinerja tahun 2025 belum ditandatangani");
        assertThat(admin.post(t + "/pk/2025/perubahan/tandatangani", "").statusCode()).isEqualTo(409);
        assertThat(admin.get(t + "/laporan/perjanjian-kinerja?tahun=2025&versi=kedua").body()).contains("harus pk atau perubahan");
        assertThat(admin.get(t + "/laporan/iku?tahun=2025&versi=perubahan").statusCode()).isEqualTo(422);

        assertThat(admin.post(t + "/pk/2025/tandatangani", "").statusCode()).isEqualTo(200);
        HttpResponse<String> kosong = admin.post(t + "/pk/2025/perubahan/tandatangani", "");
        assertThat(kosong.statusCode()).isEqualTo(422);
        assertThat(kosong.body()).contains("belum ada target PK Perubahan");
        long koperasi;
        try (Connection c = TestDatabase.connect(url); var st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id FROM " + skema + ".indikator WHERE kode = 'IKU-S2-1'")) {
            rs.next();
            koperasi = rs.getLong(1);
        }
        String perubahan = "[{\"indikatorId\":" + koperasi + ",\"tahun\":2025,\"jenis\":\"PK_PERUBAHAN\",\"nilai\":47.5}]";
        assertThat(admin.put(t + "/target", perubahan).statusCode()).isEqualTo(200);
        assertThat(admin.get(t + "/pk/2025/perubahan").body()).contains("\"perubahan\":true", "\"ditandatangani\":false", "47.5");
        assertThat(admin.get(t + "/pk/2025").body()).contains("\"perubahan\":false", "40.71").doesNotContain("47.5");

        HttpResponse<byte[]> pdf = admin.getBytes(t + "/laporan/perjanjian-kinerja?tahun=2025&versi=perubahan");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"PK-Perubahan-lumajang-pkp-2025.pdf\"");
        assertThat(admin.getBytes(t + "/laporan/perjanjian-kinerja?tahun=2025&versi=perubahan&format=xlsx").headers()
                .firstValue("Content-Disposition")).hasValue("attachment; filename=\"PK-Perubahan-lumajang-pkp-2025.xlsx\"");

        HttpResponse<String> ttd = admin.post(t + "/pk/2025/perubahan/tandatangani", "");
        assertThat(ttd.statusCode()).as(ttd.body()).isEqualTo(200);
        assertThat(ttd.body()).contains("\"perubahan\":true", "\"ditandatangani\":true", "47.5");
        assertThat(admin.post(t + "/pk/2025/perubahan/tandatangani", "").statusCode()).isEqualTo(409);
        // its targets are frozen like the PK's: a later change is refused, and the signed one is what prints
        assertThat(admin.put(t + "/target", perubahan.replace("47.5", "50")).statusCode()).isEqualTo(409);
        assertThat(admin.get(t + "/pk/2025/perubahan").body()).contains("\"ditandatangani\":true", "47.5");
    }

    @Test
    void everyRoleOfTheDinasMayPrintNobodyElse() {
        RunningKinerja pembaca = app.sebagai(app.anggota(SLUG, "pembaca.laporan", "PEMBACA"));
        assertThat(pembaca.getBytes(L + "/iku?tahun=2025").statusCode()).isEqualTo(200);
        RunningKinerja lain = app.sebagai(app.anggota("dinas-lain", "admin.lain", "ADMIN_DINAS"));
        assertThat(lain.getBytes(L + "/iku?tahun=2025").statusCode()).isEqualTo(403);
        assertThat(lain.get(L).statusCode()).isEqualTo(403);
        RunningKinerja anonim = app.sebagai(null);
        assertThat(anonim.getBytes(L + "/iku?tahun=2025").statusCode()).isEqualTo(401);
        assertThat(anonim.get(L).statusCode()).isEqualTo(401);
    }

    private static void tolak(String path, int status, String alasan) {
        HttpResponse<String> r = app.get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(r.body()).as(path).contains(alasan);
    }
}
