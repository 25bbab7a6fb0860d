package id.kinerja.server.api;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import id.kinerja.pengguna.Izin;
import id.kinerja.narasi.Bab;
import id.kinerja.narasi.Narasi;
import id.kinerja.narasi.NarasiService;
import id.kinerja.renstra.Periode;
import id.kinerja.renstra.PeriodeInput;
import id.kinerja.renstra.Pindah;
import id.kinerja.renstra.RenstraService;
import id.kinerja.renstra.Simpul;
import id.kinerja.renstra.SimpulBaru;
import id.kinerja.renstra.SimpulUbah;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;

import java.net.URI;
import java.util.List;

/** Renstra periods and the nodes of their framework tree. */
@Controller("/api/t/{slug}")
final class RenstraController {

    private final RenstraService renstra;
    private final NarasiService narasi;

    RenstraController(RenstraService renstra, NarasiService narasi) {
        this.renstra = renstra;
        this.narasi = narasi;
    }

    @Akses(Izin.BACA)
    @Get("/periode")
    List<Periode> daftarPeriode(String slug) {
        return renstra.daftarPeriode();
    }

    @Akses(Izin.UBAH_KERANGKA)
    @Post("/periode")
    @ApiResponse(responseCode = "201", description = "dibuat; Location menunjuk ke yang dibuat")
    HttpResponse<Periode> buatPeriode(String slug, @Body PeriodeInput input) {
        Periode p = renstra.buatPeriode(input);
        return HttpResponse.created(p, URI.create("/api/t/" + slug + "/periode/" + p.id()));
    }

    @Akses(Izin.BACA)
    @Get("/periode/{id}")
    Periode bacaPeriode(String slug, long id) {
        return renstra.periode(id);
    }

    @Akses(Izin.UBAH_KERANGKA)
    @Put("/periode/{id}")
    Periode ubahPeriode(String slug, long id, @Body PeriodeInput input) {
        return renstra.ubahPeriode(id, input);
    }

    /** Refused (409) while the period holds nodes, unless {@code cascade=true}. */
    @Akses(Izin.UBAH_KERANGKA)
    @Delete("/periode/{id}")
    @Status(io.micronaut.http.HttpStatus.NO_CONTENT)
    void hapusPeriode(String slug, long id, @QueryValue(defaultValue = "false") boolean cascade) {
        renstra.hapusPeriode(id, cascade);
    }

    /** Every node of the period, ordered; {@code parentId} links them into the tree. */
    @Akses(Izin.BACA)
    @Get("/periode/{id}/simpul")
    List<Simpul> daftarSimpul(String slug, long id) {
        return renstra.pohon(id);
    }

    @Akses(Izin.BACA)
    @Get("/periode/{id}/narasi")
    List<Narasi> daftarNarasi(String slug, long id) {
        renstra.periode(id);
        return narasi.narasi(id);
    }

    @Akses(Izin.BACA)
    @Get("/periode/{id}/bab")
    List<Bab> daftarBab(String slug, long id) {
        renstra.periode(id);
        return narasi.bab(id);
    }

    @Akses(Izin.UBAH_KERANGKA)
    @Post("/simpul")
    @ApiResponse(responseCode = "201", description = "dibuat; Location menunjuk ke yang dibuat")
    HttpResponse<Simpul> buatSimpul(String slug, @Body SimpulBaru input) {
        Simpul s = renstra.tambah(input);
        return HttpResponse.created(s, URI.create("/api/t/" + slug + "/simpul/" + s.id()));
    }

    @Akses(Izin.BACA)
    @Get("/simpul/{id}")
    Simpul bacaSimpul(String slug, long id) {
        return renstra.simpul(id);
    }

    @Akses(Izin.UBAH_KERANGKA)
    @Put("/simpul/{id}")
    Simpul ubahSimpul(String slug, long id, @Body SimpulUbah input) {
        return renstra.ubah(id, input);
    }

    /** Moves a node under another parent of the level above, or to another position among its siblings. */
    @Akses(Izin.UBAH_KERANGKA)
    @Post("/simpul/{id}/pindah")
    Simpul pindahSimpul(String slug, long id, @Body Pindah input) {
        return renstra.pindah(id, input);
    }

    /** Refused (409) while indicators, budgets, narratives or child nodes hang under it, unless {@code cascade=true}. */
    @Akses(Izin.UBAH_KERANGKA)
    @Delete("/simpul/{id}")
    @Status(io.micronaut.http.HttpStatus.NO_CONTENT)
    void hapusSimpul(String slug, long id, @QueryValue(defaultValue = "false") @Nullable Boolean cascade) {
        renstra.hapus(id, Boolean.TRUE.equals(cascade));
    }
}
