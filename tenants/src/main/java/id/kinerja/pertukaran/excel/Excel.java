package id.kinerja.pertukaran.excel;

import id.kinerja.pertukaran.dokumen.Dokumen;
import id.kinerja.pertukaran.dokumen.Galat;

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

        /**
         * Where a problem of the document shows in the workbook: the row of the longest path prefix read, and the
         * column of that sheet holding the field (by the column model, {@link Lembar}).
         */
        public ExcelGalat diSel(Galat g) {
            String path = g.path();
            while (!path.isEmpty()) {
                Sel sel = asal.get(path);
                if (sel != null) {
                    String sisa = g.path().substring(path.length()).replaceFirst("^\\.", "");
                    String field = sisa.split("[.\\[]")[0];
                    String kolom = sisa.isEmpty() ? null : Lembar.bernama(sel.sheet()).flatMap(l -> l.kolomUntuk(field))
                            .map(Lembar.Kolom::judul).orElse(sisa);
                    return new ExcelGalat(sel.sheet(), sel.baris(), kolom, g.alasan());
                }
                int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
                path = cut <= 0 ? "" : path.substring(0, cut);
            }
            return new ExcelGalat("", 0, g.path(), g.alasan());
        }
    }

    /** The empty workbook, with its instructions and drop-downs. */
    public static byte[] template() {
        return Penulis.tulis(null);
    }

    /** The workbook filled from {@code dokumen}; history rows go to Realisasi as "Tahunan". */
    public static byte[] tulis(Dokumen dokumen) {
        return Penulis.tulis(Objects.requireNonNull(dokumen, "dokumen"));
    }

    /**
     * Reads a filled workbook. All or nothing: any problem, from a file that is no XLSX to a bad cell, throws
     * {@link ExcelTidakValidException} listing every problem found.
     */
    public static Bacaan baca(byte[] xlsx) {
        return Pembaca.baca(xlsx);
    }
}
