package id.kinerja.server.api;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import id.kinerja.pengguna.Izin;
import id.kinerja.pengguna.Pelaku;
import id.kinerja.pengguna.PenggunaBaru;
import id.kinerja.pengguna.PenggunaService;
import id.kinerja.pengguna.Peran;
import id.kinerja.tenant.TenantScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Users: all of them for the provincial admin; the members of a dinas for its admin. */
@Controller("/api")
final class PenggunaController {

    private final PenggunaService pengguna;

    PenggunaController(PenggunaService pengguna) {
        this.pengguna = pengguna;
    }

    @Akses(Izin.ADMIN_PROVINSI)
    @Get("/admin/pengguna")
    List<PenggunaService.Info> daftarPengguna() {
        return pengguna.semua();
    }

    @Akses(Izin.ADMIN_PROVINSI)
    @Post("/admin/pengguna")
    @ApiResponse(responseCode = "201", description = "dibuat; Location menunjuk ke yang dibuat")
    HttpResponse<PenggunaService.Info> buatPengguna(@Body PenggunaBaru baru) {
        return HttpResponse.created(pengguna.buat(baru));
    }

    /** A new password for anyone (the provincial admin). */
    @Akses(Izin.ADMIN_PROVINSI)
    @Put("/admin/pengguna/{id}/sandi")
    @Status(io.micronaut.http.HttpStatus.NO_CONTENT)
    void aturSandiPengguna(long id, @Body Sandi sandi) {
        pengguna.aturSandi(null, id, new PenggunaService.SandiBaru(sandi.password()));
    }

    @Akses(Izin.KELOLA_ANGGOTA)
    @Get("/t/{slug}/anggota")
    List<PenggunaService.Anggota> daftarAnggota(String slug) {
        return pengguna.anggota(tenantId());
    }

    /** Gives an existing user a role in this dinas. */
    @Akses(Izin.KELOLA_ANGGOTA)
    @Put("/t/{slug}/anggota")
    PenggunaService.Anggota tetapkanAnggota(String slug, @Body Keanggotaan k) {
        return pengguna.tetapkanPeran(tenantId(), k.username(), k.peran());
    }

    /** A new user who is a member of this dinas from the start. */
    @Akses(Izin.KELOLA_ANGGOTA)
    @Post("/t/{slug}/anggota")
    @ApiResponse(responseCode = "201", description = "dibuat; Location menunjuk ke yang dibuat")
    HttpResponse<PenggunaService.Anggota> buatAnggota(String slug, @Body AnggotaBaru a) {
        return HttpResponse.created(pengguna.buatAnggota(tenantId(), new PenggunaBaru(a.username(), a.nama(), a.password(), false),
                a.peran()));
    }

    @Akses(Izin.KELOLA_ANGGOTA)
    @Delete("/t/{slug}/anggota/{penggunaId}")
    @Status(io.micronaut.http.HttpStatus.NO_CONTENT)
    void cabutAnggota(String slug, long penggunaId) {
        pengguna.cabutPeran(tenantId(), penggunaId);
    }

    /**
     * A new password for a member, as in the UI: a dinas admin only for someone who belongs to this dinas alone and is
     * not a provincial admin; a provincial admin without a role here for anyone of the dinas.
     */
    @Akses(Izin.KELOLA_ANGGOTA)
    @Put("/t/{slug}/anggota/{penggunaId}/sandi")
    @Status(io.micronaut.http.HttpStatus.NO_CONTENT)
    void aturSandiAnggota(String slug, long penggunaId, @Body Sandi sandi) {
        long tenant = tenantId();
        Long sebagai = Pelaku.current().orElseThrow().peranDi(tenant) == null ? null : tenant;
        pengguna.aturSandi(sebagai, penggunaId, new PenggunaService.SandiBaru(sandi.password()));
    }

    private static long tenantId() {
        return TenantScope.current().orElseThrow().id();
    }

    @Serdeable
    record Keanggotaan(@Nullable String username, @Nullable Peran peran) {
    }

    @Serdeable
    record Sandi(@Nullable String password) {
    }

    @Serdeable
    record AnggotaBaru(@Nullable String username, @Nullable String nama, @Nullable String password, @Nullable Peran peran) {
    }
}
