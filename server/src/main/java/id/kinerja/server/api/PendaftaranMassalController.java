package id.kinerja.server.api;

import id.kinerja.common.NotFoundException;
import id.kinerja.pendaftaran.DaftarMassal;
import id.kinerja.pendaftaran.PendaftaranMassal;
import id.kinerja.pengguna.Izin;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

/**
 * Bulk onboarding for the provincial admin: one list of dinas (XLSX or CSV) starts one job, answered 202 at once;
 * the job's progress, failures and skipped rows are read from its own URL. A file that is no such list is refused
 * before any job exists (422, field {@code berkas}).
 */
@Controller("/api/admin/pendaftaran-massal")
final class PendaftaranMassalController {

    private final PendaftaranMassal massal;

    PendaftaranMassalController(PendaftaranMassal massal) {
        this.massal = massal;
    }

    /** Multipart with the list as {@code berkas}. */
    @Akses(Izin.ADMIN_PROVINSI)
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @ApiResponse(responseCode = "202", description = "pekerjaan dimulai; Location menunjuk ke kemajuannya")
    HttpResponse<PendaftaranMassal.Keadaan> mulaiPendaftaranMassal(@Part("berkas") CompletedFileUpload berkas) {
        byte[] isi;
        try {
            isi = berkas.getSize() > DaftarMassal.BATAS_BYTE ? new byte[DaftarMassal.BATAS_BYTE + 1] : berkas.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PendaftaranMassal.Keadaan k = massal.mulai(berkas.getFilename(), isi);
        return HttpResponse.accepted(URI.create("/api/admin/pendaftaran-massal/" + k.id())).body(k);
    }

    @Akses(Izin.ADMIN_PROVINSI)
    @Get("/{id}")
    PendaftaranMassal.Keadaan bacaPendaftaranMassal(String id) {
        return massal.keadaan(id).orElseThrow(() -> new NotFoundException("Pekerjaan pendaftaran massal '" + id
                + "' tidak ditemukan (hanya " + PendaftaranMassal.SIMPAN + " pekerjaan terakhir yang disimpan sampai server dimulai ulang)"));
    }

    /** The list to fill, as a workbook: the header and two example rows ({@code template}: a template slug to show). */
    @Akses(Izin.ADMIN_PROVINSI)
    @Get(value = "/templat", produces = Unduhan.XLSX)
    HttpResponse<byte[]> templatPendaftaranMassal(@QueryValue @Nullable String template) {
        return Unduhan.berkas(DaftarMassal.templatXlsx(template), Unduhan.XLSX, "daftar-dinas.xlsx");
    }
}
