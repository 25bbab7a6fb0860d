package id.kinerja.server.akses;

import id.kinerja.server.RunningKinerja;
import id.kinerja.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Approval of a quarter, the signed PK, the audit log and evidence files, each with the roles that may act. */
class AlurApiTest {

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
        try (InputStream in = AlurApiTest.class.getResourceAsStream("/seed/lumajang-diskopukmperindag.json")) {
            seed = in.readAllBytes();
        }
        assertThat(app.postMultipart("/api/admin/tenants", Map.of("slug", "lumajang", "name", "Dinas", "kind", "kabupaten"),
                "berkas", "l.json", seed).statusCode()).isEqualTo(201);
        admin = app.sebagai(app.anggota("lumajang", "admin.l", "ADMIN_DINAS"));
        editor = app.sebagai(app.anggota("lumajang", "editor.l", "EDITOR"));
        pemeriksa = app.sebagai(app.anggota("lumajang", "pemeriksa.l", "PEMERIKSA"));
        pembaca = app.sebagai(app.anggota("lumajang", "pembaca.l", "PEMBACA"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aQuarterGoesFromDraftToLockedAndItsReportNoLongerChanges() {
        String tw2 = L + "/persetujuan/2025/2";
        assertThat(pembaca.post(tw2 + "/ajukan", "").statusCode()).isEqualTo(403);
        assertThat(pemeriksa.post(tw2 + "/verifikasi", "").statusCode()).isEqualTo(409); // still DRAF
        assertThat(editor.post(tw2 + "/ajukan", "").statusCode()).isEqualTo(200);
        // a submitted quarter takes no realisations
        HttpResponse<String> tulis = editor.put(L + "/realisasi", "[{\"indikatorId\":" + indikatorId("P16-1") + ",\"tahun\":2025,\"triwulan\":2,\"nilai\":40}]");
        assertThat(tulis.statusCode()).isEqualTo(409);
        assertThat(tulis.body()).contains("DIAJUKAN");
        assertThat(editor.post(tw2 + "/verifikasi", "").statusCode()).isEqualTo(403);
        assertThat(pemeriksa.post(tw2 + "/kembalikan", "{}").statusCode()).isEqualTo(422); // a reason is required
        assertThat(pemeriksa.post(tw2 + "/kembalikan", "{\"alasan\":\"Bukti WTU belum lengkap\"}").statusCode()).isEqualTo(200);
        assertThat(editor.post(tw2 + "/ajukan", "").statusCode()).isEqualTo(200);
        assertThat(pemeriksa.post(tw2 + "/verifikasi", "").statusCode()).isEqualTo(200);
        assertThat(pemeriksa.post(tw2 + "/kunci", "").statusCode()).isEqualTo(403);
        assertThat(admin.post(tw2 + "/kunci", "").statusCode()).isEqualTo(200);
        assertThat(app.list(pembaca.get(L + "/persetujuan?tahun=2025"))).extracting(s -> s.get("status"))
                .containsExactly("DRAF", "DIKUNCI", "DRAF", "DRAF");

        String terkunci = pembaca.get(L + "/capaian?tahun=2025&triwulan=2").body();
        // the framework changes after locking: the locked quarter's tree stays as it was
        HttpResponse<String> hapus = admin.delete(L + "/indikator/" + indikatorId("P16-1"));
        assertThat(hapus.statusCode()).isEqualTo(409); // its TW II realisation is locked with the quarter
        long p14 = indikatorId("P14-1");
        assertThat(admin.put(L + "/indikator/" + p14, "{\"kode\":\"P14-1\",\"nama\":\"Nama baru\",\"satuan\":\"%\",\"version\":"
                + versi(p14) + "}").statusCode()).isEqualTo(200);
        assertThat(pembaca.get(L + "/capaian?tahun=2025&triwulan=2").body()).isEqualTo(terkunci);
        assertThat(pembaca.get(L + "/capaian?tahun=2025&triwulan=1").body()).contains("Nama baru");

        // reopening needs a reason, which the audit log keeps
        assertThat(admin.post(tw2 + "/buka", "{\"alasan\":\" \"}").statusCode()).isEqualTo(422);
        assertThat(admin.post(tw2 + "/buka", "{\"alasan\":\"Koreksi data WTU dari UPT Metrologi\"}").statusCode()).isEqualTo(200);
        assertThat(pemeriksa.get(L + "/jejak?entitas=persetujuan").body()).contains("Koreksi data WTU dari UPT Metrologi")
                .contains("\"pengguna\":\"admin.l\"");
        assertThat(pembaca.get(L + "/capaian?tahun=2025&triwulan=2").body()).contains("Nama baru");
    }

    @Test
    void aSignedPkKeepsItsTargets() {
        assertThat(pembaca.get(L + "/pk/2025").body()).contains("\"ditandatangani\":false").contains("40.71");
        assertThat(editor.post(L + "/pk/2025/tandatangani", "").statusCode()).isEqualTo(403);
        HttpResponse<String> signed = admin.post(L + "/pk/2025/tandatangani", "");
        assertThat(signed.statusCode()).isEqualTo(200);
        assertThat(signed.body()).contains("\"ditandatangani\":true").contains("27805047633");
        assertThat(admin.post(L + "/pk/2025/tandatangani", "").statusCode()).isEqualTo(409);

        long koperasi = indikatorId("IKU-S2-1");
        HttpResponse<String> ubahPk = editor.put(L + "/target", "[{\"indikatorId\":" + koperasi + ",\"tahun\":2025,\"jenis\":\"PK\",\"nilai\":45}]");
        assertThat(ubahPk.statusCode()).isEqualTo(409);
        assertThat(ubahPk.body()).contains("PK_PERUBAHAN");
        assertThat(editor.put(L + "/target", "[{\"indikatorId\":" + koperasi + ",\"tahun\":2025,\"jenis\":\"PK_PERUBAHAN\",\"nilai\":45}]")
                .statusCode()).isEqualTo(200);
        assertThat(pembaca.get(L + "/pk/2025").body()).contains("40.71").doesNotContain("\"target\":45");
        assertThat(pembaca.get(L + "/capaian?tahun=2025&triwulan=3").body()).contains("\"targetAcuan\":\"PK_PERUBAHAN\"");
    }

    @Test
    void theAuditLogSaysWhoChangedWhatAndCannotBeChanged() throws Exception {
        long wtu = indikatorId("P16-K1-1");
        assertThat(editor.put(L + "/realisasi", "[{\"indikatorId\":" + wtu + ",\"tahun\":2025,\"triwulan\":3,\"nilai\":900}]").statusCode())
                .isEqualTo(200);
        assertThat(editor.put(L + "/realisasi", "[{\"indikatorId\":" + wtu + ",\"tahun\":2025,\"triwulan\":3,\"nilai\":950}]").statusCode())
                .isEqualTo(200);
        HttpResponse<String> log = pemeriksa.get(L + "/jejak?entitas=realisasi&batas=5");
        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(app.list(log)).anySatisfy(j -> {
            assertThat(j.get("aksi")).isEqualTo("UPDATE");
            assertThat(j.get("pengguna")).isEqualTo("editor.l");
            assertThat(j.get("lama").toString()).contains("900");
            assertThat(j.get("baru").toString()).contains("950");
        });
        assertThat(pembaca.get(L + "/jejak").statusCode()).isEqualTo(403);
        assertThat(editor.get(L + "/jejak").statusCode()).isEqualTo(403);
        HttpResponse<String> csv = admin.get(L + "/jejak.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("waktu,pengguna,aksi").contains("\"editor.l\"");
        // the import that onboarded the dinas is one summary row
        assertThat(admin.get(L + "/jejak?entitas=dokumen").body()).contains("IMPOR");

        try (Connection c = TestDatabase.connect(url); var st = c.createStatement()) {
            assertThatThrownBy(() -> st.execute("UPDATE t_lumajang.jejak SET pengguna = 'siapa'")).hasMessageContaining("jejak audit");
            assertThatThrownBy(() -> st.execute("DELETE FROM t_lumajang.jejak")).hasMessageContaining("jejak audit");
        }
    }

    @Test
    void evidenceIsCheckedByContentAndStaysWithItsDinas() {
        app.provision("dinas-lain");
        long ind = indikatorId("P16-1");
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF".getBytes();
        HttpResponse<String> ok = editor.postMultipart(L + "/bukti", Map.of("indikatorId", "" + ind, "tahun", "2025", "triwulan", "3"),
                "berkas", "../../laporan wtu.pdf", pdf);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        long id = ((Number) app.object(ok).get("id")).longValue();
        assertThat(ok.body()).contains("\"namaBerkas\":\"laporan wtu.pdf\"").contains("application/pdf").doesNotContain("lokasi");

        byte[] exe = "MZ\u0090\u0000 this is a program".getBytes();
        HttpResponse<String> menyamar = editor.postMultipart(L + "/bukti", Map.of("indikatorId", "" + ind, "tahun", "2025"),
                "berkas", "bukti.pdf", exe);
        assertThat(menyamar.statusCode()).isEqualTo(422);
        assertThat(menyamar.body()).contains("jenis berkas tidak diizinkan");
        byte[] besar = new byte[11 * 1024 * 1024];
        System.arraycopy(pdf, 0, besar, 0, pdf.length);
        assertThat(editor.postMultipart(L + "/bukti", Map.of("indikatorId", "" + ind, "tahun", "2025"), "berkas", "besar.pdf", besar)
                .statusCode()).isIn(400, 413, 422);
        assertThat(pembaca.postMultipart(L + "/bukti", Map.of("indikatorId", "" + ind, "tahun", "2025"), "berkas", "x.pdf", pdf)
                .statusCode()).isEqualTo(403);

        HttpResponse<byte[]> unduh = pembaca.getBytes(L + "/bukti/" + id);
        assertThat(unduh.statusCode()).isEqualTo(200);
        assertThat(unduh.body()).isEqualTo(pdf);
        assertThat(unduh.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(unduh.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).startsWith("attachment"));
        assertThat(unduh.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("sandbox"));
        // another dinas, even its admin, does not reach it
        assertThat(app.get("/api/t/dinas-lain/bukti/" + id).statusCode()).isEqualTo(404);

        assertThat(editor.delete(L + "/bukti/" + id).statusCode()).isEqualTo(204);
        assertThat(pembaca.get(L + "/bukti/" + id).statusCode()).isEqualTo(404);
        assertThat(admin.get(L + "/jejak?entitas=bukti&entitasId=" + id).body()).contains("DELETE").contains("laporan wtu.pdf");
    }

    @Test
    void aQuarterUnderReviewFreezesEverythingItsFiguresComeFrom() {
        long ind = indikatorId("P16-1");
        long simpul = simpulId("P16");
        String tw3 = L + "/persetujuan/2025/3";
        String sebelum = pembaca.get(L + "/capaian?tahun=2025&triwulan=3").body();
        assertThat(editor.post(tw3 + "/ajukan", "").statusCode()).isEqualTo(200);
        try {
            // an earlier quarter, the whole year, annual and quarterly targets and budgets all feed TW III
            for (String[] tulis : new String[][]{
                    {"/realisasi", "[{\"indikatorId\":" + ind + ",\"tahun\":2025,\"triwulan\":2,\"nilai\":1}]"},
                    {"/realisasi", "[{\"indikatorId\":" + ind + ",\"tahun\":2025,\"nilai\":999}]"},
                    {"/target", "[{\"indikatorId\":" + ind + ",\"tahun\":2025,\"jenis\":\"RENJA\",\"nilai\":1}]"},
                    {"/target", "[{\"indikatorId\":" + ind + ",\"tahun\":2025,\"triwulan\":3,\"nilai\":1}]"},
                    {"/anggaran", "[{\"simpulId\":" + simpul + ",\"tahun\":2025,\"baris\":[{\"jumlah\":1}]}]"}}) {
                HttpResponse<String> r = editor.put(L + tulis[0], tulis[1]);
                assertThat(r.statusCode()).as(tulis[1]).isEqualTo(409);
                assertThat(r.body()).contains("DIAJUKAN");
            }
            // the evidence of the quarter stays as it was submitted
            byte[] pdf = "%PDF-1.4\n%%EOF".getBytes();
            assertThat(editor.postMultipart(L + "/bukti", Map.of("indikatorId", "" + ind, "tahun", "2025", "triwulan", "3"),
                    "berkas", "baru.pdf", pdf).statusCode()).isEqualTo(409);
            assertThat(pembaca.get(L + "/capaian?tahun=2025&triwulan=3").body()).isEqualTo(sebelum);
            // an import bringing figures of those quarters is refused with the rule's meaning, not the trigger's text
            HttpResponse<String> impor = admin.post(L + "/import?mode=GABUNG", admin.get(L + "/export").body());
            assertThat(impor.statusCode()).isEqualTo(422);
            assertThat(impor.body()).contains("DIAJUKAN").doesNotContain("ERROR").doesNotContain("PL/pgSQL")
                    .doesNotContain("Where:").doesNotContain("INSERT");
            // the next year is not under review
            assertThat(editor.put(L + "/target", "[{\"indikatorId\":" + ind + ",\"tahun\":2026,\"triwulan\":1,\"nilai\":1}]")
                    .statusCode()).isEqualTo(200);
        } finally {
            assertThat(pemeriksa.post(tw3 + "/kembalikan", "{\"alasan\":\"Cukup diuji\"}").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void replacingTheFrameworkDoesNotSilentlyDropEvidence() {
        long ind = indikatorId("P16-1");
        HttpResponse<String> bukti = editor.postMultipart(L + "/bukti", Map.of("indikatorId", "" + ind, "tahun", "2025", "triwulan", "1"),
                "berkas", "wtu.pdf", "%PDF-1.4\n%%EOF".getBytes());
        assertThat(bukti.statusCode()).isEqualTo(201);
        long id = ((Number) app.object(bukti).get("id")).longValue();
        try {
            String dokumen = admin.get(L + "/export").body();
            HttpResponse<String> ganti = admin.post(L + "/import?mode=GANTI", dokumen);
            assertThat(ganti.statusCode()).isEqualTo(409);
            assertThat(ganti.body()).contains("\"field\":\"mode\"").contains("1 berkas bukti");
            assertThat(pembaca.get(L + "/bukti/" + id).statusCode()).isEqualTo(200);
            assertThat(indikatorId("P16-1")).isEqualTo(ind); // nothing was replaced
        } finally {
            assertThat(editor.delete(L + "/bukti/" + id).statusCode()).isEqualTo(204);
        }
    }

    private static long simpulId(String kode) {
        for (Map<String, Object> p : app.list(app.get(L + "/periode"))) {
            for (Map<String, Object> s : app.list(app.get(L + "/periode/" + p.get("id") + "/simpul"))) {
                if (kode.equals(s.get("kode"))) {
                    return ((Number) s.get("id")).longValue();
                }
            }
        }
        throw new AssertionError("no node " + kode);
    }

    private static long indikatorId(String kode) {
        String export = app.get(L + "/export").body();
        List<Map<String, Object>> periode = app.list(app.get(L + "/periode"));
        for (Map<String, Object> p : periode) {
            for (Map<String, Object> s : app.list(app.get(L + "/periode/" + p.get("id") + "/simpul"))) {
                for (Map<String, Object> i : app.list(app.get(L + "/simpul/" + s.get("id") + "/indikator"))) {
                    Map<String, Object> ind = i;
                    if (kode.equals(ind.get("kode"))) {
                        return ((Number) ind.get("id")).longValue();
                    }
                }
            }
        }
        throw new AssertionError("no indicator " + kode + " in " + export.length());
    }

    private static long versi(long indikatorId) {
        @SuppressWarnings("unchecked")
        Map<String, Object> ind = app.object(app.get(L + "/indikator/" + indikatorId));
        return ((Number) ind.get("version")).longValue();
    }
}
