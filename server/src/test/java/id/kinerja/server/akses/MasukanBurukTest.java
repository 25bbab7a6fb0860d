package id.kinerja.server.akses;

import id.kinerja.pengguna.Izin;
import id.kinerja.pengguna.Peran;
import id.kinerja.server.RunningKinerja;
import id.kinerja.server.api.Akses;
import id.kinerja.server.api.Publik;
import id.kinerja.testing.TestDatabase;
import io.micronaut.json.JsonMapper;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input to every write route (from Micronaut's route list): malformed JSON, wrong types, huge and negative
 * numbers, overlong strings, formula and script strings. Zero 5xx; every refusal a JSON error with a message;
 * a refused request changes nothing. Then a valid body for each write route with data behind it, spoiled one field
 * at a time (a NUL character in text, {@code true} for a number, {@code 1} for a yes/no, a date out of range) and
 * all fields at once (null): each is a 400 naming that field, never stored.
 */
class MasukanBurukTest {

    static final String PANJANG = "x".repeat(120_000);
    static final List<String> BADAN = List.of(
            "{\"a\": ",
            "not json at all",
            "",
            "null",
            "[]",
            "{}",
            "{\"nama\": 123, \"tahunAwal\": \"dua ribu\", \"kode\": [], \"periodeId\": \"x\", \"tingkat\": 5, \"version\": \"v\"}",
            "[{\"indikatorId\": \"x\", \"tahun\": \"y\", \"triwulan\": {}, \"nilai\": \"banyak\"}]",
            "{\"tahunAwal\": 1e400, \"tahunAkhir\": -1e400, \"nama\": \"P\", \"urutan\": 99999999999999999999}",
            "[{\"indikatorId\": 1, \"tahun\": 2025, \"jenis\": \"PK\", \"nilai\": 1e400}]",
            "[{\"indikatorId\": 1, \"tahun\": 2025, \"triwulan\": 1, \"nilai\": 123456789012345678901234567890.12345678901}]",
            "[{\"simpulId\": 1, \"tahun\": -5, \"triwulan\": -1, \"kumulatif\": -100}]",
            "[{\"simpulId\": -1, \"tahun\": 2025, \"baris\": [{\"jumlah\": -5, \"sumberDana\": \"DAU\"}]}]",
            "{\"nama\": \"" + PANJANG + "\", \"kode\": \"" + PANJANG + "\", \"slug\": \"" + PANJANG + "\", \"alasan\": \"" + PANJANG + "\"}",
            "{\"nama\": \"=cmd|' /C calc'!A0\", \"kode\": \"=1+1\", \"tahunAwal\": 2025, \"slug\": \"=evil\", \"kind\": \"kota\"}",
            "{\"nama\": \"<script>alert(1)</script>\", \"namaResmi\": \"<img src=x onerror=alert(1)>\", \"tahunAwal\": 2025}",
            "[{\"username\": \"' OR 1=1 --\", \"peran\": \"ADMIN_DINAS\"}]",
            "{\"username\": \"../../etc/passwd\", \"password\": \"" + PANJANG + "\", \"nama\": \"x\"}");

    static String url;
    static RunningKinerja app;
    static Map<Peran, RunningKinerja> peran = new EnumMap<>(Peran.class);

    @BeforeAll
    static void start() {
        url = TestDatabase.createDatabase();
        app = RunningKinerja.start(TestDatabase.properties(url));
        app.provision("dinas-uji");
        for (Peran p : Peran.values()) {
            peran.put(p, app.sebagai(app.anggota("dinas-uji", p.name().toLowerCase().replace('_', '-') + ".u", p.name())));
        }
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void badInputToEveryWriteRouteNeverGives5xxAndNeverWritesHalf() throws Exception {
        List<String> salah = new ArrayList<>();
        List<UriRouteInfo<?, ?>> routes = app.context().getBean(Router.class).uriRoutes()
                .filter(r -> r.getUriMatchTemplate().toPathString().startsWith("/api"))
                .filter(r -> List.of("POST", "PUT", "PATCH").contains(r.getHttpMethod().name()))
                .toList();
        assertThat(routes).hasSizeGreaterThan(20);
        int calls = 0;
        for (UriRouteInfo<?, ?> route : routes) {
            String template = route.getUriMatchTemplate().toPathString();
            if (template.startsWith("/api/auth")) {
                continue; // sign-in takes no tenant data; covered by IdentitasApiTest, and repeated failures throttle
            }
            Izin izin = route.getAnnotationMetadata().enumValue(Akses.class, Izin.class).orElse(null);
            RunningKinerja klien = route.getAnnotationMetadata().hasAnnotation(Publik.class) || izin == null
                    || izin.peran().isEmpty() ? app : peran.get(izin.peran().iterator().next());
            String path = template.replace("{slug}", "dinas-uji").replaceAll("\\{tahun}", "2025")
                    .replaceAll("\\{triwulan}", "1").replaceAll("\\{[a-zA-Z]+}", "1");
            String jenis = route.getConsumes().isEmpty() ? "application/json" : route.getConsumes().getFirst().toString();
            for (String badan : BADAN) {
                String sebelum = isi();
                HttpResponse<String> r = klien.send(HttpRequest.newBuilder(app.uri(path + "?mode=GABUNG"))
                        .header("Content-Type", jenis.startsWith("multipart/") ? jenis + "; boundary=x" : jenis)
                        .method(route.getHttpMethod().name(), HttpRequest.BodyPublishers.ofString(badan)).build());
                calls++;
                String singkat = badan.length() > 60 ? badan.substring(0, 60) + "…" : badan;
                String apa = route.getHttpMethod() + " " + template + " with " + singkat;
                if (r.statusCode() >= 500) {
                    salah.add(apa + ": " + r.statusCode() + " " + r.body());
                } else if (r.statusCode() >= 400) {
                    if (!r.body().contains("\"status\":" + r.statusCode()) || !r.body().contains("\"message\":\"")) {
                        salah.add(apa + ": " + r.statusCode() + " without a JSON error: " + r.body());
                    }
                    if (!isi().equals(sebelum)) {
                        salah.add(apa + ": refused with " + r.statusCode() + " but the data changed");
                    }
                }
            }
        }
        assertThat(salah).isEmpty();
        assertThat(calls).isGreaterThan(400);
    }

    /** Valid bodies per write route; {P} period, {T} tujuan, {G} program, {I} indicator, {V…} versions. */
    static final Map<String, String> SAH = Map.ofEntries(
            Map.entry("POST /api/t/{slug}/periode", "{\"nama\":\"P baru\",\"tahunAwal\":2025,\"tahunAkhir\":2029}"),
            Map.entry("PUT /api/t/{slug}/periode/{id}", "{\"nama\":\"P\",\"tahunAwal\":2025,\"tahunAkhir\":2029,\"version\":{VP}}"),
            Map.entry("POST /api/t/{slug}/simpul", "{\"periodeId\":{P},\"parentId\":{T},\"tingkat\":\"SASARAN\",\"kode\":\"S9\","
                    + "\"nama\":\"S\",\"urutan\":0,\"unitKerja\":\"u\",\"outcome\":\"o\",\"lokasi\":\"l\"}"),
            Map.entry("PUT /api/t/{slug}/simpul/{id}", "{\"kode\":\"T1\",\"nama\":\"T\",\"unitKerja\":\"u\",\"outcome\":\"o\","
                    + "\"lokasi\":\"l\",\"version\":{VT}}"),
            Map.entry("POST /api/t/{slug}/simpul/{id}/pindah", "{\"parentId\":null,\"urutan\":0,\"version\":{VT}}"),
            Map.entry("POST /api/t/{slug}/simpul/{id}/indikator", "{\"kode\":\"I9\",\"nama\":\"I\",\"satuan\":\"%\",\"formulaTeks\":\"f\","
                    + "\"formula\":\"a/b*100\",\"komponen\":[{\"nama\":\"a\",\"label\":\"A\",\"satuan\":\"x\"},{\"nama\":\"b\",\"label\":\"B\"}],"
                    + "\"polaritas\":\"POSITIF\",\"agregasi\":\"JUMLAH\",\"sumberData\":\"s\",\"unitKerja\":\"u\",\"iku\":true,\"presisi\":2,\"urutan\":0}"),
            Map.entry("PUT /api/t/{slug}/indikator/{id}", "{\"kode\":\"I1\",\"nama\":\"I\",\"satuan\":\"%\",\"iku\":false,\"presisi\":2,"
                    + "\"version\":{VI}}"),
            Map.entry("PUT /api/t/{slug}/target", "[{\"indikatorId\":{I},\"tahun\":2025,\"jenis\":\"PK\",\"nilai\":40.5},"
                    + "{\"indikatorId\":{I},\"tahun\":2025,\"triwulan\":1,\"nilai\":10}]"),
            Map.entry("PUT /api/t/{slug}/realisasi", "[{\"indikatorId\":{I},\"tahun\":2025,\"triwulan\":2,\"status\":\"BELUM_TERSEDIA\","
                    + "\"alasan\":\"a\",\"sumber\":\"s\",\"perkiraanTanggal\":\"2025-08-01\",\"catatan\":\"c\",\"hapus\":false}]"),
            Map.entry("PUT /api/t/{slug}/anggaran", "[{\"simpulId\":{G},\"tahun\":2025,\"baris\":[{\"jumlah\":1000,\"sumberDana\":\"DAU\"}]}]"),
            Map.entry("PUT /api/t/{slug}/realisasi-anggaran", "[{\"simpulId\":{G},\"tahun\":2025,\"triwulan\":1,\"kumulatif\":500}]"),
            Map.entry("PUT /api/t/{slug}/narasi", "{\"simpulId\":{T},\"tahun\":2025,\"triwulan\":1,\"faktorPendukung\":\"a\","
                    + "\"faktorPenghambat\":\"b\",\"upayaSolusi\":\"c\"}"),
            Map.entry("PUT /api/t/{slug}/bab", "{\"periodeId\":{P},\"kunci\":\"kata_pengantar\",\"tahun\":2025,\"triwulan\":1,\"teks\":\"t\"}"),
            Map.entry("PUT /api/t/{slug}/skala", "[{\"batasBawah\":80,\"label\":\"Baik\"},{\"batasBawah\":null,\"label\":\"Kurang\"}]"),
            Map.entry("PUT /api/t/{slug}/profil", "{\"namaResmi\":\"n\",\"tugas\":\"t\",\"fungsi\":[\"f\"],\"visi\":\"v\",\"misi\":[\"m\"],"
                    + "\"kepala\":{\"nama\":\"k\",\"nip\":\"198001012005011001\",\"plt\":false},\"version\":{VF}}"),
            Map.entry("POST /api/t/{slug}/unit-kerja", "{\"kode\":\"U9\",\"nama\":\"Unit\"}"),
            Map.entry("POST /api/t/{slug}/anggota", "{\"username\":\"baru.x\",\"nama\":\"B\",\"password\":\"sandi-baru-12345\",\"peran\":\"EDITOR\"}"),
            Map.entry("PUT /api/t/{slug}/anggota", "{\"username\":\"editor.u\",\"peran\":\"EDITOR\"}"),
            Map.entry("POST /api/admin/pengguna", "{\"username\":\"p.baru\",\"nama\":\"P\",\"password\":\"sandi-baru-12345\",\"provinsi\":false}"),
            Map.entry("POST /api/admin/tenants", "{\"slug\":\"dinas-zz\",\"name\":\"Z\",\"region\":\"R\",\"province\":\"P\",\"kind\":\"kota\"}"),
            Map.entry("POST /api/t/{slug}/persetujuan/{tahun}/{triwulan}/kembalikan", "{\"alasan\":\"x\"}"));

    @Test
    void spoiledFieldsOfValidBodiesAreRefusedNamingTheField() throws Exception {
        String d = "/api/t/dinas-uji";
        Map<String, Object> periode = app.object(app.post(d + "/periode", "{\"nama\":\"P\",\"tahunAwal\":2025,\"tahunAkhir\":2029}"));
        Map<String, Object> tujuan = app.object(app.post(d + "/simpul", "{\"periodeId\":" + periode.get("id")
                + ",\"tingkat\":\"TUJUAN\",\"kode\":\"T1\",\"nama\":\"T\"}"));
        Map<String, Object> sasaran = app.object(app.post(d + "/simpul", "{\"periodeId\":" + periode.get("id") + ",\"parentId\":"
                + tujuan.get("id") + ",\"tingkat\":\"SASARAN\",\"kode\":\"S1\",\"nama\":\"S\"}"));
        Map<String, Object> program = app.object(app.post(d + "/simpul", "{\"periodeId\":" + periode.get("id") + ",\"parentId\":"
                + sasaran.get("id") + ",\"tingkat\":\"PROGRAM\",\"kode\":\"G1\",\"nama\":\"G\"}"));
        @SuppressWarnings("unchecked")
        Map<String, Object> indikator = app.object(app.post(d + "/simpul/" + sasaran.get("id") + "/indikator",
                "{\"kode\":\"I1\",\"nama\":\"I\"}"));
        Map<String, String> nilai = Map.of("{P}", "" + periode.get("id"), "{T}", "" + tujuan.get("id"), "{G}", "" + program.get("id"),
                "{I}", "" + indikator.get("id"), "{VP}", "" + periode.get("version"), "{VT}", "" + tujuan.get("version"),
                "{VI}", "" + indikator.get("version"), "{VF}", "" + app.object(app.get(d + "/profil")).get("version"));
        Map<String, String> idJalur = Map.of("periode", "" + periode.get("id"), "simpul", "" + tujuan.get("id"),
                "indikator", "" + indikator.get("id"));
        JsonMapper json = app.context().getBean(JsonMapper.class);

        List<String> salah = new ArrayList<>();
        java.util.Set<String> dicoba = new java.util.HashSet<>();
        for (UriRouteInfo<?, ?> route : app.context().getBean(Router.class).uriRoutes().toList()) {
            String kunci = route.getHttpMethod() + " " + route.getUriMatchTemplate().toPathString();
            String templat = SAH.get(kunci);
            if (templat == null || !dicoba.add(kunci)) {
                continue; // no body for it, or seen already (a route may be listed once per media type)
            }
            for (Map.Entry<String, String> n : nilai.entrySet()) {
                templat = templat.replace(n.getKey(), n.getValue());
            }
            String path = route.getUriMatchTemplate().toPathString().replace("{slug}", "dinas-uji")
                    .replace("{tahun}", "2025").replace("{triwulan}", "1")
                    .replace("{id}", kunci.contains("{id}") ? idJalur.get(kunci.split("/")[4]) : "");
            Object sah = json.readValue(templat, Object.class);
            List<Object[]> rusak = new ArrayList<>();
            rusakkan(sah, "", rusak);
            rusak.add(new Object[]{null, kosongkan(sah)});
            String sebelum = isi();
            for (Object[] r : rusak) {
                String badan = json.writeValueAsString(r[1]);
                HttpResponse<String> jawab = app.send(HttpRequest.newBuilder(app.uri(path)).header("Content-Type", "application/json")
                        .method(route.getHttpMethod().name(), HttpRequest.BodyPublishers.ofString(badan)).build());
                String apa = kunci + " with " + (r[0] == null ? "every field null" : r[0] + " spoiled") + ": " + jawab.statusCode() + " "
                        + jawab.body();
                if (jawab.statusCode() >= 500 || jawab.statusCode() < 400) {
                    salah.add(apa);
                } else if (r[0] != null && (jawab.statusCode() != 400 || !jawab.body().contains("\"field\":\"" + r[0] + "\""))) {
                    salah.add(apa + " (expected 400 naming " + r[0] + ")");
                } else if (!jawab.body().contains("\"status\":" + jawab.statusCode())) {
                    salah.add(apa + " (not the JSON error)");
                }
            }
            if (!isi().equals(sebelum)) {
                salah.add(kunci + ": a refused request changed the data");
            }
        }
        assertThat(salah).isEmpty();
        assertThat(dicoba).containsExactlyInAnyOrderElementsOf(SAH.keySet());
    }

    @Test
    void typeErrorsNameTheirFieldOnceInIndonesian() throws Exception {
        String d = "/api/t/dinas-uji";
        Map<String, Object> periode = app.object(app.post(d + "/periode", "{\"nama\":\"Periode tipe\",\"tahunAwal\":2025}"));
        // a required year cannot be emptied (it was: capaian then found no period)
        HttpResponse<String> tanpaTahun = app.put(d + "/periode/" + periode.get("id"), "{\"nama\":\"P\",\"tahunAwal\":null,\"version\":"
                + periode.get("version") + "}");
        assertThat(tanpaTahun.statusCode()).isEqualTo(400);
        assertThat(tanpaTahun.body()).contains("{\"field\":\"tahunAwal\",\"reason\":\"wajib diisi\"}");
        // a number where text belongs is not stored as the text "1e400"
        HttpResponse<String> angkaSebagaiNama = app.post(d + "/periode", "{\"nama\":1e400,\"tahunAwal\":2025}");
        assertThat(angkaSebagaiNama.statusCode()).isEqualTo(400);
        assertThat(angkaSebagaiNama.body()).contains("\"field\":\"nama\"").contains("harus berupa teks");
        HttpResponse<String> kata = app.put(d + "/target", "[{\"indikatorId\":1,\"tahun\":2025,\"jenis\":\"PK\",\"nilai\":\"empat puluh\"}]");
        assertThat(kata.statusCode()).isEqualTo(400);
        assertThat(kata.body()).contains("{\"field\":\"[0].nilai\",\"reason\":\"harus berupa angka tanpa tanda petik\"}");
        HttpResponse<String> angkaBertanda = app.put(d + "/target", "[{\"indikatorId\":1,\"tahun\":2025,\"jenis\":\"PK\",\"nilai\":\"40\"}]");
        assertThat(angkaBertanda.statusCode()).isEqualTo(400);
        assertThat(angkaBertanda.body()).contains("{\"field\":\"[0].nilai\",\"reason\":\"harus berupa angka tanpa tanda petik\"}");
        HttpResponse<String> tahun = app.put(d + "/target", "[{\"indikatorId\":1,\"tahun\":\"2026a\",\"jenis\":\"PK\",\"nilai\":1}]");
        assertThat(tahun.body()).contains("\"field\":\"[0].tahun\"");
        HttpResponse<String> triwulan = app.put(d + "/target", "[{\"indikatorId\":1,\"tahun\":2025,\"triwulan\":true,\"nilai\":1}]");
        assertThat(triwulan.statusCode()).isEqualTo(400);
        assertThat(triwulan.body()).contains("\"field\":\"[0].triwulan\"");
        HttpResponse<String> objek = app.put(d + "/target", "{\"indikatorId\":1}");
        assertThat(objek.statusCode()).isEqualTo(400);
        assertThat(objek.body()).contains("harus berupa daftar");
        HttpResponse<String> tanggal = app.put(d + "/realisasi", "[{\"indikatorId\":1,\"tahun\":2025,\"status\":\"BELUM_TERSEDIA\","
                + "\"alasan\":\"x\",\"perkiraanTanggal\":\"+999999999-12-31\"}]");
        assertThat(tanggal.statusCode()).isEqualTo(400);
        assertThat(tanggal.body()).contains("\"field\":\"[0].perkiraanTanggal\"");
        // 1e30 breaks two rules of one field: named once
        HttpResponse<String> besar = app.put(d + "/target", "[{\"indikatorId\":1,\"tahun\":2025,\"jenis\":\"PK\",\"nilai\":1e30}]");
        assertThat(besar.statusCode()).isEqualTo(400);
        assertThat(besar.body().split("\"\\[0]\\.nilai\"", -1)).hasSize(2);

        // an empty bearer token: the token is missing, not an unknown scheme
        HttpResponse<String> kosong = app.send(HttpRequest.newBuilder(app.uri("/api/saya")).header("Authorization", "Bearer ").GET().build());
        assertThat(kosong.statusCode()).isEqualTo(401);
        assertThat(kosong.body()).contains("Token tidak ada").doesNotContain("Skema");
        // a text file as the onboarding document: Indonesian, without the parser's English
        HttpResponse<String> teks = app.postMultipart("/api/admin/tenants", Map.of("slug", "dinas-teks", "name", "T", "kind", "kota"),
                "berkas", "catatan.json", "hello, ini bukan JSON".getBytes(StandardCharsets.UTF_8));
        assertThat(teks.statusCode()).isEqualTo(422);
        assertThat(teks.body()).contains("bukan dokumen JSON yang sah").doesNotContain("Unrecognized").doesNotContain("token");
    }

    /** One body per leaf of {@code body}, that leaf spoiled by its kind; each with the leaf's JSON path. */
    private static void rusakkan(Object body, String di, List<Object[]> keluar) {
        if (body instanceof Map<?, ?> map) {
            for (Object k : map.keySet()) {
                String jalur = di.isEmpty() ? k.toString() : di + "." + k;
                Object v = map.get(k);
                if (v instanceof Map || v instanceof List) {
                    List<Object[]> dalam = new ArrayList<>();
                    rusakkan(v, jalur, dalam);
                    dalam.forEach(x -> keluar.add(new Object[]{x[0], ganti(map, k, x[1])}));
                } else if (v != null) {
                    Object buruk = k.equals("perkiraanTanggal") ? "+999999999-12-31"
                            : v instanceof String s ? s + "\0" : v instanceof Boolean ? 1 : true;
                    keluar.add(new Object[]{jalur, ganti(map, k, buruk)});
                }
            }
        } else if (body instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                String jalur = di + "[" + i + "]";
                Object v = list.get(i);
                if (v instanceof Map || v instanceof List) {
                    List<Object[]> dalam = new ArrayList<>();
                    rusakkan(v, jalur, dalam);
                    final int n = i;
                    dalam.forEach(x -> keluar.add(new Object[]{x[0], gantiDi(list, n, x[1])}));
                } else if (v instanceof String s) {
                    keluar.add(new Object[]{jalur, gantiDi(list, i, s + "\0")});
                }
            }
        }
    }

    private static Map<Object, Object> ganti(Map<?, ?> map, Object k, Object v) {
        Map<Object, Object> m = new java.util.LinkedHashMap<>(map);
        m.put(k, v);
        return m;
    }

    private static List<Object> gantiDi(List<?> list, int i, Object v) {
        List<Object> l = new ArrayList<>(list);
        l.set(i, v);
        return l;
    }

    /** The same shape with every scalar null. */
    private static Object kosongkan(Object body) {
        if (body instanceof Map<?, ?> map) {
            Map<Object, Object> m = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> m.put(k, kosongkan(v)));
            return m;
        }
        if (body instanceof List<?> list) {
            return list.stream().map(MasukanBurukTest::kosongkan).toList();
        }
        return null;
    }

    private static String isi() throws Exception {
        return TestDatabase.checksum(url, "t_dinas_uji");
    }
}
