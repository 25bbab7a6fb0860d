package id.kinerja.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every response carries, whoever answers (the API, Vaadin, Jetty itself): the security headers, no server
 * banner, and errors in the API's JSON shape even where Jetty refuses a request before any servlet sees it.
 */
class KeamananHttpTest {

    static RunningKinerja app;

    @BeforeAll
    static void start() {
        app = RunningKinerja.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndNoBanner() {
        for (String path : List.of("/", "/masuk", "/lumo/lumo.css", "/api/health", "/api/tidak-ada", "/api/saya")) {
            HttpResponse<String> r = app.sebagai(null).get(path);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'none'"));
            assertThat(r.headers().firstValue("Server")).as(path).isEmpty();
        }
        // the UI's policy lets Vaadin's bootstrap run (MasukUiTest checks Chromium refuses nothing); the API's runs nothing
        assertThat(app.get("/").headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
        assertThat(app.get("/api/health").headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("default-src 'none'");
    }

    @Test
    void pathsJettyRefusesAnswerTheApisJsonError() throws IOException {
        for (String path : List.of("//api/health", "/api/t/a%2Fb/profil", "/api/%2e%2e/api/health", "/api/t/x/%2e%2e/y")) {
            String r = mentah("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(r).as(path).startsWith("HTTP/1.1 400");
            assertThat(kepala(r)).as(path).contains("content-type: application/json").contains("x-content-type-options: nosniff")
                    .doesNotContain("server:");
            assertThat(isi(r)).as(path).startsWith("{\"status\":400,\"message\":\"Alamat permintaan tidak sah");
        }
        // a header Jetty cannot take at all is refused while parsing, in the same shape
        String besar = mentah("GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Besar: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(besar).startsWith("HTTP/1.1 431");
        assertThat(isi(besar)).startsWith("{\"status\":431,\"message\":\"Header permintaan terlalu besar\"");
    }

    @Test
    void aForeignOriginGetsAJson403InIndonesian() {
        HttpResponse<String> r = app.send(HttpRequest.newBuilder(app.uri("/api/saya")).header("Origin", "https://situs-lain.example")
                .GET().build());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(r.body()).startsWith("{\"status\":403,\"message\":\"Permintaan dari situs lain ditolak");
    }

    /** One raw HTTP/1.1 exchange: the client libraries would normalise the paths under test. */
    private static String mentah(String request) throws IOException {
        try (Socket s = new Socket("localhost", app.uri("/").getPort())) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String kepala(String response) {
        return response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
    }

    private static String isi(String response) {
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        return kepala(response).contains("transfer-encoding: chunked") ? body.substring(body.indexOf("\r\n") + 2) : body;
    }
}
