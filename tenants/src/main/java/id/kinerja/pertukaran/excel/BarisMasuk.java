package id.kinerja.pertukaran.excel;

import io.micronaut.core.annotation.Nullable;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * One row of a data sheet being read: typed values by column header. A problem in a cell is recorded as an
 * {@link ExcelGalat} and the value read is {@code null}; a blank cell is {@code null} without a problem unless the
 * column was declared {@link #wajib required}.
 */
final class BarisMasuk {

    private static final List<DateTimeFormatter> FORMAT_TANGGAL = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT));

    final Lembar lembar;
    /** The row number as Excel shows it. */
    final int nomor;
    private final Row row;
    private final List<ExcelGalat> galat;
    private final int galatSebelum;

    BarisMasuk(Lembar lembar, Row row, List<ExcelGalat> galat) {
        this.lembar = lembar;
        this.row = row;
        this.nomor = row.getRowNum() + 1;
        this.galat = galat;
        this.galatSebelum = galat.size();
    }

    /** Whether every cell of the sheet's columns is blank. */
    static boolean kosong(@Nullable Row row, Lembar lembar) {
        if (row == null) {
            return true;
        }
        for (int i = 0; i < lembar.kolom.size(); i++) {
            if (!kosong(row.getCell(i))) {
                return false;
            }
        }
        return true;
    }

    /** Reports "wajib diisi" for each of these columns left blank. */
    void wajib(String... kolom) {
        for (String k : kolom) {
            if (kosong(sel(k))) {
                galat(k, "wajib diisi");
            }
        }
    }

    /** Whether no problem has been found in this row so far. */
    boolean sah() {
        return galat.size() == galatSebelum;
    }

    void galat(String kolom, String alasan) {
        galat.add(new ExcelGalat(lembar.nama, nomor, kolom, alasan));
    }

    Excel.Sel sel() {
        return new Excel.Sel(lembar.nama, nomor);
    }

    /** The text of a cell, stripped; a number typed into a text column reads as its plain digits. */
    @Nullable
    String teks(String kolom) {
        Cell c = sel(kolom);
        return switch (jenis(c)) {
            case STRING -> {
                String s = c.getStringCellValue().strip();
                yield s.isEmpty() ? null : s;
            }
            case NUMERIC -> Angka.dariDouble(c.getNumericCellValue()).toPlainString();
            case BOOLEAN -> Pilihan.YA_TIDAK.label(c.getBooleanCellValue());
            case ERROR -> galatRumus(kolom);
            default -> null;
        };
    }

    /** An exact decimal: a numeric cell, or text such as {@code 1234.56} or {@code 1.234.567,89}. */
    @Nullable
    BigDecimal angka(String kolom) {
        Cell c = sel(kolom);
        return switch (jenis(c)) {
            case NUMERIC -> Angka.dariDouble(c.getNumericCellValue());
            case STRING -> {
                String s = c.getStringCellValue().strip();
                if (Angka.meragukan(s)) {
                    galat(kolom, "'" + s + "' bisa berarti " + s.replace(".", "") + " atau " + s.replace('.', ',')
                            + ": tulis tanpa titik ribuan, dengan koma desimal, atau isi sel sebagai angka");
                    yield null;
                }
                BigDecimal b = s.isEmpty() ? null : Angka.dariTeks(s);
                if (b == null && !s.isEmpty()) {
                    galat(kolom, "bukan angka");
                }
                yield b;
            }
            case BOOLEAN -> {
                galat(kolom, "bukan angka");
                yield null;
            }
            case ERROR -> galatRumus(kolom);
            default -> null;
        };
    }

    /** A whole number (years, quarters, precision). */
    @Nullable
    Integer bulat(String kolom) {
        BigDecimal b = angka(kolom);
        if (b == null) {
            return null;
        }
        try {
            return b.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            galat(kolom, "harus bilangan bulat");
            return null;
        }
    }

    /** A date cell, or text {@code yyyy-MM-dd} or {@code dd-MM-yyyy}. */
    @Nullable
    LocalDate tanggal(String kolom) {
        Cell c = sel(kolom);
        switch (jenis(c)) {
            case BLANK -> {
                return null;
            }
            case ERROR -> {
                return galatRumus(kolom);
            }
            case NUMERIC -> {
                if (DateUtil.isValidExcelDate(c.getNumericCellValue())) {
                    return c.getLocalDateTimeCellValue().toLocalDate();
                }
            }
            case STRING -> {
                String s = c.getStringCellValue().strip().replace('/', '-');
                if (s.isEmpty()) {
                    return null;
                }
                LocalDate d = uraiTanggal(s);
                if (d != null) {
                    return d;
                }
            }
            default -> {
                // not a date: reported below
            }
        }
        galat(kolom, "bukan tanggal (tulis yyyy-MM-dd atau dd-MM-yyyy)");
        return null;
    }

    @Nullable
    private static LocalDate uraiTanggal(String teks) {
        for (DateTimeFormatter f : FORMAT_TANGGAL) {
            try {
                return LocalDate.parse(teks, f);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    /** The code of the label chosen in a list column. */
    @Nullable
    String pilihan(String kolom, Pilihan pilihan) {
        String t = teks(kolom);
        if (t == null) {
            return null;
        }
        String kode = pilihan.kodeDari(t);
        if (kode == null) {
            galat(kolom, "harus salah satu dari: " + pilihan.daftar());
        }
        return kode;
    }

    /** Ya/Tidak as a boolean. */
    @Nullable
    Boolean yaTidak(String kolom) {
        String kode = pilihan(kolom, Pilihan.YA_TIDAK);
        return kode == null ? null : Boolean.valueOf(kode);
    }

    /** Whether the cell holds a number (NIP must be text). */
    boolean angkaDiSel(String kolom) {
        return jenis(sel(kolom)) == CellType.NUMERIC;
    }

    private <T> T galatRumus(String kolom) {
        galat(kolom, "berisi galat rumus");
        return null;
    }

    @Nullable
    private Cell sel(String kolom) {
        return row.getCell(lembar.indeks(kolom));
    }

    /** The cell's type; a formula counts as its cached result. */
    private static CellType jenis(@Nullable Cell c) {
        if (c == null) {
            return CellType.BLANK;
        }
        return c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    }

    private static boolean kosong(@Nullable Cell c) {
        CellType jenis = jenis(c);
        return jenis == CellType.BLANK || jenis == CellType.STRING && c.getStringCellValue().isBlank();
    }
}
