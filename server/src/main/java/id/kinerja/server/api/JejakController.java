package id.kinerja.server.api;

import id.kinerja.jejak.Jejak;
import id.kinerja.jejak.JejakService;
import id.kinerja.pengguna.Izin;
import id.kinerja.tenant.TenantRef;
import id.kinerja.tenant.TenantScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** The audit log of a dinas, for its admin and its reviewers; there is no route that changes it. */
@Controller("/api/t/{slug}")
final class JejakController {

    private final JejakService jejak;
    private final TenantScope scope;

    JejakController(JejakService jejak, TenantScope scope) {
        this.jejak = jejak;
        this.scope = scope;
    }

    /** Newest first, at most 1,000 rows a page; {@code dari}/{@code sampai} are ISO instants, {@code entitas} a table name. */
    @Akses(Izin.LIHAT_JEJAK)
    @Get("/jejak")
    List<Jejak> cariJejak(String slug, @QueryValue @Nullable Instant dari, @QueryValue @Nullable Instant sampai,
                     @QueryValue @Nullable String entitas, @QueryValue @Nullable Long entitasId,
                     @QueryValue(defaultValue = "100") int batas, @QueryValue(defaultValue = "0") int lewati) {
        return jejak.cari(dari, sampai, entitas, entitasId, batas, lewati);
    }

    /** Every row in the range, streamed: the file is written while it is read from the database, in short reads. */
    @Akses(Izin.LIHAT_JEJAK)
    @Get(value = "/jejak.csv", produces = "text/csv")
    HttpResponse<Writable> unduhJejakCsv(String slug, @QueryValue @Nullable Instant dari, @QueryValue @Nullable Instant sampai,
                               @QueryValue @Nullable String entitas) {
        TenantRef dinas = TenantScope.current().orElseThrow();
        Writable isi = out -> scope.run(dinas, () -> {
            try {
                jejak.tulisCsv(dari, sampai, entitas, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return Unduhan.berkas(isi, "text/csv; charset=utf-8", slug + "-jejak.csv");
    }
}
