package id.kinerja.common;

import io.micronaut.core.annotation.Nullable;

/**
 * Input that is well-formed but not acceptable: an unknown reference, a rule of the domain. The API answers
 * 422 naming the field (a JSON path such as {@code [3].indikatorId}) and the reason.
 */
public class InvalidInputException extends DitolakException {

    private final String field;

    public InvalidInputException(@Nullable String field, String reason) {
        super(Jenis.TIDAK_DITERIMA, reason);
        this.field = field;
    }

    @Override
    public java.util.List<Butir> butir() {
        return java.util.List.of(new Butir(field, getMessage()));
    }

    @Nullable
    public String field() {
        return field;
    }

    @Override
    public String toString() {
        return "InvalidInputException: " + (field == null ? "" : field + ": ") + getMessage();
    }

    /** The same error, its field placed under {@code prefix} (an item of a bulk request, say). */
    public InvalidInputException under(String prefix) {
        return new InvalidInputException(field == null ? prefix : prefix + (field.startsWith("[") ? "" : ".") + field,
                getMessage());
    }
}
