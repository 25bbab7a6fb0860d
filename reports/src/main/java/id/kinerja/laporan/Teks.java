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

    /** Text safe inside a template's styled markup ({@code <style isBold="true">…</style>}). */
    public static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
