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

    public static Nilai diLuar() {
        return new Nilai(null, "", "", true);
    }
}
