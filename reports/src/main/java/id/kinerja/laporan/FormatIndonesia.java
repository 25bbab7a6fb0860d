package id.kinerja.laporan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/**
 * How numbers, money, dates, quarters and NIPs are written in official Indonesian documents:
 * {@code 1.234.567,89}, {@code Rp 27.805.047.633}, {@code 71,33 %}, {@code 10 Januari 2025},
 * {@code Triwulan II}, {@code 19731118 199303 1 002}. Exact decimals in, text out; rounding half up.
 */
public final class FormatIndonesia {

    private static final String[] BULAN = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember"};
    private static final String[] TRIWULAN = {"I", "II", "III", "IV"};

    private FormatIndonesia() {
    }

    /** {@code 1234567.891} with 2 decimals → {@code 1.234.567,89}. */
    public static String angka(BigDecimal value, int decimals) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(decimals > 0 ? "#,##0." + "0".repeat(decimals) : "#,##0", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** The number of decimals a value shows when printed as it is ({@code 3.630} → 2), at most {@code maks}. */
    public static int desimal(BigDecimal value, int maks) {
        return Math.max(0, Math.min(maks, value.stripTrailingZeros().scale()));
    }

    /**
     * The pattern a template formats a number with ({@code #,##0.00} for 2 decimals); with the Indonesian locale
     * it prints {@code 1.234,56}, and a workbook keeps the number numeric with this display format.
     */
    public static String pola(int decimals) {
        return decimals > 0 ? "#,##0." + "0".repeat(decimals) : "#,##0";
    }

    /** A value rounded half up to what is printed of it. */
    public static BigDecimal bulat(BigDecimal value, int decimals) {
        return value.setScale(decimals, RoundingMode.HALF_UP);
    }

    /** {@code 27805047633} → {@code Rp 27.805.047.633}; cents shown only when there are some. */
    public static String rupiah(BigDecimal value) {
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        return "Rp " + angka(value, whole ? 0 : 2);
    }

    /** {@code 71.3278} with 2 decimals → {@code 71,33 %}. */
    public static String persen(BigDecimal value, int decimals) {
        return angka(value, decimals) + " %";
    }

    /** {@code 2025-01-10} → {@code 10 Januari 2025}. */
    public static String tanggal(LocalDate date) {
        return date.getDayOfMonth() + " " + BULAN[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** 1–4 → {@code Triwulan I} … {@code Triwulan IV}. */
    public static String triwulan(int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("Triwulan harus 1–4, bukan " + quarter);
        }
        return "Triwulan " + TRIWULAN[quarter - 1];
    }

    /** 18 digits → {@code 19731118 199303 1 002} (birth date, appointment month, sex, sequence). */
    public static String nip(String digits) {
        if (digits == null || !digits.matches("\\d{18}")) {
            throw new IllegalArgumentException("NIP harus 18 angka");
        }
        return digits.substring(0, 8) + " " + digits.substring(8, 14) + " " + digits.charAt(14) + " " + digits.substring(15);
    }
}
