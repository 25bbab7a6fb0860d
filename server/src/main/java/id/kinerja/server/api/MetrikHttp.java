package id.kinerja.server.api;

import id.kinerja.metrik.Latensi;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteMatch;

/**
 * Times every API request as {@code http_server_requests_seconds{method, uri, status}}, where {@code uri} is the route's
 * template ({@code /api/t/{slug}/laporan/{jenis}}), never the path with its slugs and ids: one series per route and
 * status, however many dinas. A path that matches no route counts as {@code NOT_FOUND} (or {@code UNMATCHED}). Runs
 * before {@link PintuApi}, so refused requests (401, 403, 404 of an unknown dinas) are counted too.
 */
@ServerFilter("/api/**")
@Order(Ordered.HIGHEST_PRECEDENCE)
final class MetrikHttp {

    private static final String MULAI = MetrikHttp.class.getName() + ".mulai";

    private final MeterRegistry meters;

    MetrikHttp(MeterRegistry meters) {
        this.meters = meters;
    }

    @RequestFilter
    void masuk(HttpRequest<?> request) {
        request.setAttribute(MULAI, Timer.start(meters));
    }

    @ResponseFilter
    void keluar(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!(request.getAttribute(MULAI).orElse(null) instanceof Timer.Sample mulai)) {
            return;
        }
        int status = response.code();
        mulai.stop(Latensi.timer("http.server.requests", "API requests by route template and status")
                .tags("method", request.getMethodName(), "uri", rute(request, status), "status", Integer.toString(status))
                .register(meters));
    }

    /** The template of the matched route, or a fixed word: never the raw path. */
    static String rute(HttpRequest<?> request, int status) {
        return RouteAttributes.getRouteMatch(request)
                .filter(m -> m instanceof UriRouteMatch<?, ?>)
                .map(m -> ((UriRouteMatch<?, ?>) m).getRouteInfo().getUriMatchTemplate().toPathString())
                .orElse(status == 404 ? "NOT_FOUND" : "UNMATCHED");
    }
}
