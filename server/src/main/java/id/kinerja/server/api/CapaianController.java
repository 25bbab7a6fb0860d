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
import id.kinerja.tenant.TenantRef;
import id.kinerja.tenant.TenantScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
    private final CapaianTersimpan tersimpan;

    CapaianController(AlurPersetujuan persetujuan, SkalaService skala, IndikatorService indikator, RenstraService renstra,
                      CapaianTersimpan tersimpan) {
        this.persetujuan = persetujuan;
        this.tersimpan = tersimpan;
        this.skala = skala;
        this.indikator = indikator;
        this.renstra = renstra;
    }

    /**
     * @param tahun    the year measured
     * @param triwulan 1–4: realisations up to the end of that quarter
     * @param periode  the period (default: the one whose years include {@code tahun})
     * @return for a locked quarter, the tree as it was when it was locked; with a strong {@code ETag}, and {@code 304}
     *         without a body when {@code If-None-Match} names it. Kept until the dinas writes ({@link CapaianTersimpan}).
     */
    @Akses(Izin.BACA)
    @Get("/capaian")
    @ApiResponse(responseCode = "200", description = "the capaian tree",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PohonCapaian.class)))
    @ApiResponse(responseCode = "304", description = "unchanged since the ETag named in If-None-Match")
    HttpResponse<byte[]> bacaCapaian(String slug,
                       @QueryValue @Min(value = 1990, message = "paling awal 1990") @Max(value = 2100, message = "paling akhir 2100") int tahun,
                       @QueryValue @Min(value = 1, message = "triwulan 1–4") @Max(value = 4, message = "triwulan 1–4") int triwulan,
                       @QueryValue @Nullable Long periode,
                       @Header(HttpHeaders.IF_NONE_MATCH) @Nullable String ifNoneMatch) {
        TenantRef tenant = TenantScope.current().orElseThrow(() -> new IllegalStateException("No tenant in context"));
        CapaianTersimpan.Jawaban j = tersimpan.jawaban(tenant, periode, tahun, triwulan);
        MutableHttpResponse<byte[]> r = CapaianTersimpan.cocok(ifNoneMatch, j.etag())
                ? HttpResponse.notModified() : HttpResponse.ok(j.isi()).contentType(MediaType.APPLICATION_JSON_TYPE);
        return r.header(HttpHeaders.ETAG, j.etag()).header(HttpHeaders.CACHE_CONTROL, "private, no-cache");
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
