package id.kinerja.server.api;

import id.kinerja.common.ForbiddenException;
import id.kinerja.common.NotAuthenticatedException;
import id.kinerja.pengguna.Identitas;
import id.kinerja.pengguna.Izin;
import id.kinerja.pengguna.Pelaku;
import id.kinerja.tenant.JejakKonteks;
import id.kinerja.tenant.TenantRef;
import id.kinerja.tenant.TenantRegistry;
import id.kinerja.ui.PenggunaSesi;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.servlet.http.ServletHttpRequest;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.RouteAttributes;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.MDC;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The API's one gate. For every matched route it finds out who asks (a bearer token, HTTP Basic, or, for safe
 * methods only, the browser session of the UI), checks the route's {@link Akses} against the user's role in the
 * dinas of the route ({@code /api/t/{slug}/…}: unknown or suspended slug 404, not a member 403), and puts the
 * user, the tenant and the audit identity into the propagated context, and the slug and username into the log's MDC.
 */
@ServerFilter("/api/**")
final class PintuApi {

    private static final String PREFIX_TENANT = "/api/t/";
    private static final Set<HttpMethod> AMAN = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final Identitas identitas;
    private final TenantRegistry registry;

    PintuApi(Identitas identitas, TenantRegistry registry) {
        this.identitas = identitas;
        this.registry = registry;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> masuk(HttpRequest<?> request, MutablePropagatedContext context) {
        if (dariSitusLain(request)) {
            throw new ForbiddenException("Permintaan dari situs lain ditolak: asal (Origin) permintaan bukan alamat Kinerja ini");
        }
        Optional<RouteMatch<?>> route = RouteAttributes.getRouteMatch(request);
        if (route.isEmpty()) {
            return null; // no such route: Micronaut answers 404
        }
        AnnotationMetadata md = route.get().getAnnotationMetadata();
        if (md.hasAnnotation(Publik.class)) {
            return null;
        }
        Izin izin = md.enumValue(Akses.class, Izin.class)
                .orElseThrow(() -> new ForbiddenException("Rute ini belum punya aturan akses"));
        Pelaku pelaku = siapa(request).orElseThrow(() -> new NotAuthenticatedException(
                AMAN.contains(request.getMethod()) ? "Masuk dahulu" : "Masuk dahulu: perubahan lewat API memakai token"));
        context.add(pelaku);
        context.add(new JejakKonteks(pelaku.username(), null, false));
        // also straight into this thread's MDC: the error handlers log after the propagated context has closed
        // (KonteksLog clears it when the request leaves the servlet)
        MDC.put(JejakKonteks.MDC_PENGGUNA, pelaku.username());
        String path = request.getPath();
        if (path.startsWith(PREFIX_TENANT)) {
            String rest = path.substring(PREFIX_TENANT.length());
            int slash = rest.indexOf('/');
            TenantRef tenant = registry.serving(slash < 0 ? rest : rest.substring(0, slash));
            if (!pelaku.boleh(izin, tenant.id())) {
                throw new ForbiddenException(pelaku.mengenal(tenant.id())
                        ? "Peran Anda di dinas ini tidak mengizinkan langkah ini (" + izin + ")"
                        : "Anda bukan anggota dinas ini");
            }
            context.add(tenant);
            MDC.put(TenantRef.MDC_DINAS, tenant.slug());
        } else if (izin == Izin.ADMIN_PROVINSI && !pelaku.provinsi()) {
            throw new ForbiddenException("Hanya admin provinsi");
        } else if (izin != Izin.MASUK && izin != Izin.ADMIN_PROVINSI) {
            throw new ForbiddenException("Rute ini tidak berada di bawah dinas mana pun");
        }
        return null;
    }

    /** The user of a bearer token or Basic credentials; for safe methods also of the browser session. */
    private Optional<Pelaku> siapa(HttpRequest<?> request) {
        String auth = request.getHeaders().getAuthorization().orElse(null);
        if (auth != null) {
            Optional<String> token = bearer(request);
            if (token.isPresent()) {
                return Optional.of(identitas.dariToken(token.get())
                        .orElseThrow(() -> new NotAuthenticatedException("Token tidak dikenal atau kedaluwarsa")));
            }
            if (auth.regionMatches(true, 0, "Basic ", 0, 6)) {
                String pair;
                try {
                    pair = new String(Base64.getDecoder().decode(auth.substring(6).strip()), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    throw new NotAuthenticatedException("Header Basic tidak dapat dibaca");
                }
                int colon = pair.indexOf(':');
                if (colon < 0) {
                    throw new NotAuthenticatedException("Header Basic tidak dapat dibaca");
                }
                return Optional.of(identitas.masuk(pair.substring(0, colon), pair.substring(colon + 1), alamat(request)));
            }
            throw new NotAuthenticatedException("Skema otorisasi tidak dikenal; pakai Bearer");
        }
        if (!AMAN.contains(request.getMethod()) || !(request instanceof ServletHttpRequest<?, ?> servlet)) {
            return Optional.empty();
        }
        return PenggunaSesi.dari(identitas, (HttpServletRequest) servlet.getNativeRequest());
    }

    /**
     * Whether a browser sent this request from a page of another site ({@code Sec-Fetch-Site: cross-site/same-site}, or
     * without that header an {@code Origin} that is not the request's {@code Host}). The API has no cross-origin use:
     * such requests are refused on every host (Micronaut's own check, localhost only and with an empty 403, is off).
     */
    static boolean dariSitusLain(HttpRequest<?> request) {
        String situs = request.getHeaders().get("Sec-Fetch-Site");
        if (situs != null) {
            return situs.equals("cross-site") || situs.equals("same-site");
        }
        return request.getHeaders().getOrigin().isPresent() && !asalSama(request);
    }

    /**
     * Whether the browser says this request comes from a page of this same origin: {@code Sec-Fetch-Site: same-origin}
     * where the browser sends it, otherwise an {@code Origin} whose host and port are the request's {@code Host}.
     * A request with neither (not from a browser page) does not.
     */
    static boolean asalSama(HttpRequest<?> request) {
        String situs = request.getHeaders().get("Sec-Fetch-Site");
        if (situs != null) {
            return situs.equals("same-origin");
        }
        String origin = request.getHeaders().getOrigin().orElse(null);
        String host = request.getHeaders().get(io.micronaut.http.HttpHeaders.HOST);
        if (origin == null || host == null) {
            return false;
        }
        try {
            String authority = java.net.URI.create(origin).getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The client's IP address (the sign-in throttle counts per username and address). */
    static String alamat(HttpRequest<?> request) {
        if (request instanceof ServletHttpRequest<?, ?> servlet) {
            return ((HttpServletRequest) servlet.getNativeRequest()).getRemoteAddr();
        }
        var remote = request.getRemoteAddress();
        return remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
    }

    /** The token of an {@code Authorization: Bearer …} header. */
    static Optional<String> bearer(HttpRequest<?> request) {
        return request.getHeaders().getAuthorization().filter(a -> a.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(a -> a.substring(7).strip());
    }
}
