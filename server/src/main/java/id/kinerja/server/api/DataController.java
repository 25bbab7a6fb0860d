package id.kinerja.server.api;

import id.kinerja.pengguna.Izin;
import id.kinerja.anggaran.AnggaranInput;
import id.kinerja.anggaran.AnggaranService;
import id.kinerja.anggaran.RealisasiAnggaranInput;
import id.kinerja.common.HasilSimpan;
import id.kinerja.narasi.Bab;
import id.kinerja.narasi.BabInput;
import id.kinerja.narasi.Narasi;
import id.kinerja.narasi.NarasiInput;
import id.kinerja.narasi.NarasiService;
import id.kinerja.realisasi.RealisasiInput;
import id.kinerja.realisasi.RealisasiService;
import id.kinerja.target.TargetInput;
import id.kinerja.target.TargetService;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Put;

import java.util.List;

/**
 * Bulk writes of a dinas's figures: each request is one transaction, all of its items or none; an error names
 * the item by its JSON path ({@code [3].nilai}).
 */
@Controller("/api/t/{slug}")
final class DataController {

    private final TargetService target;
    private final RealisasiService realisasi;
    private final AnggaranService anggaran;
    private final NarasiService narasi;

    DataController(TargetService target, RealisasiService realisasi, AnggaranService anggaran, NarasiService narasi) {
        this.target = target;
        this.realisasi = realisasi;
        this.anggaran = anggaran;
        this.narasi = narasi;
    }

    /** Annual targets (with {@code jenis}) and quarterly ones (with {@code triwulan}); {@code nilai: null} deletes. */
    @Akses(Izin.UBAH_DATA)
    @Put("/target")
    HasilSimpan simpanTarget(String slug, @Body List<TargetInput> items) {
        return target.simpan(items);
    }

    @Akses(Izin.UBAH_DATA)
    @Put("/realisasi")
    HasilSimpan simpanRealisasi(String slug, @Body List<RealisasiInput> items) {
        return realisasi.simpan(items);
    }

    /** Replaces the budget lines of each (node, year) given. */
    @Akses(Izin.UBAH_DATA)
    @Put("/anggaran")
    HasilSimpan simpanAnggaran(String slug, @Body List<AnggaranInput> items) {
        return anggaran.simpanAnggaran(items);
    }

    @Akses(Izin.UBAH_DATA)
    @Put("/realisasi-anggaran")
    HasilSimpan simpanRealisasiAnggaran(String slug, @Body List<RealisasiAnggaranInput> items) {
        return anggaran.simpanRealisasi(items);
    }

    /** Saves a narrative; empty texts delete it (204). */
    @Akses(Izin.UBAH_DATA)
    @Put("/narasi")
    HttpResponse<Narasi> simpanNarasi(String slug, @Body NarasiInput input) {
        return narasi.simpan(input).map(HttpResponse::ok).orElseGet(HttpResponse::noContent);
    }

    /** Saves a chapter text; an empty text deletes it (204). */
    @Akses(Izin.UBAH_DATA)
    @Put("/bab")
    HttpResponse<Bab> simpanBab(String slug, @Body BabInput input) {
        return narasi.simpan(input).map(HttpResponse::ok).orElseGet(HttpResponse::noContent);
    }
}
