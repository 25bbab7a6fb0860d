package id.kinerja.server.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;

/** Responses the browser saves as a file rather than shows. */
final class Unduhan {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Unduhan() {
    }

    static <T> MutableHttpResponse<T> berkas(T isi, String type, String nama) {
        return HttpResponse.ok(isi).contentType(type)
                .header("Content-Disposition", "attachment; filename=\"" + nama.replace("\"", "_") + "\"");
    }
}
