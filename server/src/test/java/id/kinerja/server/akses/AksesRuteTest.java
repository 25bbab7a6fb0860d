package id.kinerja.server.akses;

import id.kinerja.pengguna.Izin;
import id.kinerja.pengguna.Peran;
import id.kinerja.server.RunningKinerja;
import id.kinerja.server.api.Akses;
import id.kinerja.server.api.Publik;
import id.kinerja.testing.TestDatabase;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every API route, taken from Micronaut's route list (a new route cannot escape), called anonymously, by a member
 * of another dinas, by each role of the dinas, and with another dinas's ids: 401, 403, allowed, 404 as its
 * {@link Akses} says; never a 5xx; the other dinas's data untouched.
 */
class AksesRuteTest {

    /** Routes whose role matrix would disturb the test itself; each is covered by IdentitasApiTest. */
    static final Set<String> DIKECUALIKAN = Set.of("DELETE /api/auth/token", "POST /api/auth/sesi", "DELETE /api/auth/sesi");

    static String url;
    static RunningKinerja app;
    static Map<Peran, RunningKinerja> peranA = new EnumMap<>(Peran.class);
    static RunningKinerja anonim;
    static RunningKinerja anggotaB;
    static RunningKinerja provinsi;
    static Map<String, Long> idB = new TreeMap<>();

    @BeforeAll
    static void siapkan() throws Exception {
        url = TestDatabase.createDatabase();
        app = RunningKinerja.start(TestDatabase.properties(url));
        anonim = app.sebagai(null);
        app.post("/api/admin/tenants", "{\"slug\":\"dinas-a\",\"name\":\"Dinas A\",\"kind\":\"kota\"}");
        app.provision("dinas-b");
        for (Peran p : Peran.values()) {
            peranA.put(p, app.sebagai(app.anggota("dinas-a", p.name().toLowerCase().replace('_', '-') + ".a", p.name())));
        }
        anggotaB = app.sebagai(app.anggota("dinas-b", "admin.b", "ADMIN_DINAS"));
        app.post("/api/admin/pengguna", "{\"username\":\"provinsi.saja\",\"nama\":\"P\",\"password\":\"sandi-provinsi-123\",\"provinsi\":true}");
        provinsi = app.sebagai(app.tokenUntuk("provinsi.saja", "sandi-provinsi-123"));

        // data of dinas B whose ids are used against dinas A
        long periode = id(anggotaB.post("/api/t/dinas-b/periode", "{\"nama\":\"P\",\"tahunAwal\":2025}"));
        long simpul = id(anggotaB.post("/api/t/dinas-b/simpul", "{\"periodeId\":" + periode + ",\"tingkat\":\"TUJUAN\",\"kode\":\"T\",\"nama\":\"T\"}"));
        HttpResponse<String> ind = anggotaB.post("/api/t/dinas-b/simpul/" + simpul + "/indikator", "{\"kode\":\"I\",\"nama\":\"I\",\"satuan\":\"%\"}");
        long indikator = ((Number) app.object(ind).get("id")).longValue();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0};
        long bukti = id(anggotaB.postMultipart("/api/t/dinas-b/bukti", Map.of("indikatorId", "" + indikator, "tahun", "2025",
                "triwulan", "1"), "berkas", "b.png", png));
        long anggota = ((Number) app.list(anggotaB.get("/api/t/dinas-b/anggota")).stream()
                .filter(m -> m.get("username").equals("admin.b")).findFirst().orElseThrow().get("penggunaId")).longValue();
        idB.put("periode", periode);
        idB.put("simpul", simpul);
        idB.put("indikator", indikator);
        idB.put("bukti", bukti);
        idB.put("penggunaId", anggota);
    }

    @AfterAll
    static void tutup() {
        app.close();
    }

    @Test
    void everyRouteAnswersAsItsAccessRuleSays() throws Exception {
        String sebelum = isiDinasB();
        List<String> salah = new ArrayList<>();
        List<UriRouteInfo<?, ?>> routes = app.context().getBean(Router.class).uriRoutes()
                .filter(r -> r.getUriMatchTemplate().toPathString().startsWith("/api"))
                .toList();
        assertThat(routes).hasSizeGreaterThan(50);
        for (UriRouteInfo<?, ?> route : routes) {
            String template = route.getUriMatchTemplate().toPathString();
            String method = route.getHttpMethod().name();
            String nama = method + " " + template;
            AnnotationMetadata md = route.getAnnotationMetadata();
            boolean publik = md.hasAnnotation(Publik.class);
            Izin izin = md.enumValue(Akses.class, Izin.class).orElse(null);
            if (!publik && izin == null) {
                salah.add(nama + ": has neither @Akses nor @Publik");
                continue;
            }
            boolean tenant = template.startsWith("/api/t/{slug}");
            String path = isi(template, false);
            String jenis = route.getConsumes().isEmpty() ? "application/json" : route.getConsumes().getFirst().toString();
            if (publik) {
                int status = panggil(anonim, method, path, jenis);
                if (status >= 500) {
                    salah.add(nama + " as anonymous: " + status);
                }
                continue;
            }
            cek(salah, nama, "anonymous", panggil(anonim, method, path, jenis), Set.of(401));
            if (DIKECUALIKAN.contains(nama)) {
                continue;
            }
            if (tenant) {
                cek(salah, nama, "member of another dinas", panggil(anggotaB, method, path, jenis), Set.of(403));
                for (Peran p : Peran.values()) {
                    int status = panggil(peranA.get(p), method, path, jenis);
                    cek(salah, nama, p.name(), status, izin.boleh(p, false) ? null : Set.of(403));
                }
                cek(salah, nama, "provincial admin", panggil(provinsi, method, path, jenis), izin.boleh(null, true) ? null : Set.of(403));
                if (template.contains("{id}") || template.contains("{penggunaId}")) {
                    Peran boleh = izin.peran().stream().findFirst().orElse(null);
                    if (boleh != null) {
                        int status = panggil(peranA.get(boleh), method, isi(template, true), jenis);
                        cek(salah, nama, "ids of another dinas as " + boleh, status,
                                method.equals("GET") ? Set.of(404) : Set.of(400, 404, 422));
                    }
                }
            } else {
                cek(salah, nama, "dinas admin", panggil(peranA.get(Peran.ADMIN_DINAS), method, path, jenis),
                        izin == Izin.ADMIN_PROVINSI ? Set.of(403) : null);
                cek(salah, nama, "provincial admin", panggil(provinsi, method, path, jenis), null);
            }
        }
        assertThat(salah).isEmpty();
        assertThat(isiDinasB()).as("dinas B's data after all calls").isEqualTo(sebelum);
    }

    /** {@code expected} null: allowed (anything but 401/403); never a 5xx. */
    private static void cek(List<String> salah, String route, String siapa, int status, Set<Integer> expected) {
        if (status >= 500) {
            salah.add(route + " as " + siapa + ": " + status);
        } else if (expected == null ? status == 401 || status == 403 : !expected.contains(status)) {
            salah.add(route + " as " + siapa + ": " + status + ", expected " + (expected == null ? "allowed" : expected));
        }
    }

    /** A concrete path: the dinas is A; an id is one of dinas B's ({@code asing}) or a number no dinas has. */
    private static String isi(String template, boolean asing) {
        String[] segmen = template.replace("{slug}", "dinas-a").split("/");
        for (int i = 1; i < segmen.length; i++) {
            if (segmen[i].startsWith("{")) {
                String var = segmen[i].substring(1, segmen[i].length() - 1);
                String sebelum = segmen[i - 1];
                segmen[i] = switch (var) {
                    case "tahun" -> "2025";
                    case "triwulan" -> "1";
                    case "id" -> asing && idB.containsKey(sebelum) ? idB.get(sebelum).toString() : "999999999";
                    case "penggunaId" -> asing ? idB.get("penggunaId").toString() : "999999999";
                    default -> "1";
                };
            }
        }
        return String.join("/", segmen);
    }

    private static int panggil(RunningKinerja klien, String method, String path, String jenis) {
        HttpRequest.Builder b = HttpRequest.newBuilder(app.uri(path + "?tahun=2025&triwulan=2&mode=GABUNG"));
        HttpRequest.BodyPublisher body = method.equals("GET") || method.equals("DELETE") || method.equals("HEAD")
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}");
        if (!method.equals("GET") && !method.equals("DELETE")) {
            b.header("Content-Type", jenis.startsWith("multipart/") ? jenis + "; boundary=x" : jenis);
        }
        HttpResponse<String> r = klien.send(b.method(method, body).build());
        return r.statusCode();
    }

    private static String isiDinasB() throws Exception {
        return TestDatabase.checksum(url, "t_dinas_b");
    }

    private static long id(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return ((Number) app.object(r).get("id")).longValue();
    }

}
