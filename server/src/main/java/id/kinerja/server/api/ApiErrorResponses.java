package id.kinerja.server.api;

import id.kinerja.common.Sebab;

import id.kinerja.common.JsonKetat;
import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.serde.exceptions.SerdeException;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
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
        Optional<ApiError.FieldError> isi = context.getRootCause().flatMap(ApiErrorResponses::dariSerde);
        List<ApiError.FieldError> errors = isi.map(List::of).orElseGet(() -> context.getErrors().stream()
                .map(e -> new ApiError.FieldError(e.getPath().map(f -> f.startsWith("/") ? f.substring(1) : f).orElse(null),
                        alasan(e.getMessage())))
                .toList());
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

    /**
     * A body that is JSON but not of the expected shape: the field by its JSON path ({@code [0].nilai}, from the
     * path Serde records while the error travels out) and the reason ({@link JsonKetat.Ditolak}'s, else translated).
     */
    static Optional<ApiError.FieldError> dariSerde(Throwable e) {
        SerdeException terdalam = null;
        String alasan = null;
        for (Throwable t : Sebab.rantai(e)) {
            if (t instanceof SerdeException s) {
                if (terdalam == null || s.getPath().size() > terdalam.getPath().size()) {
                    terdalam = s;
                }
                if (alasan == null && s instanceof JsonKetat.Ditolak) {
                    alasan = s.getMessage();
                }
            }
        }
        if (terdalam == null) {
            return Optional.empty();
        }
        if (alasan == null) {
            alasan = bentuk(String.valueOf(terdalam.getMessage()));
        }
        String field = JsonKetat.jalur(terdalam);
        return Optional.of(new ApiError.FieldError(field.isEmpty() ? null : field, alasan));
    }

    /** Serde's own shape errors ("Unexpected token START_OBJECT, expected START_ARRAY") in words. */
    private static String bentuk(String message) {
        if (message.contains("expected START_ARRAY")) {
            return "harus berupa daftar [ … ]";
        }
        if (message.contains("expected START_OBJECT")) {
            return "harus berupa objek { … }";
        }
        if (message.contains("expected VALUE_STRING")) {
            return "harus berupa teks dalam tanda petik";
        }
        String a = alasan(message);
        return a.contains("Unexpected") || a.contains("decod") || a.contains("Error") ? "bentuknya tidak sesuai" : a;
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
