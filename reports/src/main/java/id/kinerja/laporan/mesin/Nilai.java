package id.kinerja.laporan.mesin;

import id.kinerja.laporan.FormatIndonesia;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/**
 * One number cell of a table: the number (rounded half up to what is printed, numeric in a workbook) with its
 * format, or, where there is no number, the reason in words ("Menunggu data BPS"), never 0 or a blank. A cell
 * outside the document's reach (a quarter after the one reported) is {@code kosong}: shaded, no text.
 */
public record Nilai(@Nullable BigDecimal angka, String pola, String teks, boolean kosong) {

    public static Nilai angka(BigDecimal nilai, int desimal) {
        return new Nilai(FormatIndonesia.bulat(nilai, desimal), FormatIndonesia.pola(desimal), "", false);
    }

    /** The number when known, else the reason. */
    public static Nilai atau(@Nullable BigDecimal nilai, int desimal, String alasan) {
        return nilai == null ? alasan(alasan) : angka(nilai, desimal);
    }

    public static Nilai alasan(String alasan) {
        return new Nilai(null, "", alasan, false);
    }

    /** Whether the printed number is longer than {@value #PANJANG} characters: too wide for a narrow year column at 7 pt. */
    public boolean panjang() {
        return angka != null && cetak().length() > PANJANG;
    }

    /**
     * A long number as a PDF prints it in a narrow column, on two lines broken after the thousands separator nearest
     * its middle ({@code 1.491.388.} / {@code 500.000}): readable at the column's size instead of shrunk to fit one
     * line, and never broken inside a group of digits. A workbook keeps {@link #angka()}.
     */
    public String duaBaris() {
        String t = cetak();
        int tengah = t.length() / 2;
        int pisah = -1;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '.' && (pisah < 0 || Math.abs(i + 1 - tengah) <= Math.abs(pisah - tengah))) {
                pisah = i + 1;
            }
        }
        return pisah <= 0 || pisah >= t.length() ? t : t.substring(0, pisah) + "\n" + t.substring(pisah);
    }

    private static final int PANJANG = 11;

    private String cetak() {
        int desimal = pola.indexOf('.') < 0 ? 0 : pola.length() - pola.indexOf('.') - 1;
        return FormatIndonesia.angka(angka, desimal);
    }

    public static Nilai diLuar() {
        return new Nilai(null, "", "", true);
    }
}
