package id.kinerja.server.api;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The errors Micronaut produces itself (no such route, wrong method, unreadable body, a value that does not
 * convert) in the API's one error shape, {@link ApiError}, instead of Micronaut's own.
 */
@Singleton
@Primary
final class ApiErrorResponses implements ErrorResponseProcessor<ApiError> {

    @Override
    public MutableHttpResponse<ApiError> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        List<ApiError.FieldError> errors = context.getErrors().stream()
                .map(e -> new ApiError.FieldError(e.getPath().map(f -> f.startsWith("/") ? f.substring(1) : f).orElse(null),
                        alasan(e.getMessage())))
                .toList();
        String message = switch (status) {
            case NOT_FOUND -> "Alamat tidak ditemukan";
            case METHOD_NOT_ALLOWED -> "Metode HTTP ini tidak berlaku untuk alamat ini";
            case UNSUPPORTED_MEDIA_TYPE -> "Jenis isi tidak didukung; kirim application/json";
            case BAD_REQUEST -> "Permintaan tidak dapat dibaca";
            case INTERNAL_SERVER_ERROR -> ApiError.KESALAHAN_SERVER;
            default -> status.getReason();
        };
        return response.contentType(io.micronaut.http.MediaType.APPLICATION_JSON_TYPE)
                .body(new ApiError(status.getCode(), message,
                        status == HttpStatus.INTERNAL_SERVER_ERROR || status == HttpStatus.NOT_FOUND ? List.of() : errors));
    }

    private static final Pattern ENUM = Pattern.compile(".*Expected one of \\[(.*)] but was '(.*)'.*", Pattern.DOTALL);

    /** Micronaut's conversion messages speak of Java types; say what a person can act on. */
    static String alasan(String message) {
        if (message == null) {
            return "tidak valid";
        }
        Matcher m = ENUM.matcher(message);
        if (m.matches()) {
            return "harus salah satu dari " + m.group(1) + ", bukan '" + m.group(2) + "'";
        }
        if (message.contains("For input string") || message.contains("NumberFormatException")) {
            return "bukan angka yang sah";
        }
        if (message.contains("decode") || message.contains("JSON") || message.contains("Unexpected")) {
            return "isi permintaan bukan JSON yang sah atau tidak sesuai bentuknya";
        }
        int dueTo = message.indexOf("due to: ");
        String s = dueTo >= 0 ? message.substring(dueTo + 8) : message;
        int at = s.indexOf(" at [Source");
        return (at >= 0 ? s.substring(0, at) : s).strip();
    }
}
