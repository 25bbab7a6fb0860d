package id.kinerja.server.api;

import id.kinerja.common.Sebab;

import id.kinerja.common.NotAuthenticatedException;
import id.kinerja.common.DitolakException;
import id.kinerja.common.Penolakan;
import id.kinerja.tenant.ServerTidakTerjangkau;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
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



    /**
     * Every refusal of the domain ({@link DitolakException}: not found, forbidden, a collision, a rule, a refused
     * document…) answers its own status with its headline and its (field, reason) problems.
     */
    @Produces
    @Singleton
    static final class Ditolak implements ExceptionHandler<DitolakException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, DitolakException e) {
            String judul = e.judul();
            // "Authorization: Bearer" with nothing after it (Jetty drops the trailing space): the token is missing
            if (e instanceof NotAuthenticatedException && request.getHeaders().getAuthorization()
                    .filter(a -> a.strip().equalsIgnoreCase("Bearer")).isPresent()) {
                judul = "Token tidak ada: kirim Authorization: Bearer <token> (token dari POST /api/auth/token)";
            }
            MutableHttpResponse<ApiError> response = ApiError.response(HttpStatus.valueOf(e.jenis().status), judul,
                    e.butir().stream().map(b -> new ApiError.FieldError(b.field(), b.alasan())).toList());
            e.kepala().forEach(response::header);
            return response;
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
            Optional<ServerTidakTerjangkau> mati = ServerTidakTerjangkau.dari(e);
            if (mati.isPresent()) {
                return new Ditolak().handle(request, mati.get());
            }
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

    /**
     * A connection that could not be had or was lost: 503 for the dinas whose server does not answer
     * ({@link ServerTidakTerjangkau}); otherwise a 500 without details.
     */
    @Produces
    @Singleton
    static final class Koneksi implements ExceptionHandler<ConnectionException, HttpResponse<ApiError>> {
        private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Koneksi.class);

        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ConnectionException e) {
            Optional<ServerTidakTerjangkau> mati = ServerTidakTerjangkau.dari(e);
            if (mati.isPresent()) {
                LOG.warn("{} {}: {}", request.getMethod(), request.getPath(), Sebab.pesanBasisData(e));
                return new Ditolak().handle(request, mati.get());
            }
            LOG.error("Database connection failure on {} {}", request.getMethod(), request.getPath(), e);
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
            if (Sebab.pertama(e, t -> t instanceof org.eclipse.jetty.http.BadMessageException
                    || String.valueOf(t.getMessage()).startsWith("Error reading part")).isPresent()) {
                return ApiError.response(HttpStatus.BAD_REQUEST, "Unggahan multipart tidak dapat dibaca");
            }
            LOG.error("Server failure on {} {}", request.getMethod(), request.getPath(), e);
            return ApiError.response(HttpStatus.INTERNAL_SERVER_ERROR, ApiError.KESALAHAN_SERVER);
        }
    }



}
