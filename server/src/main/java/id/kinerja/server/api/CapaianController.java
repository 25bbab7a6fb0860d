package id.kinerja.server.api;

import id.kinerja.capaian.CapaianService;
import id.kinerja.capaian.PohonCapaian;
import id.kinerja.capaian.Skala;
import id.kinerja.capaian.SkalaInput;
import id.kinerja.capaian.SkalaService;
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

    private final CapaianService capaian;
    private final SkalaService skala;

    CapaianController(CapaianService capaian, SkalaService skala) {
        this.capaian = capaian;
        this.skala = skala;
    }

    /**
     * @param year    the year measured
     * @param quarter 1–4: realisations up to the end of that quarter
     * @param periode the period (default: the one whose years include {@code year})
     */
    @Get("/capaian")
    PohonCapaian pohon(String slug,
                       @QueryValue @Min(value = 1990, message = "paling awal 1990") @Max(value = 2100, message = "paling akhir 2100") int year,
                       @QueryValue @Min(value = 1, message = "triwulan 1–4") @Max(value = 4, message = "triwulan 1–4") int quarter,
                       @QueryValue @Nullable Long periode) {
        return capaian.pohon(periode, year, quarter);
    }

    @Get("/skala")
    Skala skala(String slug) {
        return skala.baca();
    }

    /** Replaces the ordinal scale, highest step first; the last step has no lower bound. */
    @Put("/skala")
    Skala simpanSkala(String slug, @Body List<SkalaInput> langkah) {
        return skala.simpan(langkah);
    }
}
