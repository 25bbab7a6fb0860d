package id.kinerja.server.api;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import id.kinerja.bukti.Bukti;
import id.kinerja.bukti.BuktiService;
import id.kinerja.common.InvalidInputException;
import id.kinerja.common.Teks;
import id.kinerja.pengguna.Izin;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.multipart.CompletedFileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

/**
 * Evidence files (bukti dukung). Downloads are attachments with the type detected at upload and
 * {@code nosniff}, inside a sandbox: a file is never run or rendered as a page of this site.
 */
@Controller("/api/t/{slug}")
final class BuktiController {

    private final BuktiService bukti;

    BuktiController(BuktiService bukti) {
        this.bukti = bukti;
    }

    @Akses(Izin.UBAH_DATA)
    @Post(value = "/bukti", consumes = MediaType.MULTIPART_FORM_DATA)
    @ApiResponse(responseCode = "201", description = "dibuat; Location menunjuk ke yang dibuat")
    HttpResponse<Bukti> unggahBukti(String slug, @Part("indikatorId") @Nullable String indikatorId, @Part("tahun") @Nullable String tahun,
                               @Part("triwulan") @Nullable String triwulan, @Part("berkas") @Nullable CompletedFileUpload berkas) {
        if (berkas == null) {
            throw new InvalidInputException("berkas", "wajib diunggah");
        }
        try {
            Bukti b = bukti.unggah(angka(indikatorId, "indikatorId"), (int) angka(tahun, "tahun"),
                    Teks.rapi(triwulan) == null ? null : (int) angka(triwulan, "triwulan"), berkas.getFilename(), berkas.getBytes());
            return HttpResponse.created(b, URI.create("/api/t/" + slug + "/bukti/" + b.id()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long angka(@Nullable String s, String field) {
        try {
            return Long.parseLong(s == null ? "" : s.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "wajib diisi dengan angka bulat");
        }
    }

    @Akses(Izin.BACA)
    @Get("/indikator/{id}/bukti")
    List<Bukti> daftarBukti(String slug, long id) {
        return bukti.milik(id);
    }

    @Akses(Izin.BACA)
    @Get("/bukti/{id}")
    HttpResponse<byte[]> unduhBukti(String slug, long id) {
        Bukti b = bukti.baca(id);
        return Unduhan.berkas(bukti.isi(b), b.tipe(), b.namaBerkas())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'");
    }

    /** Deletes the file; the audit log keeps the record of it. */
    @Akses(Izin.UBAH_DATA)
    @Delete("/bukti/{id}")
    @Status(io.micronaut.http.HttpStatus.NO_CONTENT)
    void hapusBukti(String slug, long id) {
        bukti.hapus(id);
    }
}
