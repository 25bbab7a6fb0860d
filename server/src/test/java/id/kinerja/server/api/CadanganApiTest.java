package id.kinerja.server.api;

import id.kinerja.config.KinerjaSettings;
import id.kinerja.server.RunningKinerja;
import id.kinerja.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One dinas backed up as an archive and restored into a new dinas and into an empty one, compared by its exchange
 * export, its Bab I data and its evidence bytes; hostile archives refused with nothing left behind; only the
 * provincial admin may do either.
 */
class CadanganApiTest {

    static final String L = "/api/t/lumajang";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n% bukti rapat\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);

    static String url;
    static RunningKinerja app;
    static byte[] arsip;
    static long indikator;
    static byte[] logo;

    @BeforeAll
    static void start() throws Exception {
        url = TestDatabase.createDatabase();
        app = RunningKinerja.start(TestDatabase.properties(url));
        byte[] seed;
        try (InputStream in = CadanganApiTest.class.getResourceAsStream("/seed/lumajang-diskopukmperindag.json")) {
            seed = in.readAllBytes();
        }
        HttpResponse<String> r = app.postMultipart("/api/admin/tenants", Map.of("slug", "lumajang", "name", "Dinas Lumajang",
                "kind", "kabupaten", "region", "Kabupaten Lumajang"), "berkas", "lumajang.json", seed);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        app.adminDinas("lumajang");
        // Bab I data beside the document: a unit under another, staff and sarana of a year
        long kepala = id(app.post(L + "/unit-kerja", "{\"kode\":\"KDN\",\"nama\":\"Kepala Dinas\"}"));
        long sekretariat = id(app.post(L + "/unit-kerja", "{\"kode\":\"SEK\",\"nama\":\"Sekretariat\"}"));
        assertThat(app.put(L + "/unit-kerja/" + sekretariat, "{\"nama\":\"Sekretariat\",\"parentId\":" + kepala
                + ",\"urutan\":2,\"tugas\":\"Menyiapkan bahan\",\"fungsi\":[\"perencanaan\",\"keuangan\"],\"version\":0}").statusCode())
                .isEqualTo(200);
        assertThat(app.put(L + "/pegawai?tahun=2025", "[{\"jabatan\":\"Kepala Dinas\",\"lakiLaki\":1,\"perempuan\":0,\"pns\":1,"
                + "\"pppk\":0,\"kontrak\":0,\"sd\":0,\"smp\":0,\"sma\":0,\"diploma\":0,\"s1\":0,\"s2\":1,\"s3\":0}]").statusCode()).isEqualTo(200);
        assertThat(app.put(L + "/sarana?tahun=2025", "[{\"nama\":\"Gedung kantor\",\"satuan\":\"unit\",\"jumlah\":1,\"kondisi\":\"baik\"}]")
                .statusCode()).isEqualTo(200);
        java.awt.image.BufferedImage gambar = new java.awt.image.BufferedImage(8, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(gambar, "png", png);
        logo = png.toByteArray();
        assertThat(app.send(HttpRequest.newBuilder(app.uri(L + "/profil/logo")).header("Content-Type", "image/png")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(logo)).build()).statusCode()).isEqualTo(204);
        indikator = app.indikatorId("lumajang", "P16-1");
        HttpResponse<String> b = app.postMultipart(L + "/bukti", Map.of("indikatorId", "" + indikator, "tahun", "2025", "triwulan", "2"),
                "berkas", "notulen rapat.pdf", PDF);
        assertThat(b.statusCode()).as(b.body()).isEqualTo(201);

        HttpResponse<byte[]> unduh = app.getBytes("/api/admin/tenants/lumajang/cadangan");
        assertThat(unduh.statusCode()).as(new String(unduh.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(unduh.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/zip"));
        assertThat(unduh.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("lumajang-cadangan-"));
        arsip = unduh.body();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theArchiveHoldsTheDocumentTheBabIDataAndTheEvidenceWithChecksums() throws Exception {
        Map<String, byte[]> entri = buka(arsip);
        assertThat(entri.keySet()).containsExactly("manifest.json", "dokumen.json", "unit-kerja.json", "sumber-daya.json",
                "logo.png", "bukti/000001.pdf");
        String manifest = new String(entri.get("manifest.json"), StandardCharsets.UTF_8);
        assertThat(manifest).contains("\"format\":\"kinerja-cadangan\"").contains("\"versi\":1").contains("\"slug\":\"lumajang\"")
                .contains("\"sha256\":\"" + sha256(entri.get("dokumen.json")) + "\"")
                .contains("\"sha256\":\"" + sha256(PDF) + "\"").contains("\"kode\":\"P16-1\"").contains("\"namaBerkas\":\"notulen rapat.pdf\"");
        assertThat(entri.get("bukti/000001.pdf")).isEqualTo(PDF);
        assertThat(entri.get("logo.png")).isEqualTo(logo);
        assertThat(new String(entri.get("unit-kerja.json"), StandardCharsets.UTF_8)).contains("\"induk\":\"KDN\"");
    }

    @Test
    void restoredIntoANewSlugItExportsTheSameAndKeepsTheEvidenceBytes() {
        HttpResponse<String> r = pulihkan("lumajang-pulih", arsip);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(r.headers().firstValue("Location")).hasValue("/api/admin/tenants/lumajang-pulih");
        assertThat(r.body()).contains("\"dinasBaru\":true").contains("\"bukti\":1").contains("\"unitKerja\":2");
        app.adminDinas("lumajang-pulih");
        assertThat(app.object(app.get("/api/admin/tenants/lumajang-pulih")).get("name")).isEqualTo("Dinas Lumajang");
        samaDenganLumajang("lumajang-pulih");
        HttpResponse<String> bernama = app.send(post("/api/admin/tenants/lumajang-uji/pulihkan?nama=Dinas%20Uji%20Pemulihan", arsip));
        assertThat(bernama.statusCode()).as(bernama.body()).isEqualTo(201);
        assertThat(app.object(app.get("/api/admin/tenants/lumajang-uji"))).containsEntry("name", "Dinas Uji Pemulihan")
                .containsEntry("kind", "kabupaten").containsEntry("region", "Kabupaten Lumajang");
    }

    @Test
    void restoredIntoAnEmptyDinasOnlyNeverOverData() {
        app.provision("kosong");
        HttpResponse<String> r = pulihkan("kosong", arsip);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("\"dinasBaru\":false");
        samaDenganLumajang("kosong");
        HttpResponse<String> lagi = pulihkan("kosong", arsip);
        assertThat(lagi.statusCode()).isEqualTo(409);
        assertThat(lagi.body()).contains("sudah berisi").contains("bukti dukung");
        assertThat(pulihkan("lumajang", arsip).statusCode()).isEqualTo(409);
    }

    @Test
    void hostileOrBrokenArchivesAreRefusedAndLeaveNothing() throws Exception {
        Map<String, byte[]> asli = buka(arsip);
        // zip slip
        Map<String, byte[]> slip = new LinkedHashMap<>(asli);
        slip.put("../../../tmp/kinerja-slip", "x".getBytes());
        tolak("tolak-slip", zip(slip), "zip slip");
        // zip bomb: 100 MB of zeros as the document inflates past its limit while only ~100 KB are sent
        Map<String, byte[]> bom = new LinkedHashMap<>(asli);
        bom.put("dokumen.json", new byte[100 << 20]);
        byte[] bomZip = zip(bom);
        assertThat(bomZip.length).isLessThan(1 << 20);
        tolak("tolak-bom", bomZip, "melebihi 64 MB");
        // no manifest, unknown version, a changed file, an unlisted file, not a zip at all
        Map<String, byte[]> tanpa = new LinkedHashMap<>(asli);
        tanpa.remove("manifest.json");
        tolak("tolak-manifest", zip(tanpa), "manifest.json tidak ada");
        Map<String, byte[]> versi = new LinkedHashMap<>(asli);
        versi.put("manifest.json", new String(asli.get("manifest.json"), StandardCharsets.UTF_8).replace("\"versi\":1", "\"versi\":2")
                .getBytes(StandardCharsets.UTF_8));
        tolak("tolak-versi", zip(versi), "versi arsip '2' tidak dikenal");
        Map<String, byte[]> ubah = new LinkedHashMap<>(asli);
        ubah.put("bukti/000001.pdf", "%PDF-1.4 diubah".getBytes());
        tolak("tolak-ubah", zip(ubah), "SHA-256 tidak cocok");
        Map<String, byte[]> selundup = new LinkedHashMap<>(asli);
        selundup.put("bukti/000002.exe", "MZ".getBytes());
        tolak("tolak-selundup", zip(selundup), "tidak tercantum");
        tolak("tolak-bukan-zip", "bukan arsip".getBytes(), "bukan arsip ZIP");
        // a body past the 20 MB multipart limit still reaches the archive's own checks
        tolak("tolak-besar", new byte[25 << 20], "bukan arsip ZIP");
    }

    /** A failure after the import (an evidence file the upload rules refuse) rolls back the dinas and removes its files. */
    @Test
    void aFailureHalfWayLeavesNoDinasAndNoFiles() throws Exception {
        Map<String, byte[]> asli = buka(arsip);
        byte[] exe = "MZ\u0090 bukan pdf".getBytes(StandardCharsets.ISO_8859_1);
        String manifest = new String(asli.get("manifest.json"), StandardCharsets.UTF_8)
                .replace(sha256(PDF), sha256(exe)).replace("\"ukuran\":" + PDF.length, "\"ukuran\":" + exe.length);
        Map<String, byte[]> jahat = new LinkedHashMap<>(asli);
        jahat.put("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
        jahat.put("bukti/000001.pdf", exe);
        Path berkas = app.context().getBean(KinerjaSettings.class).data().resolve("berkas");
        long sebelum = jumlahBerkas(berkas);
        HttpResponse<String> r = tolak("setengah-jalan", zip(jahat), "jenis berkas tidak diizinkan");
        assertThat(r.body()).contains("manifest.bukti[0].berkas");
        assertThat(jumlahBerkas(berkas)).as("no orphan evidence files under " + berkas).isEqualTo(sebelum);
    }

    @Test
    void onlyTheProvincialAdminBacksUpOrRestores() {
        app.provision("dinas-lain");
        RunningKinerja adminLain = app.sebagai(app.anggota("dinas-lain", "admin.lain", "ADMIN_DINAS"));
        RunningKinerja adminLumajang = app.sebagai(app.anggota("lumajang", "admin.lumajang", "ADMIN_DINAS"));
        assertThat(adminLain.getBytes("/api/admin/tenants/lumajang/cadangan").statusCode()).isEqualTo(403);
        assertThat(adminLumajang.getBytes("/api/admin/tenants/lumajang/cadangan").statusCode()).isEqualTo(403);
        assertThat(adminLain.send(post("/api/admin/tenants/curian/pulihkan", arsip)).statusCode()).isEqualTo(403);
        assertThat(app.sebagai(null).getBytes("/api/admin/tenants/lumajang/cadangan").statusCode()).isEqualTo(401);
        assertThat(app.getBytes("/api/admin/tenants/tidak-ada/cadangan").statusCode()).isEqualTo(404);
        assertThat(app.get("/api/admin/tenants/curian").statusCode()).isEqualTo(404);
    }

    private static void samaDenganLumajang(String slug) {
        String t = "/api/t/" + slug;
        assertThat(tanpaIdentitas(app.get(t + "/export").body())).isEqualTo(tanpaIdentitas(app.get(L + "/export").body()));
        assertThat(app.object(app.get(t + "/profil")).get("namaResmi")).isEqualTo(app.object(app.get(L + "/profil")).get("namaResmi"));
        assertThat(tanpaId(app.get(t + "/unit-kerja/susunan").body())).isEqualTo(tanpaId(app.get(L + "/unit-kerja/susunan").body()));
        assertThat(tanpaId(app.get(t + "/pegawai?tahun=2025").body())).isEqualTo(tanpaId(app.get(L + "/pegawai?tahun=2025").body()));
        assertThat(tanpaId(app.get(t + "/sarana?tahun=2025").body())).isEqualTo(tanpaId(app.get(L + "/sarana?tahun=2025").body()));
        assertThat(app.getBytes(t + "/profil/logo").body()).isEqualTo(logo);
        long ind = app.indikatorId(slug, "P16-1");
        List<Map<String, Object>> bukti = app.list(app.get(t + "/indikator/" + ind + "/bukti"));
        assertThat(bukti).hasSize(1);
        assertThat(bukti.getFirst()).containsEntry("namaBerkas", "notulen rapat.pdf").containsEntry("tahun", 2025)
                .containsEntry("triwulan", 2).containsEntry("sha256", sha256(PDF)).containsEntry("diunggahOleh", RunningKinerja.ADMIN);
        HttpResponse<byte[]> isi = app.getBytes(t + "/bukti/" + bukti.getFirst().get("id"));
        assertThat(isi.body()).isEqualTo(PDF);
    }

    /** The export without its identity block (slug, name: the registry's). */
    private static String tanpaIdentitas(String export) {
        assertThat(export).contains("\"periods\":[{");
        return export.replaceFirst("\"tenant\":\\{[^}]*},?", "");
    }

    private static String tanpaId(String json) {
        return json.replaceAll("\"(id|parentId|version)\":[0-9]+", "\"$1\":_");
    }

    private static HttpResponse<String> tolak(String slug, byte[] zip, String alasan) throws Exception {
        HttpResponse<String> r = pulihkan(slug, zip);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains(alasan);
        assertThat(app.get("/api/admin/tenants/" + slug).statusCode()).isEqualTo(404);
        try (Connection c = TestDatabase.connect(url); var st = c.createStatement()) {
            var rs = st.executeQuery("SELECT count(*) FROM pg_namespace WHERE nspname = 't_" + slug.replace('-', '_') + "'");
            rs.next();
            assertThat(rs.getLong(1)).as("schema left behind").isZero();
        }
        return r;
    }

    private static HttpResponse<String> pulihkan(String slug, byte[] zip) {
        return app.send(post("/api/admin/tenants/" + slug + "/pulihkan", zip));
    }

    private static HttpRequest post(String path, byte[] zip) {
        return HttpRequest.newBuilder(app.uri(path)).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip)).build();
    }

    private static long id(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return ((Number) app.object(r).get("id")).longValue();
    }

    static Map<String, byte[]> buka(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    static byte[] zip(Map<String, byte[]> entri) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            for (Map.Entry<String, byte[]> e : entri.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return b.toByteArray();
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long jumlahBerkas(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (var s = Files.walk(folder)) {
            return s.filter(Files::isRegularFile).count();
        }
    }
}
