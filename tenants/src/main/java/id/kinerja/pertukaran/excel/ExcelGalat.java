package id.kinerja.pertukaran.excel;

import io.micronaut.core.annotation.Nullable;

/**
 * One problem found in a workbook: the sheet ({@code ""} for the file as a whole), the row as Excel shows it (1-based;
 * 0 = the whole sheet or file), the column's header ({@code null} = the whole row or sheet) and the reason in plain
 * Indonesian.
 */
public record ExcelGalat(String sheet, int baris, @Nullable String kolom, String alasan) {

    /** E.g. {@code Target baris 5, kolom Nilai}; null for the file as a whole. */
    @Nullable
    public String lokasi() {
        if (sheet == null || sheet.isEmpty()) {
            return null;
        }
        return sheet + (baris > 0 ? " baris " + baris : "") + (kolom == null ? "" : ", kolom " + kolom);
    }

    /** E.g. {@code Target baris 5, kolom Nilai: bukan angka}. */
    public String teks() {
        StringBuilder s = new StringBuilder();
        if (sheet != null && !sheet.isEmpty()) {
            s.append(sheet);
            if (baris > 0) {
                s.append(" baris ").append(baris);
            }
            if (kolom != null) {
                s.append(", kolom ").append(kolom);
            }
            s.append(": ");
        }
        return s.append(alasan).toString();
    }
}
