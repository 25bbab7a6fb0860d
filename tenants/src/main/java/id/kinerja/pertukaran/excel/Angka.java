package id.kinerja.pertukaran.excel;

import id.kinerja.capaian.Kalkulasi;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Exact numbers in cells: which decimals may be numeric cells, and how cells are read back into decimals. */
final class Angka {

    /** Excel keeps 15 significant digits. */
    private static final int DIGIT_EXCEL = 15;
    private static final Pattern POLOS = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    /** 1.234.567,89 — dots between thousands, a decimal comma; or 1234,5. */
    private static final Pattern INDONESIA = Pattern.compile("[-+]?(\\d{1,3}(\\.\\d{3})+(,\\d+)?|\\d+,\\d+)");
    /** 1.500 typed as text: 1500 to an Indonesian eye, 1.5 to a plain parser. */
    private static final Pattern RAGU = Pattern.compile("[-+]?\\d{1,3}\\.\\d{3}");
    private static final Pattern RP = Pattern.compile("^([-+]?)rp\\.?", Pattern.CASE_INSENSITIVE);

    private Angka() {
    }

    /** Whether {@code b} survives a round trip through a double (and Excel's 15 digits) exactly. */
    static boolean muatDouble(BigDecimal b) {
        double d = b.doubleValue();
        return Double.isFinite(d)
                && new BigDecimal(Double.toString(d)).compareTo(b) == 0
                && b.stripTrailingZeros().precision() <= DIGIT_EXCEL;
    }

    /** A numeric cell's value: the shortest decimal of the double, without trailing zeros. */
    static BigDecimal dariDouble(double d) {
        return Kalkulasi.bersih(BigDecimal.valueOf(d));
    }

    /**
     * A number typed as text: plain {@code 1234.56} or Indonesian {@code 1.234.567,89}, optionally after "Rp" and with
     * spaces; {@code null} when it is not a number. After "Rp" a lone dot groups thousands ({@code Rp 1.500} = 1500).
     */
    /** True for text such as {@code 1.500} without "Rp", which a reader cannot tell from 1,5 or 1500. */
    static boolean meragukan(String teks) {
        return RAGU.matcher(teks.replaceAll("[\\s\\u00A0\\u202F]", "")).matches();
    }

    @Nullable
    static BigDecimal dariTeks(String teks) {
        String s = teks.replaceAll("[\\s\\u00A0\\u202F]", "");
        var rp = RP.matcher(s);
        boolean rupiah = rp.find();
        if (rupiah) {
            s = rp.group(1) + s.substring(rp.end());
        }
        if (POLOS.matcher(s).matches() && !(rupiah && INDONESIA.matcher(s).matches())) {
            return new BigDecimal(s);
        }
        if (INDONESIA.matcher(s).matches()) {
            return new BigDecimal(s.replace(".", "").replace(',', '.'));
        }
        return null;
    }
}
