package id.kinerja.server.akses;

import id.kinerja.server.RunningKinerja;
import id.kinerja.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in: tokens, Basic, the browser session, throttling; what a 401 looks like. */
class IdentitasApiTest {

    static RunningKinerja app;
    static RunningKinerja anonim;

    @BeforeAll
    static void start() {
        app = RunningKinerja.start();
        anonim = app.sebagai(null);
        app.provision("dinas-masuk");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void withoutCredentials401WithABearerChallengeNeverBasic() {
        HttpResponse<String> r = anonim.get("/api/t/dinas-masuk/periode");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"kinerja\"");
        assertThat(r.body()).contains("\"status\":401");
        assertThat(anonim.get("/api/health").statusCode()).isEqualTo(200);
        assertThat(anonim.get("/api/admin/tenants").statusCode()).isEqualTo(401);
    }

    @Test
    void tokensWorkUntilRevoked() {
        String token = app.anggota("dinas-masuk", "pembaca.token", "PEMBACA");
        RunningKinerja pembaca = app.sebagai(token);
        assertThat(pembaca.get("/api/t/dinas-masuk/periode").statusCode()).isEqualTo(200);
        assertThat(pembaca.get("/api/saya").body()).contains("\"username\":\"pembaca.token\"")
                .contains("\"peran\":{\"dinas-masuk\":\"PEMBACA\"}");
        assertThat(pembaca.send(HttpRequest.newBuilder(app.uri("/api/auth/token")).DELETE().build()).statusCode()).isEqualTo(204);
        assertThat(pembaca.get("/api/t/dinas-masuk/periode").statusCode()).isEqualTo(401);
        assertThat(app.sebagai("kin_palsu").get("/api/saya").statusCode()).isEqualTo(401);
    }

    @Test
    void basicWorksForScripts() {
        app.anggota("dinas-masuk", "skrip.basic", "PEMBACA");
        String basic = Base64.getEncoder().encodeToString("skrip.basic:sandi-skrip.basic-123".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = anonim.send(HttpRequest.newBuilder(app.uri("/api/t/dinas-masuk/periode"))
                .header("Authorization", "Basic " + basic).GET().build());
        assertThat(r.statusCode()).isEqualTo(200);
        String salah = Base64.getEncoder().encodeToString("skrip.basic:salah".getBytes(StandardCharsets.UTF_8));
        assertThat(anonim.send(HttpRequest.newBuilder(app.uri("/api/t/dinas-masuk/periode"))
                .header("Authorization", "Basic " + salah).GET().build()).statusCode()).isEqualTo(401);
    }

    @Test
    void repeatedFailuresAreThrottled() {
        app.anggota("dinas-masuk", "korban.tebak", "PEMBACA");
        for (int i = 0; i < 5; i++) {
            assertThat(masuk("korban.tebak", "tebakan-" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> r = masuk("korban.tebak", "sandi-korban.tebak-123");
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Retry-After")).isPresent();
        // another user is not affected
        app.anggota("dinas-masuk", "lain.orang", "PEMBACA");
        assertThat(masuk("lain.orang", "sandi-lain.orang-123").statusCode()).isEqualTo(201);
    }

    @Test
    void anAttackerFromAnotherAddressCannotLockOutTheRealUser() throws Exception {
        app.anggota("dinas-masuk", "korban.kunci", "PEMBACA");
        // the attacker guesses from 127.0.0.2 (another address on the loopback) until throttled
        HttpClient penyerang = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .localAddress(java.net.InetAddress.getByName("127.0.0.2")).build();
        int terakhir = 0;
        for (int i = 0; i < 8; i++) {
            terakhir = penyerang.send(HttpRequest.newBuilder(app.uri("/api/auth/token")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"korban.kunci\",\"password\":\"tebakan-" + i + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        }
        assertThat(terakhir).isEqualTo(429);
        // the real user, from their own address (127.0.0.1), still signs in at once
        assertThat(masuk("korban.kunci", "sandi-korban.kunci-123").statusCode()).isEqualTo(201);
    }

    @Test
    void anotherSiteCannotSignTheBrowserOut() throws Exception {
        app.anggota("dinas-masuk", "pengguna.keluar", "PEMBACA");
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).build();
        assertThat(browser.send(HttpRequest.newBuilder(app.uri("/api/auth/sesi")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"pengguna.keluar\",\"password\":\"sandi-pengguna.keluar-123\"}"))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        for (HttpRequest.Builder asing : java.util.List.of(
                HttpRequest.newBuilder(app.uri("/api/auth/sesi")).header("Origin", "https://situs-lain.example"),
                HttpRequest.newBuilder(app.uri("/api/auth/sesi")).header("Sec-Fetch-Site", "cross-site")
                        .header("Origin", "http://localhost:" + app.uri("/").getPort()),
                HttpRequest.newBuilder(app.uri("/api/auth/sesi")))) {
            HttpResponse<String> r = browser.send(asing.DELETE().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("\"status\":403").contains("situs lain");
        }
        assertThat(browser.send(HttpRequest.newBuilder(app.uri("/api/saya")).GET().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(200); // still signed in
        // the page of Kinerja itself signs out; without a session there is nothing to sign out
        assertThat(browser.send(keluar(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(204);
        assertThat(browser.send(keluar(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void theBrowserSessionSignsInChangesItsIdAndAllowsSafeMethodsOnly() throws Exception {
        app.anggota("dinas-masuk", "pengguna.browser", "EDITOR");
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        // a session that existed before signing in (e.g. a planted one) is not the one after it
        browser.send(HttpRequest.newBuilder(app.uri("/")).GET().build(), HttpResponse.BodyHandlers.discarding());
        String sebelum = sessionId(cookies);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(app.uri("/api/auth/sesi"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"pengguna.browser\",\"password\":\"sandi-pengguna.browser-123\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(sessionId(cookies)).isNotNull().isNotEqualTo(sebelum);
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("HttpOnly").contains("SameSite=Lax"));

        assertThat(browser.send(HttpRequest.newBuilder(app.uri("/api/t/dinas-masuk/periode")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        // a forged cross-site POST riding on the cookie gets 401, not a write
        HttpResponse<String> post = browser.send(HttpRequest.newBuilder(app.uri("/api/t/dinas-masuk/periode"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"nama\":\"Palsu\",\"tahunAwal\":2025}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(401);

        assertThat(browser.send(keluar(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(204);
        assertThat(browser.send(HttpRequest.newBuilder(app.uri("/api/t/dinas-masuk/periode")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    /**
     * The cause of a failure of the test above ("HTTP/1.1 header parser received no bytes"): a POST refused before its
     * body was read left unread content, so Jetty closed the connection after an answer sent as keep-alive, and the
     * client's next request on it (here the DELETE) got nothing. Forced here by sending the body only after a pause
     * in which the server could answer: the refused request's body is read before the answer, and the connection serves
     * the next request.
     */
    @Test
    void aRequestRefusedBeforeItsBodyWasReadKeepsTheConnectionUsable() throws Exception {
        String body = "{\"nama\":\"Palsu\",\"tahunAwal\":2025}";
        try (java.net.Socket socket = new java.net.Socket("localhost", app.uri("/").getPort())) {
            socket.setSoTimeout(30_000);
            var out = socket.getOutputStream();
            out.write(("POST /api/t/dinas-masuk/periode HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(300); // not a timing assertion: only lets a server that answers without the body do so first
            out.write((body + "GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answers = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answers).startsWith("HTTP/1.1 401").contains("HTTP/1.1 200");
        }
    }

    @Test
    void thereIsNoDefaultPassword() {
        try (RunningKinerja tanpaAdmin = RunningKinerja.startTanpaAdmin(TestDatabase.freshDatabase())) {
            assertThat(tanpaAdmin.sebagai(null).post("/api/auth/token", "{\"username\":\"admin\",\"password\":\"admin\"}").statusCode())
                    .isEqualTo(401);
            assertThat(tanpaAdmin.sebagai(null).post("/api/auth/token", "{\"username\":\"provinsi\",\"password\":\"kinerja-demo\"}")
                    .statusCode()).isEqualTo(401);
        }
    }

    @Test
    void passwordsAreResetAsInTheUi() {
        RunningKinerja admin = app.sebagai(app.anggota("dinas-masuk", "admin.sandi", "ADMIN_DINAS"));
        app.anggota("dinas-masuk", "lupa.sandi", "PEMBACA");
        long lupa = penggunaId("lupa.sandi");
        // the dinas admin resets a member of this dinas alone
        assertThat(admin.put("/api/t/dinas-masuk/anggota/" + lupa + "/sandi", "{\"password\":\"sandi-baru-lupa-1\"}").statusCode())
                .isEqualTo(204);
        assertThat(masuk("lupa.sandi", "sandi-lupa.sandi-123").statusCode()).isEqualTo(401);
        assertThat(masuk("lupa.sandi", "sandi-baru-lupa-1").statusCode()).isEqualTo(201);
        // too short: 400 on the field, in Indonesian
        HttpResponse<String> pendek = admin.put("/api/t/dinas-masuk/anggota/" + lupa + "/sandi", "{\"password\":\"pendek\"}");
        assertThat(pendek.statusCode()).isEqualTo(400);
        assertThat(pendek.body()).contains("password").contains("10–200 karakter");
        // not the provincial admin's password (also a member here), nor through the provincial route
        HttpResponse<String> provinsi = admin.put("/api/t/dinas-masuk/anggota/" + penggunaId(RunningKinerja.ADMIN) + "/sandi",
                "{\"password\":\"ambil-alih-akun-1\"}");
        assertThat(provinsi.statusCode()).isEqualTo(403);
        assertThat(provinsi.body()).contains("hanya dapat diatur ulang oleh admin provinsi");
        assertThat(admin.put("/api/admin/pengguna/" + lupa + "/sandi", "{\"password\":\"sandi-baru-lupa-2\"}").statusCode())
                .isEqualTo(403);
        // the provincial admin resets anyone; an unknown user is a 404
        assertThat(app.put("/api/admin/pengguna/" + lupa + "/sandi", "{\"password\":\"sandi-baru-lupa-3\"}").statusCode())
                .isEqualTo(204);
        assertThat(masuk("lupa.sandi", "sandi-baru-lupa-3").statusCode()).isEqualTo(201);
        assertThat(app.put("/api/admin/pengguna/999999999/sandi", "{\"password\":\"sandi-baru-lupa-4\"}").statusCode())
                .isEqualTo(404);
    }

    private static long penggunaId(String username) {
        return ((Number) app.list(app.get("/api/t/dinas-masuk/anggota")).stream().filter(m -> m.get("username").equals(username))
                .findFirst().orElseThrow().get("penggunaId")).longValue();
    }

    /** Signing out as Kinerja's own page does: a DELETE with the browser's Origin of this server. */
    private static HttpRequest keluar() {
        return HttpRequest.newBuilder(app.uri("/api/auth/sesi")).header("Origin", "http://localhost:" + app.uri("/").getPort())
                .DELETE().build();
    }

    private static HttpResponse<String> masuk(String username, String password) {
        return anonim.post("/api/auth/token", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    private static String sessionId(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }
}
