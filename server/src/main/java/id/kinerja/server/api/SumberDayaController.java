package id.kinerja.server.api;

import id.kinerja.pengguna.Izin;
import id.kinerja.sumberdaya.KomposisiPegawai;
import id.kinerja.sumberdaya.PegawaiInput;
import id.kinerja.sumberdaya.Sarana;
import id.kinerja.sumberdaya.SaranaInput;
import id.kinerja.sumberdaya.SumberDayaService;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;

import java.util.List;

/** The staff composition and the sarana dan prasarana of a dinas per year (Bab I of the Laporan Kinerja). */
@Controller("/api/t/{slug}")
final class SumberDayaController {

    private final SumberDayaService sumberDaya;

    SumberDayaController(SumberDayaService sumberDaya) {
        this.sumberDaya = sumberDaya;
    }

    @Akses(Izin.BACA)
    @Get("/pegawai")
    List<KomposisiPegawai> bacaPegawai(String slug, @QueryValue int tahun) {
        return sumberDaya.pegawai(tahun);
    }

    @Akses(Izin.UBAH_KERANGKA)
    @Put("/pegawai")
    List<KomposisiPegawai> simpanPegawai(String slug, @QueryValue int tahun, @Body List<PegawaiInput> baris) {
        return sumberDaya.simpanPegawai(tahun, baris);
    }

    @Akses(Izin.BACA)
    @Get("/sarana")
    List<Sarana> bacaSarana(String slug, @QueryValue int tahun) {
        return sumberDaya.sarana(tahun);
    }

    @Akses(Izin.UBAH_KERANGKA)
    @Put("/sarana")
    List<Sarana> simpanSarana(String slug, @QueryValue int tahun, @Body List<SaranaInput> baris) {
        return sumberDaya.simpanSarana(tahun, baris);
    }
}
