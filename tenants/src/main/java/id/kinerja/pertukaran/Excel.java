package id.kinerja.pertukaran;

import java.util.Map;
import java.util.Objects;

/**
 * The exchange document as an Excel workbook (XLSX) for a dinas to fill in: a "Petunjuk" sheet, then Profil, Periode,
 * Kerangka, Indikator, Target, Realisasi and Anggaran, headers in Indonesian. Numbers stay exact: a decimal a double
 * cannot hold is written as text. Narratives, chapters, the capaian scale, notes and the tenant are not in the
 * workbook.
 */
public final class Excel {

    private Excel() {
    }

    /** A row of the workbook: the sheet's name and the row number as Excel shows it (1-based). */
    public record Sel(String sheet, int baris) {
    }

    /**
     * A document read from a workbook, and where each of its elements came from: JSON paths such as
     * {@code periods[0].tujuan[1].sasaran[0].indicators[2].targets[0]} (and {@code profile}) to their row.
     */
    public record Bacaan(Dokumen dokumen, Map<String, Sel> asal) {
    }

    /** The empty workbook, with its instructions and drop-downs. */
    public static byte[] template() {
        return ExcelTulis.tulis(null);
    }

    /** The workbook filled from {@code dokumen}; history rows go to Realisasi as "Tahunan". */
    public static byte[] tulis(Dokumen dokumen) {
        return ExcelTulis.tulis(Objects.requireNonNull(dokumen, "dokumen"));
    }

    /**
     * Reads a filled workbook. All or nothing: any problem, from a file that is no XLSX to a bad cell, throws
     * {@link ExcelTidakValidException} listing every problem found.
     */
    public static Bacaan baca(byte[] xlsx) {
        return ExcelBaca.baca(xlsx);
    }
}
