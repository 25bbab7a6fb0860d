package id.kinerja.laporan;

import io.micronaut.core.annotation.Nullable;

/** Small text helpers of the documents. */
public final class Teks {

    public static final String STRIP = "\u2013";

    private Teks() {
    }

    /** The text, or an en dash where there is none (a cell is never left looking forgotten). */
    public static String atauStrip(@Nullable String s) {
        return s == null || s.isBlank() ? STRIP : s;
    }
}
