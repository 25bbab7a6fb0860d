package id.kinerja.server.api;

import id.kinerja.pengguna.Izin;
import id.kinerja.persetujuan.AlurPersetujuan;
import id.kinerja.capaian.PohonCapaian;
import id.kinerja.capaian.Skala;
import id.kinerja.capaian.SkalaInput;
import id.kinerja.capaian.SkalaService;
import id.kinerja.common.NotFoundException;
import id.kinerja.indikator.IndikatorService;
import id.kinerja.renstra.RenstraService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.util.List;

/** The whole framework with targets, realisations, capaian, budgets and efficiency; the tenant's scale. */
@Controller("/api/t/{slug}")
class CapaianController {

    private final AlurPersetujuan persetujuan;
    private final SkalaService skala;
    private final IndikatorService indikator;
    private final RenstraService renstra;

    CapaianController(AlurPersetujuan persetujuan, SkalaService skala, IndikatorService indikator, RenstraService renstra) {
        this.persetujuan = persetujuan;
        this.skala = skala;
        this.indikator = indikator;
        this.renstra = renstra;
    }

    /**
     * @param tahun    the year measured
     * @param triwulan 1–4: realisations up to the end of that quarter
     * @param periode  the period (default: the one whose years include {@code tahun})
     * @return for a locked quarter, the tree as it was when it was locked
     */
    @Akses(Izin.BACA)
    @Get("/capaian")
    PohonCapaian bacaCapaian(String slug,
                       @QueryValue @Min(value = 1990, message = "paling awal 1990") @Max(value = 2100, message = "paling akhir 2100") int tahun,
                       @QueryValue @Min(value = 1, message = "triwulan 1–4") @Max(value = 4, message = "triwulan 1–4") int triwulan,
                       @QueryValue @Nullable Long periode) {
        return persetujuan.pohon(periode, tahun, triwulan);
    }

    /**
     * One indicator's entry of the capaian tree (the same numbers as in {@code /capaian}), in its own period.
     *
     * @param id       the indicator
     * @param tahun    the year measured
     * @param triwulan 1–4: realisations up to the end of that quarter
     */
    @Akses(Izin.BACA)
    @Get("/capaian/indikator/{id}")
    PohonCapaian.IndikatorCapaian bacaCapaianIndikator(String slug, long id,
                       @QueryValue @Min(value = 1990, message = "paling awal 1990") @Max(value = 2100, message = "paling akhir 2100") int tahun,
                       @QueryValue @Min(value = 1, message = "triwulan 1–4") @Max(value = 4, message = "triwulan 1–4") int triwulan) {
        long periode = renstra.simpul(indikator.baca(id).indikator().simpulId()).periodeId();
        return persetujuan.pohon(periode, tahun, triwulan).indikator(id)
                .orElseThrow(() -> new NotFoundException("Indikator " + id + " tidak ada di pohon capaian " + tahun));
    }

    @Akses(Izin.BACA)
    @Get("/skala")
    Skala bacaSkala(String slug) {
        return skala.baca();
    }

    /** Replaces the ordinal scale, highest step first; the last step has no lower bound. */
    @Akses(Izin.UBAH_KERANGKA)
    @Put("/skala")
    Skala simpanSkala(String slug, @Body List<SkalaInput> langkah) {
        return skala.simpan(langkah);
    }
}
