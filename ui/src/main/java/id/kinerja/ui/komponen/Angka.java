package id.kinerja.ui.komponen;

import id.kinerja.laporan.FormatIndonesia;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as an Indonesian reads and types them: {@code 1.234.567,89} shown, {@code 1.234,5} or {@code 1234,5}
 * typed (the dot groups thousands, the comma starts the decimals). Exact decimals, never floating point.
 */
public final class Angka {

    /** Digits grouped by dots in threes (or not grouped), then optionally a comma and decimals. */
    private static final Pattern INDONESIA = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");

    private Angka() {
    }

    /**
     * Reads what a person typed; blank is null. {@code Rp}, spaces and a trailing {@code %} are allowed.
     *
     * @throws IllegalArgumentException with the reason in Indonesian, e.g. for {@code 1.5} or {@code 12a}
     */
    @Nullable
    public static BigDecimal baca(@Nullable String teks) {
        if (teks == null || teks.isBlank()) {
            return null;
        }
        String t = teks.replaceAll("[\\s\u00a0]", "").replaceFirst("(?i)^rp\\.?", "").replaceFirst("%$", "")
                .replace('\u2212', '-');
        if (!INDONESIA.matcher(t).matches()) {
            if (t.matches("-?\\d+\\.\\d{1,2}") || t.matches("-?\\d+\\.\\d{4,}")) {
                return tolak("desimal ditulis dengan koma, misalnya 1,5");
            }
            return tolak("bukan angka (contoh: 1.234,5)");
        }
        return new BigDecimal(t.replace(".", "").replace(',', '.'));
    }

    private static BigDecimal tolak(String alasan) {
        throw new IllegalArgumentException(alasan);
    }

    /** For display: {@code 1234567.891} → {@code 1.234.567,89}; null → empty. */
    public static String tulis(@Nullable BigDecimal nilai, int desimal) {
        return nilai == null ? "" : FormatIndonesia.angka(nilai, desimal);
    }

    /** For editing: every decimal kept, none added ({@code 40.7100000000} → {@code 40,71}); null → empty. */
    public static String tulisPenuh(@Nullable BigDecimal nilai) {
        if (nilai == null) {
            return "";
        }
        BigDecimal n = nilai.stripTrailingZeros();
        return FormatIndonesia.angka(n, Math.max(0, n.scale()));
    }

    /** Money: {@code Rp 27.805.047.633}. */
    public static String rupiah(@Nullable BigDecimal nilai) {
        return nilai == null ? "" : FormatIndonesia.rupiah(nilai);
    }

    /**
     * About how wide {@code teks} is in rem at the grids' small font (a digit ~0.5rem, a separator or sign half that):
     * number columns are sized to their longest value so a large number is read whole, not cut to its first digits.
     */
    public static double lebarRem(String teks) {
        double rem = 0;
        for (int i = 0; i < teks.length(); i++) {
            rem += Character.isDigit(teks.charAt(i)) ? 0.5 : 0.25;
        }
        return rem;
    }
}
