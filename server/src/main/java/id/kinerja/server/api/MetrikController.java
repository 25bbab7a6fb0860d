package id.kinerja.server.api;

import id.kinerja.pengguna.Izin;
import id.kinerja.tenant.MigrationMeters;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/**
 * The process's meters in Prometheus' text format, for the provincial admin only (a scraper signs in with a token of
 * that admin): API requests per route and status, report renders per document kind, dinas per migration state, the
 * pool and the JVM. See docs/operations.md.
 */
@Controller("/api/metrics")
final class MetrikController {

    static final String PROMETHEUS_TEKS = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry meters;
    private final MigrationMeters migrasi;

    MetrikController(PrometheusMeterRegistry meters, MigrationMeters migrasi) {
        this.meters = meters;
        this.migrasi = migrasi;
    }

    @Akses(Izin.ADMIN_PROVINSI)
    @Get(produces = PROMETHEUS_TEKS)
    HttpResponse<String> metrik() {
        migrasi.refresh();
        return HttpResponse.ok(meters.scrape()).contentType(MediaType.of(PROMETHEUS_TEKS));
    }
}
