package id.kinerja.common;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** Small text and list helpers for input that comes from people: blanks are absent, spaces around are noise. */
public final class Teks {

    private Teks() {
    }

    /** {@code "  Bidang Koperasi "} → {@code "Bidang Koperasi"}; null, empty and blank → null. */
    @Nullable
    public static String rapi(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A list that may be absent, as a list. */
    public static <T> List<T> daftar(@Nullable List<T> items) {
        return items == null ? List.of() : items;
    }
}
