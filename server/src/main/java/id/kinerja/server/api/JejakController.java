package id.kinerja.server.api;

import id.kinerja.jejak.Jejak;
import id.kinerja.jejak.JejakService;
import id.kinerja.pengguna.Izin;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;

import java.time.Instant;
import java.util.List;

/** The audit log of a dinas, for its admin and its reviewers; there is no route that changes it. */
@Controller("/api/t/{slug}")
final class JejakController {

    private final JejakService jejak;

    JejakController(JejakService jejak) {
        this.jejak = jejak;
    }

    /** Newest first; {@code dari}/{@code sampai} are ISO instants, {@code entitas} a table name. */
    @Akses(Izin.LIHAT_JEJAK)
    @Get("/jejak")
    List<Jejak> cari(String slug, @QueryValue @Nullable Instant dari, @QueryValue @Nullable Instant sampai,
                     @QueryValue @Nullable String entitas, @QueryValue @Nullable Long entitasId,
                     @QueryValue(defaultValue = "100") int batas, @QueryValue(defaultValue = "0") int lewati) {
        return jejak.cari(dari, sampai, entitas, entitasId, batas, lewati);
    }

    @Akses(Izin.LIHAT_JEJAK)
    @Get(value = "/jejak.csv", produces = "text/csv")
    HttpResponse<byte[]> csv(String slug, @QueryValue @Nullable Instant dari, @QueryValue @Nullable Instant sampai,
                             @QueryValue @Nullable String entitas) {
        byte[] isi = jejak.csv(jejak.cari(dari, sampai, entitas, null, JejakService.BATAS_MAKS, 0));
        return Unduhan.berkas(isi, "text/csv; charset=utf-8", slug + "-jejak.csv");
    }
}
