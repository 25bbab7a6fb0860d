package id.kinerja.server.api;

import id.kinerja.pengguna.Izin;
import id.kinerja.unitkerja.UnitKerja;
import id.kinerja.unitkerja.UnitKerjaBaru;
import id.kinerja.unitkerja.UnitKerjaService;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;

import java.net.URI;
import java.util.List;

/** The units (bidang) of a dinas. */
@Controller("/api/t/{slug}/unit-kerja")
final class UnitKerjaController {

    private final UnitKerjaService units;

    UnitKerjaController(UnitKerjaService units) {
        this.units = units;
    }

    @Akses(Izin.BACA)
    @Get
    List<UnitKerja> list(String slug) {
        return units.list();
    }

    @Akses(Izin.UBAH_KERANGKA)
    @Post
    HttpResponse<UnitKerja> add(String slug, @Body UnitKerjaBaru command) {
        UnitKerja unit = units.add(command);
        return HttpResponse.created(unit, URI.create("/api/t/" + slug + "/unit-kerja/" + unit.id()));
    }
}
