package id.kinerja.server.api;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import id.kinerja.common.ForbiddenException;
import id.kinerja.common.NotAuthenticatedException;
import id.kinerja.pengguna.Identitas;
import id.kinerja.pengguna.Izin;
import id.kinerja.pengguna.Pelaku;
import id.kinerja.pengguna.Peran;
import id.kinerja.tenant.Tenant;
import id.kinerja.tenant.TenantRegistry;
import id.kinerja.ui.PenggunaSesi;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.servlet.http.ServletHttpRequest;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Map;
import java.util.TreeMap;

/**
 * Signing in. API clients and scripts take a bearer token ({@code POST /api/auth/token}); the browser signs in
 * to a session (the UI's login, or {@code POST /api/auth/sesi}) whose cookie also authorises safe API calls.
 * HTTP Basic is accepted on every route but costs a password check (~25 ms) per call.
 */
@Controller("/api")
final class AuthController {

    private final Identitas identitas;
    private final TenantRegistry registry;

    AuthController(Identitas identitas, TenantRegistry registry) {
        this.identitas = identitas;
        this.registry = registry;
    }

    /** A new token: shown once, valid 30 days. */
    @Publik
    @Post("/auth/token")
    @ApiResponse(responseCode = "201", description = "dibuat; Location menunjuk ke yang dibuat")
    HttpResponse<Identitas.TokenBaru> buatToken(HttpRequest<?> request, @Body Masuk masuk) {
        Pelaku p = identitas.masuk(masuk.username(), masuk.password(), PintuApi.alamat(request));
        return HttpResponse.created(identitas.buatToken(p, masuk.nama() == null ? "api" : masuk.nama()));
    }

    /** Revokes the token the request came with. */
    @Akses(Izin.MASUK)
    @Delete("/auth/token")
    @Status(io.micronaut.http.HttpStatus.NO_CONTENT)
    void cabutToken(HttpRequest<?> request) {
        PintuApi.bearer(request).ifPresent(identitas::cabutToken);
    }

    /** Signs the browser in: a new session id (no fixation), HttpOnly, SameSite=Lax. */
    @Publik
    @Post("/auth/sesi")
    Pelaku masukSesi(HttpRequest<?> request, @Body Masuk masuk) {
        Pelaku p = identitas.masuk(masuk.username(), masuk.password(), PintuApi.alamat(request));
        PenggunaSesi.masukkan(servlet(request), p);
        return p;
    }

    /**
     * Signs the browser out: only a page of Kinerja itself may (same origin, as the browser says in
     * {@code Sec-Fetch-Site} or {@code Origin}), so another site cannot sign a user out; and only a signed-in session.
     */
    @Publik
    @Delete("/auth/sesi")
    @Status(io.micronaut.http.HttpStatus.NO_CONTENT)
    void keluarSesi(HttpRequest<?> request) {
        if (!PintuApi.asalSama(request)) {
            throw new ForbiddenException("Keluar hanya dari halaman Kinerja sendiri: permintaan dari situs lain atau tanpa "
                    + "asal (Origin) ditolak");
        }
        HttpServletRequest servlet = servlet(request);
        if (PenggunaSesi.dari(identitas, servlet).isEmpty()) {
            throw new NotAuthenticatedException("Belum masuk: tidak ada sesi yang dapat ditutup");
        }
        PenggunaSesi.keluarkan(servlet);
    }

    private static HttpServletRequest servlet(HttpRequest<?> request) {
        return (HttpServletRequest) ((ServletHttpRequest<?, ?>) request).getNativeRequest();
    }

    /** Who am I, and my roles by dinas. */
    @Akses(Izin.MASUK)
    @Get("/saya")
    Saya bacaSaya() {
        Pelaku p = Pelaku.current().orElseThrow();
        Map<String, Peran> peran = new TreeMap<>();
        for (Tenant t : registry.dariId(p.peran().keySet())) {
            peran.put(t.slug(), p.peran().get(t.id()));
        }
        return new Saya(p.id(), p.username(), p.nama(), p.provinsi(), peran);
    }

    /** Who is signed in, with their role in each dinas keyed by the slug the routes use ({@code /api/t/{slug}}). */
    @Serdeable
    record Saya(long id, String username, String nama, boolean provinsi, Map<String, Peran> peran) {
    }

    /** Sign-in credentials; {@code nama} names a token (e.g. "skrip rekap"). */
    @Serdeable
    record Masuk(@Nullable String username, @Nullable String password, @Nullable String nama) {
    }
}
