package id.kinerja.server.api;

import id.kinerja.pengguna.Izin;
import id.kinerja.profil.ProfilData;
import id.kinerja.profil.ProfilService;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;

/** The dinas's profile (tugas, fungsi, visi, misi, signatories) and logo. */
@Controller("/api/t/{slug}/profil")
final class ProfilController {

    private final ProfilService profil;

    ProfilController(ProfilService profil) {
        this.profil = profil;
    }

    @Akses(Izin.BACA)
    @Get
    ProfilData bacaProfil(String slug) {
        return profil.baca();
    }

    @Akses(Izin.UBAH_KERANGKA)
    @Put
    ProfilData simpanProfil(String slug, @Body ProfilData data) {
        return profil.simpan(data);
    }

    @Akses(Izin.BACA)
    @Get(value = "/logo", produces = {MediaType.IMAGE_PNG, MediaType.IMAGE_JPEG})
    HttpResponse<byte[]> unduhLogo(String slug) {
        return profil.logo()
                .map(l -> HttpResponse.ok(l.isi()).contentType(l.tipe()).header("X-Content-Type-Options", "nosniff"))
                .orElseGet(HttpResponse::notFound);
    }

    @Akses(Izin.UBAH_KERANGKA)
    @Put("/logo")
    @Consumes({MediaType.IMAGE_PNG, MediaType.IMAGE_JPEG, MediaType.APPLICATION_OCTET_STREAM})
    @Status(io.micronaut.http.HttpStatus.NO_CONTENT)
    void simpanLogo(String slug, @Body byte[] isi) {
        profil.simpanLogo(isi);
    }

    @Akses(Izin.UBAH_KERANGKA)
    @Delete("/logo")
    @Status(io.micronaut.http.HttpStatus.NO_CONTENT)
    void hapusLogo(String slug) {
        profil.simpanLogo(null);
    }
}
