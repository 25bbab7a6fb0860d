package id.kinerja.server.api;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import id.kinerja.pengguna.Izin;
import id.kinerja.unitkerja.UnitKerja;
import id.kinerja.unitkerja.UnitKerjaBaru;
import id.kinerja.unitkerja.UnitKerjaService;
import id.kinerja.unitkerja.UnitKerjaUbah;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;

import java.net.URI;
import java.util.List;

/** The units (kepala, sekretariat, sub bagian, bidang) of a dinas and their hierarchy. */
@Controller("/api/t/{slug}/unit-kerja")
final class UnitKerjaController {

    private final UnitKerjaService units;

    UnitKerjaController(UnitKerjaService units) {
        this.units = units;
    }

    @Akses(Izin.BACA)
    @Get
    List<UnitKerja> daftarUnitKerja(String slug) {
        return units.list();
    }

    /** The units in the order of the struktur organisasi (each before the units under it). */
    @Akses(Izin.BACA)
    @Get("/susunan")
    List<UnitKerja> susunanUnitKerja(String slug) {
        return units.susunan();
    }

    @Akses(Izin.UBAH_KERANGKA)
    @Post
    @ApiResponse(responseCode = "201", description = "dibuat; Location menunjuk ke yang dibuat")
    HttpResponse<UnitKerja> buatUnitKerja(String slug, @Body UnitKerjaBaru command) {
        UnitKerja unit = units.add(command);
        return HttpResponse.created(unit, URI.create("/api/t/" + slug + "/unit-kerja/" + unit.id()));
    }

    @Akses(Izin.UBAH_KERANGKA)
    @Put("/{id}")
    UnitKerja ubahUnitKerja(String slug, long id, @Body UnitKerjaUbah command) {
        return units.ubah(id, command);
    }
}
