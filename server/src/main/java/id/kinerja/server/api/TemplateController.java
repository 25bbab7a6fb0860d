package id.kinerja.server.api;

import id.kinerja.pengguna.Izin;
import id.kinerja.pertukaran.Pertukaran;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** The empty workbook a dinas fills in to be onboarded or to load its data. */
@Controller("/api/template.xlsx")
final class TemplateController {

    private final Pertukaran pertukaran;

    TemplateController(Pertukaran pertukaran) {
        this.pertukaran = pertukaran;
    }

    @Akses(Izin.MASUK)
    @Get(produces = Unduhan.XLSX)
    HttpResponse<byte[]> unduhTemplate() {
        return Unduhan.berkas(pertukaran.templateExcel(), Unduhan.XLSX, "kinerja-template.xlsx");
    }
}
