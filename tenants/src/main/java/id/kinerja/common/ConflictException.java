package id.kinerja.common;

import io.micronaut.core.annotation.Nullable;

/** The change collides with existing data (a taken code, a stale version). The API answers 409. */
public class ConflictException extends DitolakException {

    private final String field;

    public ConflictException(@Nullable String field, String message) {
        super(Jenis.BENTROK, message);
        this.field = field;
    }

    @Override
    public java.util.List<Butir> butir() {
        return java.util.List.of(new Butir(field, getMessage()));
    }

    /** The input field that collides, or null when the whole request does. */
    @Nullable
    public String field() {
        return field;
    }
}
