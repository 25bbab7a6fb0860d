package id.kinerja.server.api;

import id.kinerja.server.RunningKinerja;
import id.kinerja.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The IKU domain through the real HTTP stack: building a framework, bulk figures, capaian, errors. */
class KerangkaApiTest {

    static String url;
    static RunningKinerja app;
    static final String A = "/api/t/dinas-a";
    static final String B = "/api/t/dinas-b";

    @BeforeAll
    static void start() {
        url = TestDatabase.createDatabase();
        app = RunningKinerja.start(TestDatabase.properties(url));
        app.provision("dinas-a");
        app.provision("dinas-b");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void buildsAFrameworkAndComputesCapaianExactly() {
        long periode = id(created(app.post(A + "/periode", "{\"nama\":\"Renstra 2025-2029\",\"tahunAwal\":2025,\"tahunAkhir\":2029}")));
        long tujuan = id(created(app.post(A + "/simpul", node(periode, null, "TUJUAN", "T1"))));
        long sasaran = id(created(app.post(A + "/simpul", node(periode, tujuan, "SASARAN", "S1"))));
        Map<String, Object> iku = created(app.post(A + "/simpul/" + sasaran + "/indikator", """
                {"kode":"IKU-1","nama":"Persentase koperasi yang taat","satuan":"%","iku":true,
                 "formula":"jumlah_koperasi_rat / jumlah_koperasi * 100",
                 "komponen":[{"nama":"jumlah_koperasi_rat","label":"Koperasi yang RAT"},
                             {"nama":"jumlah_koperasi","label":"Jumlah koperasi"}]}"""));
        long ikuId = id(iku);
        // creating answers the indicator itself: its fields and components in one object, no wrapper
        assertThat(iku).containsEntry("kode", "IKU-1").containsEntry("iku", true).doesNotContainKey("indikator");
        assertThat((List<?>) iku.get("komponen")).hasSize(2);

        HttpResponse<String> tgt = app.put(A + "/target", "[{\"indikatorId\":" + ikuId + ",\"tahun\":2025,\"jenis\":\"PK\",\"nilai\":40.71}]");
        assertThat(tgt.statusCode()).isEqualTo(200);
        // a bulk write says what it created: the new rows' ids
        Object targetId = ((Map<?, ?>) ((List<?>) app.object(app.get(A + "/indikator/" + ikuId + "/target")).get("tahunan")).getFirst()).get("id");
        assertThat(app.object(tgt)).containsEntry("disimpan", 1).containsEntry("dibuat", List.of(targetId));
        HttpResponse<String> real = app.put(A + "/realisasi", "[{\"indikatorId\":" + ikuId + ",\"tahun\":2025,\"triwulan\":1,\"nilai\":25},"
                + "{\"indikatorId\":" + ikuId + ",\"tahun\":2025,\"triwulan\":2,\"nilai\":4,"
                + "\"komponen\":{\"jumlah_koperasi_rat\":214,\"jumlah_koperasi\":737}}]");
        assertThat(real.statusCode()).as(real.body()).isEqualTo(200);
        assertThat((List<?>) app.object(real).get("dibuat")).hasSize(2);

        HttpResponse<String> capaian = app.get(A + "/capaian?tahun=2025&triwulan=2");
        assertThat(capaian.statusCode()).as(capaian.body()).isEqualTo(200);
        // full precision as JSON numbers
        assertThat(capaian.body()).contains("\"realisasi\":29.03663500678426051560379918588874")
                .contains("\"capaian\":71.32555884741896466618471919894065")
                .contains("\"kategori\":\"Sedang\"");

        // one indicator without walking the tree: the same numbers
        HttpResponse<String> satu = app.get(A + "/capaian/indikator/" + ikuId + "?tahun=2025&triwulan=2");
        assertThat(satu.statusCode()).as(satu.body()).isEqualTo(200);
        assertThat(app.object(satu)).containsEntry("kode", "IKU-1").containsEntry("kategori", "Sedang");
        assertThat(satu.body()).contains("\"capaian\":71.32555884741896466618471919894065");
        assertThat(app.get(A + "/capaian/indikator/99999999?tahun=2025&triwulan=2").statusCode()).isEqualTo(404);
        // stored figures come back tidy, as capaian writes them: one number format
        HttpResponse<String> tersimpan = app.get(A + "/indikator/" + ikuId + "/realisasi");
        assertThat(app.list(tersimpan)).allSatisfy(r -> assertThat(r).containsEntry("indikatorId", (int) ikuId).containsKey("komponen"));
        assertThat(tersimpan.body()).contains("\"jumlah_koperasi\":737", "\"jumlah_koperasi_rat\":214", "\"nilai\":25")
                .doesNotContain("0000000000", "E-10");
        assertThat(app.get(A + "/indikator/" + ikuId + "/target").body()).contains("\"nilai\":40.71").doesNotContain("40.7100");

        HttpResponse<String> kosong = app.get(A + "/capaian?tahun=2026&triwulan=1");
        assertThat(kosong.body()).contains("\"capaian\":null").contains("belum diketahui: belum ada realisasi");

        HttpResponse<String> riwayat = app.get(A + "/indikator/" + ikuId + "/riwayat");
        assertThat(riwayat.statusCode()).isEqualTo(200);
        assertThat(riwayat.body()).contains("\"tahun\":2025");
    }

    /** The struktur organisasi: units placed under units, a cycle refused; staff and sarana per year. */
    @Test
    void strukturPegawaiDanSarana() {
        long kepala = id(created(app.post(B + "/unit-kerja", "{\"kode\":\"KD\",\"nama\":\"Kepala Dinas\"}")));
        Map<String, Object> sek = created(app.post(B + "/unit-kerja", "{\"kode\":\"SEK\",\"nama\":\"Sekretariat\"}"));
        long sekId = id(sek);
        HttpResponse<String> pindah = app.put(B + "/unit-kerja/" + sekId, "{\"nama\":\"Sekretariat\",\"parentId\":" + kepala
                + ",\"urutan\":1,\"tugas\":\"merencanakan\",\"fungsi\":[\"penyusunan program\"],\"version\":0}");
        assertThat(pindah.statusCode()).as(pindah.body()).isEqualTo(200);
        assertThat(pindah.body()).contains("\"parentId\":" + kepala, "penyusunan program");
        // the head placed under its own sekretariat would close a cycle
        HttpResponse<String> lingkar = app.put(B + "/unit-kerja/" + kepala,
                "{\"nama\":\"Kepala Dinas\",\"parentId\":" + sekId + ",\"urutan\":0,\"version\":0}");
        assertThat(lingkar.statusCode()).as(lingkar.body()).isEqualTo(422);
        assertThat(lingkar.body()).contains("parentId", "di bawah unit di bawahnya sendiri");
        HttpResponse<String> basi = app.put(B + "/unit-kerja/" + sekId, "{\"nama\":\"Sekretariat\",\"urutan\":1,\"version\":0}");
        assertThat(basi.statusCode()).isEqualTo(409);
        assertThat(app.get(B + "/unit-kerja/susunan").body()).matches("(?s).*Kepala Dinas.*Sekretariat.*");

        HttpResponse<String> salah = app.put(B + "/pegawai?tahun=2025", "[{\"jabatan\":\"Kepala\",\"lakiLaki\":1,\"perempuan\":0,"
                + "\"pns\":1,\"pppk\":0,\"kontrak\":0,\"sd\":0,\"smp\":0,\"sma\":0,\"diploma\":0,\"s1\":0,\"s2\":0,\"s3\":0}]");
        assertThat(salah.statusCode()).as(salah.body()).isEqualTo(422);
        assertThat(salah.body()).contains("jumlah menurut pendidikan = 0");
        HttpResponse<String> pegawai = app.put(B + "/pegawai?tahun=2025", "[{\"jabatan\":\"Kepala\",\"lakiLaki\":1,\"perempuan\":0,"
                + "\"pns\":1,\"pppk\":0,\"kontrak\":0,\"sd\":0,\"smp\":0,\"sma\":0,\"diploma\":0,\"s1\":0,\"s2\":1,\"s3\":0}]");
        assertThat(pegawai.statusCode()).as(pegawai.body()).isEqualTo(200);
        assertThat(app.get(B + "/pegawai?tahun=2025").body()).contains("\"jabatan\":\"Kepala\"", "\"s2\":1");
        HttpResponse<String> sarana = app.put(B + "/sarana?tahun=2025",
                "[{\"nama\":\"Laptop\",\"satuan\":\"Unit\",\"jumlah\":22,\"kondisi\":\"Rusak ringan\"}]");
        assertThat(sarana.statusCode()).as(sarana.body()).isEqualTo(200);
        assertThat(app.get(B + "/sarana?tahun=2025").body()).contains("Laptop", "\"jumlah\":22");
        assertThat(app.get(A + "/sarana?tahun=2025").body()).isEqualTo("[]");
    }

    @Test
    void theScaleIsPerTenant() {
        HttpResponse<String> bad = app.put(B + "/skala", "[{\"batasBawah\":50,\"label\":\"Baik\"},{\"batasBawah\":60,\"label\":\"X\"}]");
        assertThat(bad.statusCode()).isEqualTo(422);
        HttpResponse<String> ok = app.put(B + "/skala", "[{\"batasBawah\":80,\"label\":\"Baik\"},{\"batasBawah\":null,\"label\":\"Kurang\"}]");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(app.get(B + "/skala").body()).contains("Baik").doesNotContain("Sangat Tinggi");
        assertThat(app.get(A + "/skala").body()).contains("Sangat Tinggi");
    }

    @Test
    void theOpenApiDocumentDescribesTheRoutes() {
        HttpResponse<String> doc = app.get("/api/openapi.yml");
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.body()).contains("openapi: 3").contains("/api/t/{slug}/capaian").contains("/api/t/{slug}/realisasi");
        // usable by a client generator: named operations, a security scheme, 201 where the route answers 201
        assertThat(doc.body()).contains("operationId: daftarIndikator", "operationId: buatIndikator",
                        "operationId: bacaCapaianIndikator", "securitySchemes:", "scheme: bearer")
                .doesNotContainPattern("operationId: \\w+_\\d");
        for (String dibuat : List.of("buatDinas", "buatIndikator", "buatPeriode")) {
            int i = doc.body().indexOf("operationId: " + dibuat);
            String operasi = doc.body().substring(i, doc.body().indexOf("operationId:", i + 12));
            assertThat(operasi).as(dibuat).contains("201").doesNotContain("\"200\"");
        }
    }

    @Test
    void formulasAreCheckedWhenSaved() {
        long sasaran = sasaranBaru("S-RUMUS");
        HttpResponse<String> r = app.post(A + "/simpul/" + sasaran + "/indikator", """
                {"kode":"X","nama":"X","satuan":"%","formula":"a / b * 100","komponen":[{"nama":"a","label":"A"}]}""");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("\"field\":\"formula\"").contains("'b' tidak dikenal");
        HttpResponse<String> syntax = app.post(A + "/simpul/" + sasaran + "/indikator", """
                {"kode":"X","nama":"X","satuan":"%","formula":"a / (a * 100","komponen":[{"nama":"a","label":"A"}]}""");
        assertThat(syntax.statusCode()).isEqualTo(422);
        assertThat(syntax.body()).contains("\"field\":\"formula\"");
    }

    @Test
    void idsOfAnotherTenantAre404() {
        long sasaranA = sasaranBaru("S-A404");
        long ind = id(created(app.post(A + "/simpul/" + sasaranA + "/indikator", "{\"kode\":\"I\",\"nama\":\"I\",\"satuan\":\"%\"}")));
        assertThat(app.get(B + "/simpul/" + sasaranA).statusCode()).isEqualTo(404);
        assertThat(app.get(B + "/indikator/" + ind).statusCode()).isEqualTo(404);
        assertThat(app.get(B + "/indikator/" + ind + "/riwayat").statusCode()).isEqualTo(404);
        assertThat(app.put(B + "/indikator/" + ind, "{\"kode\":\"I\",\"nama\":\"I\",\"satuan\":\"%\",\"version\":0}").statusCode())
                .isEqualTo(404);
        assertThat(app.send(HttpRequest.newBuilder(app.uri(B + "/indikator/" + ind)).DELETE().build()).statusCode())
                .isEqualTo(404);
        // referenced from a body: unknown here, named by its path
        HttpResponse<String> bulk = app.put(B + "/target", "[{\"indikatorId\":" + ind + ",\"tahun\":2025,\"jenis\":\"PK\",\"nilai\":1}]");
        assertThat(bulk.statusCode()).isEqualTo(422);
        assertThat(bulk.body()).contains("\"field\":\"[0].indikatorId\"");
        // and A's indicator is untouched
        assertThat(app.get(A + "/indikator/" + ind).statusCode()).isEqualTo(200);
    }

    @Test
    void staleEditsConflictAndBulkWritesAreAllOrNothing() throws Exception {
        long sasaran = sasaranBaru("S-409");
        Map<String, Object> s = app.object(app.get(A + "/simpul/" + sasaran));
        String ubah = "{\"kode\":\"S-409\",\"nama\":\"Diubah\",\"version\":" + s.get("version") + "}";
        assertThat(app.put(A + "/simpul/" + sasaran, ubah).statusCode()).isEqualTo(200);
        HttpResponse<String> stale = app.put(A + "/simpul/" + sasaran, ubah);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("\"field\":\"version\"");

        long ind = id(created(app.post(A + "/simpul/" + sasaran + "/indikator", "{\"kode\":\"I\",\"nama\":\"I\",\"satuan\":\"%\"}")));
        HttpResponse<String> bulk = app.put(A + "/realisasi", "[{\"indikatorId\":" + ind + ",\"tahun\":2025,\"triwulan\":1,\"nilai\":10},"
                + "{\"indikatorId\":" + ind + ",\"tahun\":2025,\"triwulan\":2,\"komponen\":{\"tidak_ada\":1}}]");
        assertThat(bulk.statusCode()).isEqualTo(422);
        assertThat(bulk.body()).contains("\"field\":\"[1].komponen.tidak_ada\"");
        try (Connection c = TestDatabase.connect(url); var st = c.createStatement()) {
            var rs = st.executeQuery("SELECT count(*) FROM t_dinas_a.realisasi WHERE indikator_id = " + ind);
            rs.next();
            assertThat(rs.getLong(1)).as("nothing half-written").isZero();
        }
        HttpResponse<String> belum = app.put(A + "/realisasi", "[{\"indikatorId\":" + ind + ",\"tahun\":2025,\"triwulan\":1,"
                + "\"status\":\"BELUM_TERSEDIA\"}]");
        assertThat(belum.statusCode()).isEqualTo(422);
        assertThat(belum.body()).contains("\"field\":\"[0].alasan\"");
        HttpResponse<String> huge = app.put(A + "/realisasi", "[{\"indikatorId\":" + ind + ",\"tahun\":2025,\"triwulan\":9,\"nilai\":1e30}]");
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(huge.body()).contains("triwulan").contains("nilai");
    }

    @Test
    void theNodesOfAPeriodComeInTreeOrder() {
        long periode = id(created(app.post(A + "/periode", "{\"nama\":\"Periode urutan\",\"tahunAwal\":2021}")));
        long t1 = id(created(app.post(A + "/simpul", node(periode, null, "TUJUAN", "U-T1"))));
        long t2 = id(created(app.post(A + "/simpul", node(periode, null, "TUJUAN", "U-T2"))));
        long s1 = id(created(app.post(A + "/simpul", node(periode, t1, "SASARAN", "U-S1"))));
        app.post(A + "/simpul", node(periode, s1, "PROGRAM", "U-P1"));
        app.post(A + "/simpul", node(periode, t2, "SASARAN", "U-S2"));
        app.post(A + "/simpul", node(periode, t1, "SASARAN", "U-S3"));
        // each node before the nodes under it, siblings in their order; sorting by level or urutan would not give this
        assertThat(app.list(app.get(A + "/periode/" + periode + "/simpul"))).extracting(n -> n.get("kode"))
                .containsExactly("U-T1", "U-S1", "U-P1", "U-S3", "U-T2", "U-S2");
    }

    @Test
    void deletingANodeWithDataNeedsCascadeAndMovesKeepTheLevels() {
        long periode = id(created(app.post(A + "/periode", "{\"nama\":\"Periode hapus\",\"tahunAwal\":2020}")));
        long t1 = id(created(app.post(A + "/simpul", node(periode, null, "TUJUAN", "H-T1"))));
        long t2 = id(created(app.post(A + "/simpul", node(periode, null, "TUJUAN", "H-T2"))));
        long s1 = id(created(app.post(A + "/simpul", node(periode, t1, "SASARAN", "H-S1"))));
        long p1 = id(created(app.post(A + "/simpul", node(periode, s1, "PROGRAM", "H-P1"))));
        assertThat(app.post(A + "/simpul", node(periode, t1, "PROGRAM", "SALAH")).statusCode()).isEqualTo(422);

        // move the sasaran under the other tujuan; a program cannot go under a tujuan
        Map<String, Object> s = app.object(app.get(A + "/simpul/" + s1));
        HttpResponse<String> moved = app.post(A + "/simpul/" + s1 + "/pindah", "{\"parentId\":" + t2 + ",\"version\":" + s.get("version") + "}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(app.object(moved)).containsEntry("parentId", (int) t2);
        Map<String, Object> p = app.object(app.get(A + "/simpul/" + p1));
        assertThat(app.post(A + "/simpul/" + p1 + "/pindah", "{\"parentId\":" + t2 + ",\"version\":" + p.get("version") + "}")
                .statusCode()).isEqualTo(422);

        HttpResponse<String> refused = app.send(HttpRequest.newBuilder(app.uri(A + "/simpul/" + t2)).DELETE().build());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("cascade=true");
        assertThat(app.get(A + "/simpul/" + p1).statusCode()).isEqualTo(200);
        HttpResponse<String> cascaded = app.send(HttpRequest.newBuilder(app.uri(A + "/simpul/" + t2 + "?cascade=true")).DELETE().build());
        assertThat(cascaded.statusCode()).isEqualTo(204);
        assertThat(app.get(A + "/simpul/" + p1).statusCode()).isEqualTo(404);
        assertThat(app.list(app.get(A + "/periode/" + periode + "/simpul"))).extracting(n -> n.get("kode")).containsExactly("H-T1");
    }

    @Test
    void anIndicatorMovesToANodeOfTheSameLevelWithItsTargets() throws Exception {
        long periode = id(created(app.post(A + "/periode", "{\"nama\":\"Periode pindah\",\"tahunAwal\":2025}")));
        long t1 = id(created(app.post(A + "/simpul", node(periode, null, "TUJUAN", "M-T1"))));
        long s1 = id(created(app.post(A + "/simpul", node(periode, t1, "SASARAN", "M-S1"))));
        long s2 = id(created(app.post(A + "/simpul", node(periode, t1, "SASARAN", "M-S2"))));
        long i1 = id(created(app.post(A + "/simpul/" + s1 + "/indikator", "{\"kode\":\"M-1\",\"nama\":\"Satu\"}")));
        long i2 = id(created(app.post(A + "/simpul/" + s1 + "/indikator", "{\"kode\":\"M-2\",\"nama\":\"Dua\"}")));
        long j1 = id(created(app.post(A + "/simpul/" + s2 + "/indikator", "{\"kode\":\"M-3\",\"nama\":\"Tiga\"}")));
        assertThat(app.put(A + "/target", "[{\"indikatorId\":" + i1 + ",\"tahun\":2025,\"jenis\":\"PK\",\"nilai\":7}]").statusCode())
                .isEqualTo(200);
        Object v1 = app.object(app.get(A + "/indikator/" + i1)).get("version");

        // a level other than its own, or a node of another dinas, is refused on simpulId; nothing moves
        HttpResponse<String> salahTingkat = app.post(A + "/indikator/" + i1 + "/pindah", "{\"simpulId\":" + t1 + ",\"version\":" + v1 + "}");
        assertThat(salahTingkat.statusCode()).as(salahTingkat.body()).isEqualTo(422);
        assertThat(salahTingkat.body()).contains("\"field\":\"simpulId\"").contains("bukan ke tujuan");
        long lain = sasaranDi(B);
        HttpResponse<String> dinasLain = app.post(A + "/indikator/" + i1 + "/pindah", "{\"simpulId\":" + lain + ",\"version\":" + v1 + "}");
        assertThat(dinasLain.statusCode()).isEqualTo(422);
        assertThat(dinasLain.body()).contains("\"field\":\"simpulId\"");
        assertThat(app.post(B + "/indikator/" + i1 + "/pindah", "{\"simpulId\":" + lain + ",\"version\":" + v1 + "}").statusCode())
                .isEqualTo(404);

        // to the front of the other sasaran: targets go along, both nodes are numbered again
        HttpResponse<String> moved = app.post(A + "/indikator/" + i1 + "/pindah", "{\"simpulId\":" + s2 + ",\"urutan\":0,\"version\":" + v1 + "}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(app.object(moved)).containsEntry("simpulId", (int) s2).containsEntry("urutan", 0);
        assertThat(app.list(app.get(A + "/simpul/" + s2 + "/indikator"))).extracting(m -> m.get("kode"))
                .containsExactly("M-1", "M-3");
        assertThat(app.list(app.get(A + "/simpul/" + s1 + "/indikator"))).extracting(m -> m.get("urutan"))
                .containsExactly(0);
        assertThat(app.object(app.get(A + "/indikator/" + i2))).containsEntry("urutan", 0);
        assertThat(app.get(A + "/indikator/" + i1 + "/target").body()).contains("\"nilai\":7");
        assertThat(app.object(app.get(A + "/indikator/" + j1))).containsEntry("urutan", 1);

        // the old version is stale now; the move is in the audit log
        HttpResponse<String> stale = app.post(A + "/indikator/" + i1 + "/pindah", "{\"simpulId\":" + s1 + ",\"version\":" + v1 + "}");
        assertThat(stale.statusCode()).isEqualTo(409);
        try (Connection c = TestDatabase.connect(url); var st = c.createStatement()) {
            var rs = st.executeQuery("SELECT baru ->> 'simpul_id' FROM t_dinas_a.jejak WHERE entitas = 'indikator' AND aksi = 'UPDATE'"
                    + " AND entitas_id = " + i1 + " AND baru ->> 'simpul_id' IS NOT NULL");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(s2);
        }
    }

    @Test
    void aTargetExpectedEmptyOrStillThereIsStaleWhenItIsNot() {
        long sasaran = sasaranBaru("S-BARU");
        long ind = id(created(app.post(A + "/simpul/" + sasaran + "/indikator", "{\"kode\":\"B\",\"nama\":\"B\"}")));
        String baru = "[{\"indikatorId\":" + ind + ",\"tahun\":2025,\"triwulan\":1,\"nilai\":5,\"baru\":true}]";
        assertThat(app.put(A + "/target", baru).statusCode()).isEqualTo(200);
        HttpResponse<String> lagi = app.put(A + "/target", baru.replace("\"nilai\":5", "\"nilai\":6"));
        assertThat(lagi.statusCode()).as(lagi.body()).isEqualTo(409);
        assertThat(lagi.body()).contains("sudah diisi orang lain");
        assertThat(app.put(A + "/target", baru.replace("\"baru\":true", "\"baru\":true,\"version\":0")).statusCode())
                .isEqualTo(422);
        // a target deleted meanwhile is not brought back by an edit of the old version
        Object v = ((Map<?, ?>) ((java.util.List<?>) app.object(app.get(A + "/indikator/" + ind + "/target")).get("triwulan")).getFirst())
                .get("version");
        assertThat(app.put(A + "/target", "[{\"indikatorId\":" + ind + ",\"tahun\":2025,\"triwulan\":1,\"nilai\":null}]")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> hidup = app.put(A + "/target", "[{\"indikatorId\":" + ind + ",\"tahun\":2025,\"triwulan\":1,"
                + "\"nilai\":7,\"version\":" + v + "}]");
        assertThat(hidup.statusCode()).as(hidup.body()).isEqualTo(409);
        assertThat(hidup.body()).contains("sudah dihapus orang lain");
    }

    @Test
    void badQueriesAndBodiesGet400NotAStackTrace() {
        assertThat(app.get(A + "/capaian?tahun=2025&triwulan=5").statusCode()).isEqualTo(400);
        assertThat(app.get(A + "/capaian?tahun=2025").statusCode()).isEqualTo(400);
        HttpResponse<String> noYear = app.get(A + "/capaian?tahun=abc&triwulan=1");
        assertThat(noYear.statusCode()).isEqualTo(400);
        assertThat(noYear.body()).doesNotContain("Exception").contains("\"status\":400");
        HttpResponse<String> badEnum = app.post(A + "/simpul", "{\"periodeId\":1,\"tingkat\":\"DESA\",\"kode\":\"x\",\"nama\":\"x\"}");
        assertThat(badEnum.statusCode()).isEqualTo(400);
        assertThat(badEnum.body()).doesNotContain("java.");
        assertThat(app.get(A + "/capaian?tahun=1800&triwulan=1").statusCode()).isEqualTo(400);
    }

    private static long sasaranBaru(String kode) {
        long periode = id(created(app.post(A + "/periode", "{\"nama\":\"P " + kode + "\",\"tahunAwal\":2025}")));
        long tujuan = id(created(app.post(A + "/simpul", node(periode, null, "TUJUAN", "T-" + kode))));
        return id(created(app.post(A + "/simpul", node(periode, tujuan, "SASARAN", kode))));
    }

    private static long sasaranDi(String dinas) {
        long periode = id(created(app.post(dinas + "/periode", "{\"nama\":\"P lain\",\"tahunAwal\":2025}")));
        long tujuan = id(created(app.post(dinas + "/simpul", node(periode, null, "TUJUAN", "T-LAIN"))));
        return id(created(app.post(dinas + "/simpul", node(periode, tujuan, "SASARAN", "S-LAIN"))));
    }

    private static String node(long periode, Long parent, String tingkat, String kode) {
        return "{\"periodeId\":" + periode + ",\"parentId\":" + parent + ",\"tingkat\":\"" + tingkat + "\",\"kode\":\"" + kode
                + "\",\"nama\":\"" + tingkat + " " + kode + "\"}";
    }

    private static Map<String, Object> created(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return app.object(r);
    }


    private static long id(Map<String, Object> m) {
        return ((Number) m.get("id")).longValue();
    }
}
