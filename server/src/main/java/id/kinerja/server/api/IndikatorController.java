package id.kinerja.server.api;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import id.kinerja.pengguna.Izin;
import id.kinerja.anggaran.Anggaran;
import id.kinerja.anggaran.AnggaranService;
import id.kinerja.anggaran.RealisasiAnggaran;
import id.kinerja.capaian.CapaianService;
import id.kinerja.indikator.IndikatorInput;
import id.kinerja.indikator.IndikatorLengkap;
import id.kinerja.indikator.IndikatorService;
import id.kinerja.indikator.PindahIndikator;
import id.kinerja.realisasi.RealisasiLengkap;
import id.kinerja.realisasi.RealisasiService;
import id.kinerja.renstra.RenstraService;
import id.kinerja.target.Target;
import id.kinerja.target.TargetService;
import id.kinerja.target.TargetTriwulan;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.serde.annotation.Serdeable;

import java.net.URI;
import java.util.List;

/** Indicators of a node, and an indicator's targets, realisations and history; a node's budget. */
@Controller("/api/t/{slug}")
final class IndikatorController {

    private final IndikatorService indikator;
    private final TargetService target;
    private final RealisasiService realisasi;
    private final CapaianService capaian;
    private final AnggaranService anggaran;
    private final RenstraService renstra;

    IndikatorController(IndikatorService indikator, TargetService target, RealisasiService realisasi, CapaianService capaian,
                        AnggaranService anggaran, RenstraService renstra) {
        this.indikator = indikator;
        this.target = target;
        this.realisasi = realisasi;
        this.capaian = capaian;
        this.anggaran = anggaran;
        this.renstra = renstra;
    }

    @Akses(Izin.BACA)
    @Get("/simpul/{id}/indikator")
    List<IndikatorLengkap> daftarIndikator(String slug, long id) {
        return indikator.milik(id);
    }

    @Akses(Izin.UBAH_KERANGKA)
    @Post("/simpul/{id}/indikator")
    @ApiResponse(responseCode = "201", description = "dibuat; Location menunjuk ke yang dibuat")
    HttpResponse<IndikatorLengkap> buatIndikator(String slug, long id, @Body IndikatorInput input) {
        IndikatorLengkap i = indikator.tambah(id, input);
        return HttpResponse.created(i, URI.create("/api/t/" + slug + "/indikator/" + i.indikator().id()));
    }

    @Akses(Izin.BACA)
    @Get("/indikator/{id}")
    IndikatorLengkap bacaIndikator(String slug, long id) {
        return indikator.baca(id);
    }

    @Akses(Izin.UBAH_KERANGKA)
    @Put("/indikator/{id}")
    IndikatorLengkap ubahIndikator(String slug, long id, @Body IndikatorInput input) {
        return indikator.ubah(id, input);
    }

    /** Moves the indicator under another node of the same level and period, or to another position on its node. */
    @Akses(Izin.UBAH_KERANGKA)
    @Post("/indikator/{id}/pindah")
    IndikatorLengkap pindahIndikator(String slug, long id, @Body PindahIndikator input) {
        return indikator.pindah(id, input);
    }

    /** Deletes the indicator with its targets and realisations. */
    @Akses(Izin.UBAH_KERANGKA)
    @Delete("/indikator/{id}")
    @Status(io.micronaut.http.HttpStatus.NO_CONTENT)
    void hapusIndikator(String slug, long id) {
        indikator.hapus(id);
    }

    @Akses(Izin.BACA)
    @Get("/indikator/{id}/target")
    Targets daftarTargetIndikator(String slug, long id) {
        indikator.baca(id);
        return new Targets(target.tahunan(id), target.triwulanan(id));
    }

    @Akses(Izin.BACA)
    @Get("/indikator/{id}/realisasi")
    List<RealisasiLengkap> daftarRealisasiIndikator(String slug, long id) {
        indikator.baca(id);
        return realisasi.milik(id);
    }

    /** The indicator across the years it has targets or realisations for, each year measured to its end. */
    @Akses(Izin.BACA)
    @Get("/indikator/{id}/riwayat")
    CapaianService.Riwayat riwayatIndikator(String slug, long id) {
        return capaian.riwayat(id);
    }

    @Akses(Izin.BACA)
    @Get("/simpul/{id}/anggaran")
    Budget bacaAnggaranSimpul(String slug, long id) {
        renstra.simpul(id);
        return new Budget(anggaran.anggaran(id), anggaran.realisasi(id));
    }

    /** Annual targets (all versions) and quarterly targets of an indicator. */
    @Serdeable
    record Targets(List<Target> tahunan, List<TargetTriwulan> triwulan) {
    }

    /** A node's budget lines and spending. */
    @Serdeable
    record Budget(List<Anggaran> anggaran, List<RealisasiAnggaran> realisasi) {
    }
}
