package id.kinerja.common;

import io.micronaut.core.annotation.Nullable;

/** The change collides with existing data (a taken code, a stale version). The API answers 409. */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(@Nullable String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field that collides, or null when the whole request does. */
    @Nullable
    public String field() {
        return field;
    }
}
