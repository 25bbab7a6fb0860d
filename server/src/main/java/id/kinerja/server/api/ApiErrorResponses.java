package id.kinerja.server.api;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.List;

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
                .map(e -> new ApiError.FieldError(e.getPath().orElse(null), alasan(e.getMessage())))
                .toList();
        String message = switch (status) {
            case NOT_FOUND -> "Alamat tidak ditemukan";
            case METHOD_NOT_ALLOWED -> "Metode HTTP ini tidak berlaku untuk alamat ini";
            case UNSUPPORTED_MEDIA_TYPE -> "Jenis isi tidak didukung; kirim application/json";
            case BAD_REQUEST -> "Permintaan tidak dapat dibaca";
            case INTERNAL_SERVER_ERROR -> "Terjadi kesalahan pada server; kejadian ini sudah dicatat";
            default -> status.getReason();
        };
        return response.contentType(io.micronaut.http.MediaType.APPLICATION_JSON_TYPE)
                .body(new ApiError(status.getCode(), message, status == HttpStatus.INTERNAL_SERVER_ERROR ? List.of() : errors));
    }

    /** Micronaut's conversion messages name Java types; keep the part a person can act on. */
    private static String alasan(String message) {
        if (message == null) {
            return "tidak valid";
        }
        int dueTo = message.indexOf("due to: ");
        String s = dueTo >= 0 ? message.substring(dueTo + 8) : message;
        int at = s.indexOf(" at [Source");
        return (at >= 0 ? s.substring(0, at) : s).strip();
    }
}
