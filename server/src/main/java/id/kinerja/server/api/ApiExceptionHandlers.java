package id.kinerja.server.api;

import id.kinerja.common.ConflictException;
import id.kinerja.common.InvalidInputException;
import id.kinerja.common.ForbiddenException;
import id.kinerja.common.NotAuthenticatedException;
import id.kinerja.common.NotFoundException;
import id.kinerja.common.Penolakan;
import id.kinerja.common.TooManyAttemptsException;
import io.micronaut.data.exceptions.DataAccessException;
import id.kinerja.pertukaran.DokumenTidakValidException;
import id.kinerja.pertukaran.ExcelTidakValidException;
import id.kinerja.tenant.TenantUnavailableException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

/** Maps the domain's exceptions to {@link ApiError} responses. */
final class ApiExceptionHandlers {

    private ApiExceptionHandlers() {
    }

    /** 400 with every invalid field named by its JSON path ({@code slug}, {@code fungsi[2]}). */
    @Produces
    @Singleton
    @Replaces(ConstraintExceptionHandler.class)
    static final class Invalid implements ExceptionHandler<ConstraintViolationException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ConstraintViolationException e) {
            // one entry per field: "1e30" breaks both the digits and the maximum of nilai, said once
            Map<Optional<String>, SortedSet<String>> perField = new HashMap<>();
            e.getConstraintViolations().forEach(v -> perField.computeIfAbsent(Optional.ofNullable(Penolakan.jalur(v)),
                    f -> new TreeSet<>()).add(v.getMessage()));
            List<ApiError.FieldError> errors = perField.entrySet().stream()
                    .map(f -> new ApiError.FieldError(f.getKey().orElse(null), String.join("; ", f.getValue())))
                    .sorted(Comparator.comparing(ApiError.FieldError::field, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .toList();
            return ApiError.response(HttpStatus.BAD_REQUEST, "Data tidak valid", errors);
        }
    }

    @Produces
    @Singleton
    static final class Conflict implements ExceptionHandler<ConflictException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ConflictException e) {
            return ApiError.response(HttpStatus.CONFLICT, e.getMessage(),
                    List.of(new ApiError.FieldError(e.field(), e.getMessage())));
        }
    }

    /** 422: well-formed input the domain does not accept (an unknown reference, a broken formula). */
    @Produces
    @Singleton
    static final class Unacceptable implements ExceptionHandler<InvalidInputException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, InvalidInputException e) {
            return ApiError.response(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage(),
                    List.of(new ApiError.FieldError(e.field(), e.getMessage())));
        }
    }

    /** 409: somebody changed the row since it was read. */
    @Produces
    @Singleton
    static final class StaleVersion implements ExceptionHandler<OptimisticLockException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, OptimisticLockException e) {
            return ApiError.response(HttpStatus.CONFLICT, "Data sudah diubah orang lain; muat ulang lalu ulangi perubahan",
                    List.of(new ApiError.FieldError("version", "versi tidak lagi berlaku")));
        }
    }

    /** 422 with every problem of an exchange document (JSON path) or workbook (sheet, row, column). */
    @Produces
    @Singleton
    static final class InvalidDocument implements ExceptionHandler<DokumenTidakValidException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, DokumenTidakValidException e) {
            return ApiError.response(HttpStatus.UNPROCESSABLE_ENTITY, "Dokumen ditolak seluruhnya; tidak ada yang disimpan",
                    e.galat().stream().map(g -> new ApiError.FieldError(g.path(), g.alasan())).toList());
        }
    }

    @Produces
    @Singleton
    static final class InvalidWorkbook implements ExceptionHandler<ExcelTidakValidException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ExcelTidakValidException e) {
            return ApiError.response(HttpStatus.UNPROCESSABLE_ENTITY, "Berkas Excel ditolak seluruhnya; tidak ada yang disimpan",
                    e.galat().stream().map(g -> new ApiError.FieldError(
                            g.sheet() + (g.baris() > 0 ? " baris " + g.baris() : "") + (g.kolom() == null ? "" : ", kolom " + g.kolom()),
                            g.alasan())).toList());
        }
    }

    /** 401 without a Basic challenge: a browser must never pop up a credentials prompt. */
    @Produces
    @Singleton
    static final class NotAuthenticated implements ExceptionHandler<NotAuthenticatedException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, NotAuthenticatedException e) {
            // "Authorization: Bearer" with nothing after it (Jetty drops the trailing space): the token is missing
            boolean tanpaToken = request.getHeaders().getAuthorization()
                    .filter(a -> a.strip().equalsIgnoreCase("Bearer")).isPresent();
            return ApiError.response(HttpStatus.UNAUTHORIZED, tanpaToken
                            ? "Token tidak ada: kirim Authorization: Bearer <token> (token dari POST /api/auth/token)" : e.getMessage())
                    .header("WWW-Authenticate", "Bearer realm=\"kinerja\"");
        }
    }

    @Produces
    @Singleton
    static final class Forbidden implements ExceptionHandler<ForbiddenException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ForbiddenException e) {
            return ApiError.response(HttpStatus.FORBIDDEN, e.getMessage());
        }
    }

    @Produces
    @Singleton
    static final class TooManyAttempts implements ExceptionHandler<TooManyAttemptsException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, TooManyAttemptsException e) {
            return ApiError.response(HttpStatus.TOO_MANY_REQUESTS, e.getMessage()).header("Retry-After", Long.toString(e.detik()));
        }
    }

    /**
     * The database's own rules (a locked quarter, a signed PK, the audit log) answer 409 with their message, a
     * concurrent write 409, a value it cannot store 400 ({@link Penolakan#sebabBasisData}); any other database
     * failure is a 500 without details.
     */
    @Produces
    @Singleton
    static final class Database implements ExceptionHandler<DataAccessException, HttpResponse<ApiError>> {
        private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Database.class);

        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, DataAccessException e) {
            Optional<String> aturan = Penolakan.aturanBasisData(e);
            if (aturan.isPresent()) {
                return ApiError.response(HttpStatus.CONFLICT, aturan.get());
            }
            Optional<Penolakan.SebabBasisData> sebab = Penolakan.sebabBasisData(e);
            if (sebab.isPresent()) {
                // a concurrent write of the same new key (a backstop: the services serialise such writers) or a value
                // PostgreSQL cannot store that slipped past the input checks: the client's to repeat or repair
                LOG.info("Refused by the database on {} {}: {}", request.getMethod(), request.getPath(), sebab.get());
                return ApiError.response(sebab.get().jenis() == Penolakan.SebabBasisData.Jenis.NILAI
                        ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT, sebab.get().pesan());
            }
            LOG.error("Database failure on {} {}", request.getMethod(), request.getPath(), e);
            return ApiError.response(HttpStatus.INTERNAL_SERVER_ERROR, ApiError.KESALAHAN_SERVER);
        }
    }

    /** A malformed multipart upload is the client's fault (400), not the server's. */
    @Produces
    @Singleton
    static final class BadUpload implements ExceptionHandler<io.micronaut.http.server.exceptions.InternalServerException, HttpResponse<ApiError>> {
        private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BadUpload.class);

        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, io.micronaut.http.server.exceptions.InternalServerException e) {
            if (sebab(e, t -> t instanceof org.eclipse.jetty.http.BadMessageException
                    || String.valueOf(t.getMessage()).startsWith("Error reading part")).isPresent()) {
                return ApiError.response(HttpStatus.BAD_REQUEST, "Unggahan multipart tidak dapat dibaca");
            }
            LOG.error("Server failure on {} {}", request.getMethod(), request.getPath(), e);
            return ApiError.response(HttpStatus.INTERNAL_SERVER_ERROR, ApiError.KESALAHAN_SERVER);
        }
    }

    @Produces
    @Singleton
    static final class NotFound implements ExceptionHandler<NotFoundException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, NotFoundException e) {
            return ApiError.response(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    @Produces
    @Singleton
    static final class Unavailable implements ExceptionHandler<TenantUnavailableException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, TenantUnavailableException e) {
            return ApiError.response(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        }
    }

    /** The first of {@code e} and its causes that matches. */
    private static Optional<Throwable> sebab(Throwable e, Predicate<Throwable> cocok) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (cocok.test(t)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
