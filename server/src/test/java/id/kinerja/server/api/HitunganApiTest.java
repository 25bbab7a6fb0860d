package id.kinerja.server.api;

import id.kinerja.server.RunningKinerja;
import id.kinerja.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * What a formula may compute, over HTTP: a formula that would run for minutes is refused when saved and, if one
 * is already stored, cannot hold the server or a connection; a value that cannot be computed is unknown with its
 * reason, never a 500 for the whole dinas.
 */
class HitunganApiTest {

    static final String D = "/api/t/dinas-hitung";
    static String url;
    static RunningKinerja app;
    static long simpul;

    @BeforeAll
    static void start() {
        url = TestDatabase.createDatabase();
        app = RunningKinerja.start(TestDatabase.properties(url));
        app.provision("dinas-hitung");
        long periode = id(app.post(D + "/periode", "{\"nama\":\"Renstra 2025-2029\",\"tahunAwal\":2025,\"tahunAkhir\":2029}"));
        simpul = id(app.post(D + "/simpul", "{\"periodeId\":" + periode + ",\"tingkat\":\"TUJUAN\",\"kode\":\"T1\",\"nama\":\"Tujuan\"}"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aFormulaThatWouldRunForeverIsRefusedAndAStoredOneCannotHoldTheServer() throws Exception {
        HttpResponse<String> pangkat = tambah("H1", "a^99999999", "a");
        assertThat(pangkat.statusCode()).isEqualTo(422);
        assertThat(pangkat.body()).contains("\"field\":\"formula\"")
                .contains("karakter ke-2 ('^'): pangkat harus bilangan bulat tetap antara -100 dan 100");
        HttpResponse<String> kurung = tambah("H2", "a / (a * 100", "a");
        assertThat(kurung.statusCode()).isEqualTo(422);
        assertThat(kurung.body()).contains("karakter ke-5 ('('): kurung '(' tidak ditutup");

        long i = indikator(tambah("H3", "a * 2", "a"));
        assertThat(app.put(D + "/realisasi", "[{\"indikatorId\":" + i + ",\"tahun\":2025,\"triwulan\":1,\"komponen\":{\"a\":10}}]")
                .statusCode()).isEqualTo(200);
        try (Connection c = TestDatabase.connect(url); var st = c.createStatement()) {
            // as if saved before formulas were bounded
            st.execute("SET search_path TO t_dinas_hitung");
            st.executeUpdate("UPDATE indikator SET formula = 'a^99999999' WHERE id = " + i);
        }
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            HttpResponse<String> capaian = app.get(D + "/capaian?tahun=2025&triwulan=1");
            assertThat(capaian.statusCode()).isEqualTo(200);
            assertThat(indikatorDi(capaian, i).get("peringatan").toString()).contains("rumus tidak valid").contains("pangkat");
            assertThat(app.get(D + "/indikator/" + i + "/riwayat").statusCode()).isEqualTo(200);
        });
        try (Connection c = TestDatabase.connect(url); var st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                     + " AND state LIKE 'idle in transaction%'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void aZeroDenominatorMakesOneValueUnknownWithItsReasonAndSparesTheRest() {
        long rasio = indikator(tambah("Z1", "x / y * 100", "x", "y"));
        long tetangga = indikator(tambah("Z2", null));
        assertThat(app.put(D + "/target", "[{\"indikatorId\":" + rasio + ",\"tahun\":2025,\"jenis\":\"PK\",\"nilai\":50},"
                + "{\"indikatorId\":" + tetangga + ",\"tahun\":2025,\"jenis\":\"PK\",\"nilai\":10}]").statusCode()).isEqualTo(200);
        assertThat(app.put(D + "/realisasi", "[{\"indikatorId\":" + rasio + ",\"tahun\":2025,\"triwulan\":1,"
                + "\"komponen\":{\"x\":0,\"y\":0}},{\"indikatorId\":" + tetangga + ",\"tahun\":2025,\"triwulan\":1,\"nilai\":5}]")
                .statusCode()).isEqualTo(200);

        HttpResponse<String> capaian = app.get(D + "/capaian?tahun=2025&triwulan=1");
        assertThat(capaian.statusCode()).as(capaian.body()).isEqualTo(200);
        Map<String, Object> r = indikatorDi(capaian, rasio);
        assertThat(r.get("realisasi")).isNull();
        assertThat(r.get("capaian")).isNull();
        assertThat(r.get("keterangan")).isEqualTo("belum diketahui: pembagian dengan nol");
        assertThat(((Number) indikatorDi(capaian, tetangga).get("capaian")).intValue()).isEqualTo(50);

        HttpResponse<String> riwayat = app.get(D + "/indikator/" + rasio + "/riwayat");
        assertThat(riwayat.statusCode()).as(riwayat.body()).isEqualTo(200);
        assertThat(riwayat.body()).contains("pembagian dengan nol");
    }

    private static HttpResponse<String> tambah(String kode, String formula, String... komponen) {
        StringBuilder k = new StringBuilder();
        for (String n : komponen) {
            k.append(k.isEmpty() ? "" : ",").append("{\"nama\":\"").append(n).append("\",\"label\":\"").append(n).append("\"}");
        }
        return app.post(D + "/simpul/" + simpul + "/indikator", "{\"kode\":\"" + kode + "\",\"nama\":\"Indikator " + kode
                + "\",\"agregasi\":\"TERAKHIR\"" + (formula == null ? "" : ",\"formula\":\"" + formula + "\"")
                + ",\"komponen\":[" + k + "]}");
    }

    @SuppressWarnings("unchecked")
    private static long indikator(HttpResponse<String> dibuat) {
        assertThat(dibuat.statusCode()).as(dibuat.body()).isEqualTo(201);
        return ((Number) app.object(dibuat).get("id")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> indikatorDi(HttpResponse<String> capaian, long id) {
        List<Map<String, Object>> tujuan = (List<Map<String, Object>>) app.object(capaian).get("tujuan");
        return ((List<Map<String, Object>>) tujuan.getFirst().get("indikator")).stream()
                .filter(i -> ((Number) i.get("id")).longValue() == id).findFirst().orElseThrow();
    }

    private static long id(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ((Number) app.object(created).get("id")).longValue();
    }
}
