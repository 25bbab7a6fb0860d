package id.kinerja.server.api;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import id.kinerja.pengguna.Izin;
import id.kinerja.server.RunningKinerja;
import id.kinerja.tenant.TenantRef;
import id.kinerja.testing.Dinas;
import id.kinerja.tenant.TenantRegistry;
import id.kinerja.tenant.TenantScope;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operations: {@code GET /api/metrics} in Prometheus text for the provincial admin only, and the dinas and user in the
 * log's MDC on every line of a request (and nowhere after it). One application for all.
 */
class OperasiTest {

    private static final String SLUG = "kota-diskopumdag"; // a seed: its IKU renders
    private static RunningKinerja app;
    private static String pembaca;

    @BeforeAll
    static void start() {
        app = RunningKinerja.start();
        Dinas.dariSeed(app.context(), SLUG);
        app.adminDinas(SLUG);
        pembaca = app.anggota(SLUG, "pembaca-operasi", "PEMBACA");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void metricsShowRoutesByTemplateReportRendersMigrationStatesThePoolAndTheJvm() {
        assertThat(app.get("/api/t/" + SLUG + "/laporan").statusCode()).isEqualTo(200);
        assertThat(app.getBytes("/api/t/" + SLUG + "/laporan/iku").statusCode()).isEqualTo(200);
        assertThat(app.get("/api/t/tidak-ada/laporan").statusCode()).isEqualTo(404);

        HttpResponse<String> r = app.get("/api/metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain").contains("version=0.0.4");
        String teks = r.body();
        // the route's template, never the slug: one series per route, however many dinas
        assertThat(baris(teks, "http_server_requests_seconds_count", "uri=\"/api/t/{slug}/laporan\"", "status=\"200\"",
                "method=\"GET\"")).isEqualTo(1.0);
        assertThat(baris(teks, "http_server_requests_seconds_count", "uri=\"/api/t/{slug}/laporan\"", "status=\"404\""))
                .isEqualTo(1.0);
        assertThat(baris(teks, "http_server_requests_seconds_bucket", "uri=\"/api/t/{slug}/laporan/{jenis}\"",
                "status=\"200\"", "le=\"+Inf\"")).isEqualTo(1.0);
        assertThat(teks).doesNotContain(SLUG).doesNotContain("tidak-ada");
        // the report render, per document kind and format
        assertThat(baris(teks, "kinerja_laporan_render_seconds_count", "jenis=\"iku\"", "format=\"pdf\"")).isEqualTo(1.0);
        assertThat(baris(teks, "kinerja_laporan_render_seconds_sum", "jenis=\"iku\"")).isPositive();
        // dinas per migration state
        assertThat(baris(teks, "kinerja_tenants_migration", "state=\"ok\"")).isEqualTo(1.0);
        assertThat(baris(teks, "kinerja_tenants_migration", "state=\"failed\"")).isZero();
        assertThat(baris(teks, "kinerja_tenants_migration", "state=\"pending\"")).isZero();
        // the pool and the JVM
        assertThat(baris(teks, "hikaricp_connections_max", "pool=\"kinerja\"")).isPositive();
        assertThat(baris(teks, "hikaricp_connections_active", "pool=\"kinerja\"")).isGreaterThanOrEqualTo(0);
        assertThat(jumlah(teks, "jvm_memory_used_bytes", "area=\"heap\"")).isPositive(); // one line per heap pool
        assertThat(baris(teks, "jvm_threads_live_threads")).isPositive();
        assertThat(teks).contains("jvm_gc_");
    }

    @Test
    void onlyTheProvincialAdminReadsTheMetrics() {
        HttpResponse<String> anggota = app.sebagai(pembaca).get("/api/metrics");
        assertThat(anggota.statusCode()).isEqualTo(403);
        assertThat(anggota.body()).contains("Hanya admin provinsi").doesNotContain("jvm_");
        assertThat(app.sebagai(null).get("/api/metrics").statusCode()).isEqualTo(401);
        // refused requests are counted too
        assertThat(baris(app.get("/api/metrics").body(), "http_server_requests_seconds_count", "uri=\"/api/metrics\"",
                "status=\"403\"")).isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void everyLineOfARequestCarriesTheDinasAndTheUserAndNothingIsLeftAfterIt() throws IOException {
        Logger sql = (Logger) LoggerFactory.getLogger("io.micronaut.data.query"); // a line for every query a request runs
        Level sebelumnya = sql.getLevel();
        Tangkap tangkap = new Tangkap();
        tangkap.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        tangkap.start();
        sql.setLevel(Level.DEBUG);
        sql.addAppender(tangkap);
        List<ILoggingEvent> dinas;
        List<ILoggingEvent> sesudah;
        try {
            assertThat(app.sebagai(pembaca).get("/api/t/" + SLUG + "/periode").statusCode()).isEqualTo(200);
            dinas = List.copyOf(tangkap.events);
            tangkap.events.clear();
            for (int i = 0; i < 10; i++) { // on the same worker threads, without a dinas or a user
                assertThat(app.sebagai(null).get("/api/health").statusCode()).isEqualTo(200);
            }
            sesudah = List.copyOf(tangkap.events);
        } finally {
            sql.detachAppender(tangkap);
            sql.setLevel(sebelumnya);
        }
        // the gate's own look-ups (token, user, memberships, the dinas by slug — none when kept from an earlier
        // request) come before both are known; every line after them carries them
        int gerbang = -1;
        for (int i = 0; i < dinas.size(); i++) {
            if (dinas.get(i).getFormattedMessage().contains("FROM \"platform\".")) {
                gerbang = i;
            }
        }
        assertThat(dinas.subList(gerbang + 1, dinas.size())).isNotEmpty()
                .anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("FROM periode"))
                .allSatisfy(e -> assertThat(e.getMDCPropertyMap()).containsEntry("dinas", SLUG)
                        .containsEntry("pengguna", "pembaca-operasi"));
        assertThat(sesudah).isNotEmpty().allSatisfy(e -> assertThat(e.getMDCPropertyMap()).doesNotContainKeys("dinas", "pengguna"));

        // a line an exception handler logs carries them too
        Logger galat = (Logger) LoggerFactory.getLogger(PenanganGalatUji.class);
        galat.addAppender(tangkap);
        try {
            tangkap.events.clear();
            assertThat(app.sebagai(pembaca).get("/api/t/" + SLUG + "/uji-galat").statusCode()).isEqualTo(409);
            assertThat(app.sebagai(null).get("/api/health").statusCode()).isEqualTo(200);
        } finally {
            galat.detachAppender(tangkap);
        }
        assertThat(tangkap.events).filteredOn(e -> e.getLoggerName().equals(PenanganGalatUji.class.getName())).singleElement()
                .satisfies(e -> assertThat(e.getMDCPropertyMap()).containsEntry("dinas", SLUG).containsEntry("pengguna", "pembaca-operasi"));

        // the production pattern shows them
        PatternLayout layout = new PatternLayout();
        layout.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        layout.setPattern(polaProduksi());
        layout.start();
        assertThat(layout.doLayout(dinas.getLast())).contains("[" + SLUG + " pembaca-operasi]");
        assertThat(layout.doLayout(sesudah.getFirst())).contains("[- -]");

        // the one place that sets the tenant for jobs, reports and the UI: set inside, gone after
        TenantRef ref = app.context().getBean(TenantRegistry.class).serving(SLUG);
        assertThat(MDC.get("dinas")).isNull();
        assertThat(app.context().getBean(TenantScope.class).call(ref, () -> MDC.get("dinas"))).isEqualTo(SLUG);
        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }

    /** The pattern of the application's own logback.xml (the tests' logback-test.xml takes precedence on this path). */
    private static String polaProduksi() throws IOException {
        try (InputStream in = OperasiTest.class.getClassLoader().getResourceAsStream("logback.xml")) {
            assertThat(in).isNotNull();
            Matcher m = Pattern.compile("<pattern>(.*?)</pattern>").matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(m.find()).isTrue();
            return m.group(1);
        }
    }

    /** The value of the one sample of {@code name} whose labels contain all of {@code labels}. */
    private static double baris(String teks, String name, String... labels) {
        List<String> cocok = teks.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .filter(l -> java.util.Arrays.stream(labels).allMatch(l::contains)).toList();
        assertThat(cocok).as(name + " " + String.join(",", labels) + " in\n" + teks).hasSize(1);
        String l = cocok.getFirst();
        return Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1));
    }

    /** The sum of the samples of {@code name} whose labels contain all of {@code labels} (at least one). */
    private static double jumlah(String teks, String name, String... labels) {
        List<String> cocok = teks.lines().filter(l -> l.startsWith(name + "{"))
                .filter(l -> java.util.Arrays.stream(labels).allMatch(l::contains)).toList();
        assertThat(cocok).as(name + " " + String.join(",", labels)).isNotEmpty();
        return cocok.stream().mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    /** A route of the tests only that fails, to see what its error handler logs (a 409, not a 5xx, for AksesRuteTest). */
    @Controller("/api/t/{slug}/uji-galat")
    static final class GalatUjiController {
        @Akses(Izin.BACA)
        @Get
        String gagal() {
            throw new GalatUji();
        }
    }

    static final class GalatUji extends RuntimeException {
        GalatUji() {
            super("galat uji");
        }
    }

    @Produces
    @Singleton
    static final class PenanganGalatUji implements ExceptionHandler<GalatUji, io.micronaut.http.HttpResponse<ApiError>> {
        @Override
        public io.micronaut.http.HttpResponse<ApiError> handle(io.micronaut.http.HttpRequest request, GalatUji e) {
            LoggerFactory.getLogger(PenanganGalatUji.class).info("Galat uji pada {}", request.getPath());
            return ApiError.response(HttpStatus.CONFLICT, "galat uji");
        }
    }

    /** Keeps events with their MDC read when they are logged (Logback reads it lazily, on the asking thread). */
    private static final class Tangkap extends AppenderBase<ILoggingEvent> {
        final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();

        @Override
        protected void append(ILoggingEvent e) {
            e.prepareForDeferredProcessing();
            Map<String, String> ignored = e.getMDCPropertyMap();
            events.add(e);
        }
    }
}
