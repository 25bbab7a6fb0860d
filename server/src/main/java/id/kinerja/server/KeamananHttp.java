package id.kinerja.server;

import id.kinerja.server.api.ApiError;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * What every response of the web server carries, whoever answers it (the API, Vaadin, Jetty itself): the security
 * headers, and for the errors Jetty answers on its own (an ambiguous path such as {@code //api}, {@code %2F},
 * {@code %2e%2e}, a header too large) the API's JSON error shape instead of Jetty's HTML page.
 */
final class KeamananHttp {

    /**
     * The UI's policy: Vaadin Flow needs inline and evaluated scripts and inline styles (its bootstrap and its
     * client engine); everything else comes from this origin only, and no other site may frame it.
     */
    static final String CSP_UI = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** The API's: JSON and downloads are never a page that runs anything. */
    static final String CSP_API = "default-src 'none'; frame-ancestors 'none'; sandbox";

    private KeamananHttp() {
    }

    /** Sets the security headers (the API's or the UI's policy); a servlet may still refine them. */
    static void pasang(HttpFields.Mutable headers, boolean api) {
        headers.put("Content-Security-Policy", api ? CSP_API : CSP_UI);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "same-origin");
    }

    static boolean api(Request request) {
        String path = request.getHttpURI().getPath();
        return path == null || path.startsWith("/api") || path.startsWith("//");
    }

    /** Puts the headers on every response before the servlets run. */
    static final class Kepala extends Handler.Wrapper {
        Kepala(Handler handler) {
            super(handler);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            pasang(response.getHeaders(), api(request));
            return super.handle(request, response, callback);
        }
    }

    /** Jetty's own error answers (on the server and in the servlet context), as the API's JSON error, with the security headers. */
    static final class GalatJson extends ErrorHandler {

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            int code = request.getAttribute(ERROR_STATUS) instanceof Integer status ? status : response.getStatus();
            String message = request.getAttribute(ERROR_MESSAGE) instanceof String m ? m : null;
            if (message == null && request.getAttribute(ERROR_EXCEPTION) instanceof Throwable t) {
                message = t.getMessage();
            }
            response.setStatus(code);
            HttpFields.Mutable headers = response.getHeaders();
            headers.put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
            headers.put(HttpHeader.CACHE_CONTROL, "no-store");
            pasang(headers, true);
            if (HttpMethod.HEAD.is(request.getMethod()) || HttpStatus.hasNoBody(code)) {
                response.write(true, null, callback);
            } else {
                response.write(true, ByteBuffer.wrap(json(code, message)), callback);
            }
            return true;
        }

        /** Errors found while parsing, before any handler: the connection answers with this body and these headers. */
        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
            pasang(fields, true);
            return ByteBuffer.wrap(json(status, reason));
        }
    }

    /** {@code {"status":…,"message":"…","errors":[]}} with an Indonesian message (Jetty's English reason is dropped). */
    static byte[] json(int status, String reason) {
        String pesan = switch (status) {
            case 400 -> reason != null && (reason.contains("URI") || reason.contains("path") || reason.contains("Ambiguous"))
                    ? "Alamat permintaan tidak sah: garis miring ganda, %2F, %2e%2e dan sejenisnya tidak diterima"
                    : "Permintaan tidak dapat dibaca";
            case 404 -> "Alamat tidak ditemukan";
            case 405 -> "Metode HTTP ini tidak berlaku untuk alamat ini";
            case 408 -> "Permintaan terlalu lama tidak selesai dikirim";
            case 413 -> "Isi permintaan terlalu besar";
            case 414 -> "Alamat permintaan terlalu panjang";
            case 415 -> "Jenis isi tidak didukung";
            case 431 -> "Header permintaan terlalu besar";
            case 500 -> ApiError.KESALAHAN_SERVER;
            case 503 -> "Layanan sedang tidak tersedia; coba lagi sebentar lagi";
            default -> "Permintaan tidak dapat dilayani (HTTP " + status + ")";
        };
        return ("{\"status\":" + status + ",\"message\":\"" + pesan + "\",\"errors\":[]}").getBytes(StandardCharsets.UTF_8);
    }
}
