package id.kinerja.server.api;

import id.kinerja.cadangan.Cadangan;
import id.kinerja.pengguna.Izin;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.net.URI;

/**
 * Backup and restore of one dinas as a ZIP archive (docs/operations.md), for the provincial admin: the archive is
 * written to a temporary file first, so a failure half-way answers an error instead of a cut-off download.
 */
@Controller("/api/admin/tenants/{slug}")
final class CadanganController {

    static final String ZIP = "application/zip";

    private final Cadangan cadangan;

    CadanganController(Cadangan cadangan) {
        this.cadangan = cadangan;
    }

    @Akses(Izin.ADMIN_PROVINSI)
    @Get(value = "/cadangan", produces = ZIP)
    HttpResponse<StreamedFile> unduhCadangan(String slug) {
        Path sementara;
        try {
            sementara = Files.createTempFile("kinerja-cadangan", ".zip");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            try (OutputStream out = Files.newOutputStream(sementara)) {
                cadangan.cadangkan(slug, out);
            }
            long ukuran = Files.size(sementara);
            InputStream in = Files.newInputStream(sementara);
            Files.delete(sementara); // the open stream keeps the bytes until the response has been sent
            String waktu = LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            return Unduhan.berkas(new StreamedFile(in, MediaType.of(ZIP), System.currentTimeMillis(), ukuran), ZIP,
                    slug + "-cadangan-" + waktu + ".zip");
        } catch (IOException e) {
            hapus(sementara);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            hapus(sementara);
            throw e;
        }
    }

    /**
     * Restores an archive (the request body) into dinas {@code slug}: a new dinas when the slug is free (named {@code nama},
     * else as in the archive), or an existing dinas that holds nothing yet. All or nothing; a refused archive answers 422
     * with the reason.
     */
    @Akses(Izin.ADMIN_PROVINSI)
    @Post(value = "/pulihkan", consumes = {ZIP, MediaType.APPLICATION_OCTET_STREAM})
    @ApiResponse(responseCode = "201", description = "dinas baru dibuat dari arsip; Location menunjuk ke dinas itu")
    @ApiResponse(responseCode = "200", description = "dipulihkan ke dinas yang sudah ada dan masih kosong")
    HttpResponse<Cadangan.Hasil> pulihkanCadangan(String slug, @QueryValue @Nullable String nama, @Body byte[] isi) {
        Cadangan.Hasil hasil = cadangan.pulihkan(slug, new ByteArrayInputStream(isi), nama);
        return hasil.dinasBaru() ? HttpResponse.created(hasil, URI.create("/api/admin/tenants/" + slug)) : HttpResponse.ok(hasil);
    }

    private static void hapus(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a temporary file: the system's cleaner takes it
        }
    }
}
