package id.kinerja.server.api;

import id.kinerja.server.RunningKinerja;
import id.kinerja.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Onboarding from a template or a file, export and import, JSON and Excel, through the real HTTP stack. */
class PertukaranApiTest {

    static String url;
    static RunningKinerja app;
    static byte[] seed;

    @BeforeAll
    static void start() throws Exception {
        url = TestDatabase.createDatabase();
        app = RunningKinerja.start(TestDatabase.properties(url));
        try (InputStream in = PertukaranApiTest.class.getResourceAsStream("/seed/lumajang-diskopukmperindag.json")) {
            seed = in.readAllBytes();
        }
        HttpResponse<String> r = app.postMultipart("/api/admin/tenants", identitas("lumajang"), "berkas", "lumajang.json", seed);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void onboardingFromAnExchangeFileBringsTheFiguresAlong() {
        HttpResponse<String> capaian = app.get("/api/t/lumajang/capaian?tahun=2025&triwulan=2");
        assertThat(capaian.statusCode()).isEqualTo(200);
        assertThat(capaian.body()).contains("\"realisasi\":6835975140");
        HttpResponse<String> export = app.get("/api/t/lumajang/export");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("lumajang.json"));
        assertThat(export.body()).contains("\"slug\":\"lumajang\"").contains("\"formatVersion\":2");
        // the new dinas is who the form says, not the dinas the file came from
        Map<String, Object> profil = app.object(app.get("/api/t/lumajang/profil"));
        assertThat(profil.get("namaResmi")).isEqualTo("Dinas lumajang");
        assertThat(profil.get("wilayah")).isEqualTo("Kabupaten Lumajang");
        assertThat(sub(profil, "kepala").get("nip")).as("another dinas's head does not sign here").isNull();
        assertThat(sub(profil, "atasan").get("nama")).isNull();
        assertThat(profil.get("tugas")).asString().contains("membantu Bupati"); // texts of the framework come along
    }

    @Test
    void onboardingFromATemplateCopiesTheFrameworkWithoutFigures() {
        HttpResponse<String> r = app.post("/api/admin/tenants",
                "{\"slug\":\"dari-template\",\"name\":\"Dinas Baru\",\"kind\":\"kabupaten\",\"template\":\"lumajang\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(app.object(app.get("/api/t/dari-template/profil")).get("namaResmi")).isEqualTo("Dinas Baru");
        String export = app.get("/api/t/dari-template/export").body();
        assertThat(export).contains("PROGRAM PENGEMBANGAN EKSPOR").contains("jumlah_koperasi_rat")
                .doesNotContain("\"realisations\":[{").doesNotContain("\"targets\":[{").doesNotContain("\"anggaran\":");
        assertThat(app.post("/api/admin/tenants", "{\"slug\":\"tanpa-template\",\"name\":\"X\",\"kind\":\"kota\",\"template\":\"tidak-ada\"}")
                .statusCode()).isEqualTo(422);
        assertThat(app.get("/api/admin/tenants/tanpa-template").statusCode()).isEqualTo(404);
    }

    @Test
    void anInvalidFileLeavesNothingBehind() throws Exception {
        String bad = new String(seed, StandardCharsets.UTF_8)
                .replace("\"formula\": \"jumlah_koperasi_rat / jumlah_koperasi * 100\"", "\"formula\": \"jumlah_koperasi_rat / tidak_ada * 100\"")
                .replaceFirst("\"year\": 2025", "\"year\": \"dua ribu\"");
        HttpResponse<String> r = app.postMultipart("/api/admin/tenants", identitas("gagal-daftar"), "berkas", "x.json",
                bad.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("\"field\":\"periods[0]");
        assertThat(app.get("/api/admin/tenants/gagal-daftar").statusCode()).isEqualTo(404);
        // domain rules: schema-valid but the formula names an unknown component
        String unknown = new String(seed, StandardCharsets.UTF_8)
                .replace("\"formula\": \"jumlah_koperasi_rat / jumlah_koperasi * 100\"", "\"formula\": \"jumlah_koperasi_rat / tidak_ada * 100\"");
        HttpResponse<String> r2 = app.postMultipart("/api/admin/tenants", identitas("gagal-aturan"), "berkas", "x.json",
                unknown.getBytes(StandardCharsets.UTF_8));
        assertThat(r2.statusCode()).as(r2.body()).isEqualTo(422);
        assertThat(r2.body()).contains("tidak_ada").contains(".formula");
        try (Connection c = TestDatabase.connect(url); var st = c.createStatement()) {
            var rs = st.executeQuery("SELECT count(*) FROM pg_namespace WHERE nspname IN ('t_gagal_daftar', 't_gagal_aturan')");
            rs.next();
            assertThat(rs.getLong(1)).as("schemas left behind").isZero();
        }
    }

    @Test
    void importIntoAnExistingDinasNeedsAnExplicitMode() {
        app.provision("impor-json");
        String doc = app.get("/api/t/lumajang/export").body();
        assertThat(app.send(HttpRequest.newBuilder(app.uri("/api/t/impor-json/import")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(doc)).build()).statusCode()).isEqualTo(400);
        HttpResponse<String> ok = app.send(HttpRequest.newBuilder(app.uri("/api/t/impor-json/import?mode=GANTI"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(doc)).build());
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(app.get("/api/t/impor-json/capaian?tahun=2025&triwulan=2").body()).contains("\"realisasi\":6835975140");
    }

    @Test
    void excelTemplateExportAndOnboarding() {
        HttpResponse<byte[]> template = app.getBytes("/api/template.xlsx");
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("spreadsheetml"));
        assertThat(new String(template.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");

        HttpResponse<byte[]> xlsx = app.getBytes("/api/t/lumajang/export.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        HttpResponse<String> r = app.postMultipart("/api/admin/tenants", identitas("dari-excel"), "berkas", "dinas.xlsx", xlsx.body());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(app.object(app.get("/api/t/dari-excel/profil")).get("namaResmi")).isEqualTo("Dinas dari-excel");
        assertThat(app.get("/api/t/dari-excel/capaian?tahun=2025&triwulan=2").body()).contains("\"realisasi\":6835975140")
                .contains("\"realisasi\":29.03663500678426051560379918588874");

        HttpResponse<String> rusak = app.postMultipart("/api/admin/tenants", identitas("excel-rusak"), "berkas", "rusak.xlsx",
                "bukan excel".getBytes(StandardCharsets.UTF_8));
        assertThat(rusak.statusCode()).isEqualTo(422);
        assertThat(app.get("/api/admin/tenants/excel-rusak").statusCode()).isEqualTo(404);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sub(Map<String, Object> m, String key) {
        return (Map<String, Object>) m.get(key);
    }

    private static Map<String, String> identitas(String slug) {
        return Map.of("slug", slug, "name", "Dinas " + slug, "kind", "kabupaten", "region", "Kabupaten Lumajang");
    }
}
