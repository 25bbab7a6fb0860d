package id.kinerja.server.api;

import id.kinerja.server.RunningKinerja;
import id.kinerja.testing.TestDatabase;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk onboarding through the API on a real database: a good list makes every dinas (with the template's framework
 * where named), one bad row among good ones fails alone with its row number and reason, a rerun skips what exists,
 * a file that is no list is refused with 422 before any job, and only the provincial admin may start or read a job.
 */
class PendaftaranMassalApiTest {

    static final String API = "/api/admin/pendaftaran-massal";
    static String url;
    static RunningKinerja app;

    @BeforeAll
    static void start() throws Exception {
        url = TestDatabase.createDatabase();
        app = RunningKinerja.start(TestDatabase.properties(url));
        byte[] seed;
        try (InputStream in = PendaftaranMassalApiTest.class.getResourceAsStream("/seed/lumajang-diskopukmperindag.json")) {
            seed = in.readAllBytes();
        }
        HttpResponse<String> r = app.postMultipart("/api/admin/tenants", Map.of("slug", "lumajang", "name", "Dinas Lumajang",
                "kind", "kabupaten", "region", "Kabupaten Lumajang"), "berkas", "lumajang.json", seed);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aGoodListMakesEveryDinasAndARerunSkipsThem() throws Exception {
        String csv = """
                slug;nama;wilayah;jenis;template;provinsi
                blitar-dinkes;Dinas Kesehatan Kabupaten Blitar;Kabupaten Blitar;Kabupaten;lumajang;Jawa Timur
                blitar-bappeda;"Badan Perencanaan; Blitar";Kabupaten Blitar;kabupaten;;Jawa Timur

                kediri-dishub;Dinas Perhubungan Kota Kediri;Kota Kediri;kota;lumajang;
                """;
        Map<String, Object> job = jalankan("dinas.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(job).containsEntry("status", "SELESAI").containsEntry("total", 3).containsEntry("selesai", 3)
                .containsEntry("dibuat", 3).containsEntry("gagal", List.of()).containsEntry("dilewati", List.of());

        assertThat(app.object(app.get("/api/admin/tenants/blitar-dinkes"))).containsEntry("kind", "kabupaten")
                .containsEntry("region", "Kabupaten Blitar").containsEntry("province", "Jawa Timur");
        assertThat(app.object(app.get("/api/admin/tenants/blitar-bappeda"))).containsEntry("name", "Badan Perencanaan; Blitar");
        // the template's framework was copied; the row without a template is empty
        assertThat(jumlah("t_blitar_dinkes", "indikator")).isEqualTo(jumlah("t_lumajang", "indikator")).isGreaterThan(100);
        assertThat(jumlah("t_kediri_dishub", "simpul")).isEqualTo(jumlah("t_lumajang", "simpul"));
        assertThat(jumlah("t_blitar_bappeda", "indikator")).isZero();
        assertThat(jumlah("t_blitar_dinkes", "target")).isZero();

        Map<String, Object> rerun = jalankan("dinas.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(rerun).containsEntry("total", 3).containsEntry("selesai", 3).containsEntry("dibuat", 0)
                .containsEntry("gagal", List.of());
        assertThat(rerun.get("dilewati")).asList().containsExactly(
                Map.of("baris", 2, "slug", "blitar-dinkes", "alasan", "dinas 'blitar-dinkes' sudah ada"),
                Map.of("baris", 3, "slug", "blitar-bappeda", "alasan", "dinas 'blitar-bappeda' sudah ada"),
                Map.of("baris", 5, "slug", "kediri-dishub", "alasan", "dinas 'kediri-dishub' sudah ada"));
    }

    @Test
    void badRowsFailAloneWithTheirRowAndReason() throws Exception {
        byte[] xlsx = xlsx(List.of(
                List.of("slug", "nama", "wilayah", "jenis", "template"),
                List.of("malang-dinsos", "Dinas Sosial Kabupaten Malang", "Kabupaten Malang", "kabupaten", "lumajang"),
                List.of("Malang_Dispora", "Dinas Pemuda", "Kabupaten Malang", "kabupaten", ""),
                List.of("malang-dukcapil", "Dinas Dukcapil", "Kabupaten Malang", "desa", ""),
                List.of("malang-dpu", "Dinas PU", "Kabupaten Malang", "kabupaten", "tidak-ada"),
                List.of("malang-diskominfo", "", "Kabupaten Malang", "kabupaten", ""),
                List.of("malang-dinsos", "Dinas Sosial lagi", "Kabupaten Malang", "kabupaten", ""),
                List.of("malang-bkd", "Badan Kepegawaian Daerah", "Kabupaten Malang", "kabupaten", "")));
        Map<String, Object> job = jalankan("dinas malang.xlsx", xlsx);
        assertThat(job).containsEntry("status", "SELESAI").containsEntry("total", 7).containsEntry("selesai", 7)
                .containsEntry("dibuat", 2).containsEntry("dilewati", List.of());
        assertThat(job.get("gagal")).asList().containsExactly(
                Map.of("baris", 3, "slug", "malang_dispora",
                        "alasan", "slug: hanya huruf kecil, angka dan tanda hubung tunggal, diawali huruf (contoh: lumajang-diskopum)"),
                Map.of("baris", 4, "slug", "malang-dukcapil", "alasan", "jenis: harus kabupaten, kota atau provinsi"),
                Map.of("baris", 5, "slug", "malang-dpu", "alasan", "template: dinas 'tidak-ada' tidak ditemukan"),
                Map.of("baris", 6, "slug", "malang-diskominfo", "alasan", "nama: wajib diisi"),
                Map.of("baris", 7, "slug", "malang-dinsos", "alasan", "slug sama dengan baris 2 pada berkas ini"));
        assertThat(app.get("/api/admin/tenants/malang-dinsos").statusCode()).isEqualTo(200);
        assertThat(app.get("/api/admin/tenants/malang-bkd").statusCode()).isEqualTo(200);
        assertThat(app.get("/api/admin/tenants/malang-dpu").statusCode()).isEqualTo(404);
        assertThat(app.get("/api/admin/tenants/malang-dukcapil").statusCode()).isEqualTo(404);
    }

    @Test
    void aFileThatIsNoListIsRefusedBeforeAnyJob() {
        ditolak("logo.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}, "bukan berkas XLSX atau CSV");
        ditolak("dinas.csv", "slug,nama,daerah,jenis,template\na-b,Dinas,Kota,kota,\n".getBytes(StandardCharsets.UTF_8),
                "kolom 'daerah' tidak dikenal");
        ditolak("dinas.csv", "slug,nama,wilayah\na-b,Dinas,Kota\n".getBytes(StandardCharsets.UTF_8),
                "kepala baris tidak memuat kolom jenis, template");
        ditolak("dinas.csv", "slug,nama,wilayah,jenis,template\n".getBytes(StandardCharsets.UTF_8),
                "tidak berisi satu dinas pun");
        ditolak("dinas.xlsx", "PK\u0003\u0004 bukan zip".getBytes(StandardCharsets.ISO_8859_1), "bukan XLSX yang dapat dibaca");
        StringBuilder banyak = new StringBuilder("slug,nama,wilayah,jenis,template\n");
        for (int i = 0; i <= 5_000; i++) {
            banyak.append("d-").append(i).append(",Dinas ").append(i).append(",Kota,kota,\n");
        }
        ditolak("dinas.csv", banyak.toString().getBytes(StandardCharsets.UTF_8), "terlalu banyak baris (lebih dari 5.000 dinas)");
        byte[] besar = new byte[2 * 1024 * 1024 + 1];
        java.util.Arrays.fill(besar, (byte) 'a');
        ditolak("dinas.csv", besar, "berkas terlalu besar");
        assertThat(app.get("/api/admin/tenants/d-1").statusCode()).isEqualTo(404);
        assertThat(app.get("/api/admin/tenants/a-b").statusCode()).isEqualTo(404);
    }

    @Test
    void onlyTheProvincialAdminMayStartOrReadAJob() throws Exception {
        byte[] csv = "slug,nama,wilayah,jenis,template\nsidoarjo-dlh,Dinas LH,Kabupaten Sidoarjo,kabupaten,\n"
                .getBytes(StandardCharsets.UTF_8);
        app.provision("gresik-dinkes");
        RunningKinerja dinas = app.sebagai(app.anggota("gresik-dinkes", "admin-gresik", "ADMIN_DINAS"));
        assertThat(dinas.postMultipart(API, Map.of(), "berkas", "d.csv", csv).statusCode()).isEqualTo(403);
        assertThat(app.sebagai(null).postMultipart(API, Map.of(), "berkas", "d.csv", csv).statusCode()).isEqualTo(401);
        String id = (String) jalankan("d.csv", csv).get("id");
        assertThat(dinas.get(API + "/" + id).statusCode()).isEqualTo(403);
        assertThat(app.get(API + "/tidak-ada").statusCode()).isEqualTo(404);
        assertThat(app.get("/api/admin/tenants/sidoarjo-dlh").statusCode()).isEqualTo(200);

        HttpResponse<byte[]> templat = app.getBytes(API + "/templat?template=lumajang");
        assertThat(templat.statusCode()).isEqualTo(200);
        try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(templat.body()))) {
            Row kepala = buku.getSheetAt(0).getRow(0);
            assertThat(List.of(kepala.getCell(0).getStringCellValue(), kepala.getCell(1).getStringCellValue(),
                    kepala.getCell(2).getStringCellValue(), kepala.getCell(3).getStringCellValue(),
                    kepala.getCell(4).getStringCellValue())).containsExactly("slug", "nama", "wilayah", "jenis", "template");
            assertThat(buku.getSheetAt(0).getRow(1).getCell(4).getStringCellValue()).isEqualTo("lumajang");
        }
        // the template as downloaded is a list the job takes (its example rows are made)
        assertThat(jalankan("daftar-dinas.xlsx", templat.body())).containsEntry("dibuat", 2).containsEntry("gagal", List.of());
    }

    /** Starts a job (202 + Location), polls its URL until it is done, and returns what it says then. */
    private static Map<String, Object> jalankan(String nama, byte[] isi) throws InterruptedException {
        HttpResponse<String> r = app.postMultipart(API, Map.of(), "berkas", nama, isi);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        String lokasi = r.headers().firstValue("Location").orElseThrow();
        assertThat(lokasi).isEqualTo(API + "/" + app.object(r).get("id"));
        long batas = System.nanoTime() + 120_000_000_000L;
        while (true) {
            HttpResponse<String> g = app.get(lokasi);
            assertThat(g.statusCode()).as(g.body()).isEqualTo(200);
            Map<String, Object> job = app.object(g);
            if ("SELESAI".equals(job.get("status"))) {
                assertThat(job).containsEntry("sedang", null);
                return job;
            }
            assertThat(System.nanoTime()).as("job still %s", job).isLessThan(batas);
            Thread.sleep(100);
        }
    }

    private static void ditolak(String nama, byte[] isi, String alasan) {
        HttpResponse<String> r = app.postMultipart(API, Map.of(), "berkas", nama, isi);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) app.object(r).get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.getFirst()).containsEntry("field", "berkas");
        assertThat((String) errors.getFirst().get("reason")).contains(alasan);
    }

    private static long jumlah(String skema, String tabel) throws Exception {
        try (Connection c = TestDatabase.connect(url); ResultSet rs = c.createStatement().executeQuery(
                "SELECT count(*) FROM " + skema + "." + tabel)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static byte[] xlsx(List<List<String>> baris) throws Exception {
        try (XSSFWorkbook buku = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = buku.createSheet("Dinas");
            for (int r = 0; r < baris.size(); r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < baris.get(r).size(); c++) {
                    row.createCell(c).setCellValue(baris.get(r).get(c));
                }
            }
            buku.write(out);
            return out.toByteArray();
        }
    }
}
