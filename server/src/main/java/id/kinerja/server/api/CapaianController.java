package id.kinerja.server.api;

import id.kinerja.capaian.CapaianService;
import id.kinerja.capaian.PohonCapaian;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The whole framework with targets, realisations, capaian, budgets and efficiency for a year and quarter. */
@Controller("/api/t/{slug}/capaian")
class CapaianController {

    private final CapaianService capaian;

    CapaianController(CapaianService capaian) {
        this.capaian = capaian;
    }

    /**
     * @param year    the year measured
     * @param quarter 1–4: realisations up to the end of that quarter
     * @param periode the period (default: the one whose years include {@code year})
     */
    @Get
    PohonCapaian pohon(String slug,
                       @QueryValue @Min(value = 1990, message = "paling awal 1990") @Max(value = 2100, message = "paling akhir 2100") int year,
                       @QueryValue @Min(value = 1, message = "triwulan 1–4") @Max(value = 4, message = "triwulan 1–4") int quarter,
                       @QueryValue @Nullable Long periode) {
        return capaian.pohon(periode, year, quarter);
    }
}
