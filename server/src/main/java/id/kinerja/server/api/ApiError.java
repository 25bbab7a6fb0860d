package id.kinerja.server.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The one error body of the API: {@code {"status":400,"message":"…","errors":[{"field":"slug","reason":"…"}]}}.
 * Messages are Indonesian, for the people who will read them.
 */
@Serdeable
public record ApiError(int status, String message, List<FieldError> errors) {

    /** What a 500 says: the details go to the log, never to the client. */
    public static final String KESALAHAN_SERVER = "Terjadi kesalahan pada server; kejadian ini sudah dicatat";

    @Serdeable
    public record FieldError(@Nullable String field, String reason) {
    }

    public static MutableHttpResponse<ApiError> response(HttpStatus status, String message) {
        return response(status, message, List.of());
    }

    public static MutableHttpResponse<ApiError> response(HttpStatus status, String message, List<FieldError> errors) {
        return HttpResponse.<ApiError>status(status).body(new ApiError(status.getCode(), message, errors));
    }
}
