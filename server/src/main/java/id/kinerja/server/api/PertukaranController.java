package id.kinerja.server.api;

import id.kinerja.pengguna.Izin;
import id.kinerja.pertukaran.dokumen.Dokumen;
import id.kinerja.pertukaran.Impor;
import id.kinerja.pertukaran.Pertukaran;
import id.kinerja.tenant.TenantProfile;
import id.kinerja.tenant.TenantRegistry;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;

/**
 * A dinas's whole data as an exchange document (JSON) or workbook (Unduhan.XLSX): export, and import into the dinas,
 * replacing ({@code mode=GANTI}) or adding to ({@code mode=GABUNG}) what it has. The mode has no default.
 */
@Controller("/api/t/{slug}")
final class PertukaranController {


    private final Pertukaran pertukaran;
    private final TenantRegistry registry;

    PertukaranController(Pertukaran pertukaran, TenantRegistry registry) {
        this.pertukaran = pertukaran;
        this.registry = registry;
    }

    @Akses(Izin.BACA)
    @Get(value = "/export", produces = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> eksporDokumen(String slug) {
        return Unduhan.berkas(pertukaran.json(pertukaran.ekspor(identitas())), MediaType.APPLICATION_JSON, slug + ".json");
    }

    @Akses(Izin.BACA)
    @Get(value = "/export.xlsx", produces = Unduhan.XLSX)
    HttpResponse<byte[]> eksporExcel(String slug) {
        return Unduhan.berkas(pertukaran.excel(pertukaran.ekspor(identitas())), Unduhan.XLSX, slug + ".xlsx");
    }

    /** Imports an exchange document; 422 lists every problem (path and reason) and nothing is written. */
    @Akses(Izin.UBAH_KERANGKA)
    @Post(value = "/import", consumes = MediaType.APPLICATION_JSON)
    Impor.Ringkasan imporDokumen(String slug, @QueryValue Impor.Mode mode, @Body byte[] isi) {
        return pertukaran.impor(pertukaran.baca(isi), mode);
    }

    /** Imports a filled workbook; 422 lists every problem (sheet, row, column, reason) and nothing is written. */
    @Akses(Izin.UBAH_KERANGKA)
    @Post(value = "/import.xlsx", consumes = {Unduhan.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    Impor.Ringkasan imporExcel(String slug, @QueryValue Impor.Mode mode, @Body byte[] isi) {
        return pertukaran.impor(pertukaran.bacaExcel(isi), mode);
    }

    private Dokumen.Tenant identitas() {
        TenantProfile t = registry.currentProfile();
        return new Dokumen.Tenant(t.slug(), t.name(), t.kind(), t.region(), t.province());
    }
}
