package id.kinerja.common;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;

/**
 * A refusal of the domain: what was asked cannot be done, said in Indonesian for the person who asked. Every such
 * exception carries its kind (which the API answers with its status), a headline and its problems as (field,
 * reason); the API maps them in one handler and the UI shows the same problems beside its fields.
 */
public abstract class DitolakException extends RuntimeException {

    /** The kind of refusal, with the HTTP status the API answers it with. */
    public enum Jenis {
        /** no valid credentials */
        TIDAK_DIKENALI(401),
        /** known, but not allowed */
        DILARANG(403),
        /** does not exist for this caller */
        TIDAK_DITEMUKAN(404),
        /** collides with existing data or a concurrent change */
        BENTROK(409),
        /** well-formed but not acceptable: a rule of the domain */
        TIDAK_DITERIMA(422),
        /** too many attempts: wait */
        TERLALU_SERING(429),
        /** cannot be served now (a dinas whose migration failed) */
        TIDAK_TERSEDIA(503);

        public final int status;

        Jenis(int status) {
            this.status = status;
        }
    }

    /** One problem: the input's field or path ({@code slug}, {@code [3].nilai}), null for the whole request. */
    public record Butir(@Nullable String field, String alasan) {
    }

    private final Jenis jenis;

    protected DitolakException(Jenis jenis, String message) {
        super(message);
        this.jenis = jenis;
    }

    public final Jenis jenis() {
        return jenis;
    }

    /** The answer's headline; the message unless a subclass has a shorter one. */
    public String judul() {
        return getMessage();
    }

    /** Each problem as (field, reason); empty when the headline says it all. */
    public List<Butir> butir() {
        return List.of();
    }

    /** Response headers the refusal needs ({@code Retry-After}, …). */
    public Map<String, String> kepala() {
        return Map.of();
    }
}
