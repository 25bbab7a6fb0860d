package id.kinerja.pendaftaran;

import id.kinerja.common.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The list a province onboards its dinas from: an XLSX workbook (first sheet) or a CSV file (comma or semicolon,
 * UTF-8), one dinas per row under the header {@code slug, nama, wilayah, jenis, template} ({@code provinsi}
 * optional, any column order). The file as a whole is checked here (format, size, header, number of rows) and refused
 * with the field {@code berkas} and the reason; each row's own rules are the onboarding's, checked when it runs.
 */
public final class DaftarMassal {

    /** Largest file accepted. */
    public static final int BATAS_BYTE = 2 * 1024 * 1024;
    /** Most rows (dinas) in one list: a province has ~1,100. */
    public static final int BATAS_BARIS = 5_000;
    /** The header, in the order of the template. */
    public static final List<String> KOLOM = List.of("slug", "nama", "wilayah", "jenis", "template", "provinsi");
    private static final List<String> KOLOM_WAJIB = List.of("slug", "nama", "wilayah", "jenis", "template");
    /** Other names a header may use for the same column. */
    private static final Map<String, String> SINONIM = Map.of("name", "nama", "region", "wilayah", "kind", "jenis",
            "templat", "template", "province", "provinsi");

    /**
     * One row of the list, numbered as the spreadsheet shows it (the header is row 1).
     *
     * @param template the slug of the dinas whose framework is copied; null: an empty dinas
     */
    public record Baris(int nomor, @Nullable String slug, @Nullable String nama, @Nullable String wilayah,
                        @Nullable String jenis, @Nullable String template, @Nullable String provinsi) {
    }

    private DaftarMassal() {
    }

    /** Reads the list; a file that is no such list is refused ({@code 422}, field {@code berkas}) with the reason. */
    public static List<Baris> baca(@Nullable String namaBerkas, @Nullable byte[] isi) {
        if (isi == null || isi.length == 0) {
            throw tolak("berkas kosong");
        }
        if (isi.length > BATAS_BYTE) {
            throw tolak("berkas terlalu besar (" + String.format(Locale.ROOT, "%,d", isi.length).replace(',', '.')
                    + " byte; paling besar 2 MB)");
        }
        String nama = namaBerkas == null ? "" : namaBerkas.toLowerCase(Locale.ROOT);
        boolean zip = isi.length > 3 && isi[0] == 'P' && isi[1] == 'K';
        boolean ole = isi.length > 3 && (isi[0] & 0xff) == 0xD0 && (isi[1] & 0xff) == 0xCF;
        List<List<String>> tabel;
        if (zip) {
            tabel = bacaXlsx(isi);
        } else if (ole || nama.endsWith(".xls")) {
            throw tolak("format .xls lama tidak didukung; simpan ulang sebagai .xlsx atau .csv");
        } else if (!nama.isEmpty() && !nama.endsWith(".csv") && !nama.endsWith(".txt")) {
            throw tolak("bukan berkas XLSX atau CSV");
        } else {
            tabel = bacaCsv(isi);
        }
        return baris(tabel);
    }

    private static List<Baris> baris(List<List<String>> tabel) {
        int kepalaDi = 0;
        while (kepalaDi < tabel.size() && kosong(tabel.get(kepalaDi))) {
            kepalaDi++;
        }
        if (kepalaDi == tabel.size()) {
            throw tolak("berkas tidak berisi apa pun; baris pertama harus kepala kolom: " + String.join(", ", KOLOM_WAJIB));
        }
        Map<String, Integer> kolom = new HashMap<>();
        List<String> kepala = tabel.get(kepalaDi);
        for (int i = 0; i < kepala.size(); i++) {
            String k = kepala.get(i).strip().toLowerCase(Locale.ROOT);
            k = SINONIM.getOrDefault(k, k);
            if (k.isEmpty()) {
                continue;
            }
            if (!KOLOM.contains(k)) {
                throw tolak("kolom '" + kepala.get(i).strip() + "' tidak dikenal pada kepala baris; kolomnya: "
                        + String.join(", ", KOLOM) + " (provinsi boleh tidak ada)");
            }
            if (kolom.put(k, i) != null) {
                throw tolak("kolom '" + k + "' muncul dua kali pada kepala baris");
            }
        }
        List<String> kurang = KOLOM_WAJIB.stream().filter(k -> !kolom.containsKey(k)).toList();
        if (!kurang.isEmpty()) {
            throw tolak("kepala baris tidak memuat kolom " + String.join(", ", kurang) + "; baris pertama harus: "
                    + String.join(", ", KOLOM_WAJIB) + " (provinsi boleh ditambahkan)");
        }
        List<Baris> hasil = new ArrayList<>();
        for (int r = kepalaDi + 1; r < tabel.size(); r++) {
            List<String> sel = tabel.get(r);
            if (kosong(sel)) {
                continue;
            }
            if (hasil.size() == BATAS_BARIS) {
                throw tolak("terlalu banyak baris (lebih dari " + String.format(Locale.ROOT, "%,d", BATAS_BARIS).replace(',', '.')
                        + " dinas); bagi menjadi beberapa berkas");
            }
            hasil.add(new Baris(r + 1, sel(sel, kolom.get("slug")), sel(sel, kolom.get("nama")), sel(sel, kolom.get("wilayah")),
                    sel(sel, kolom.get("jenis")), sel(sel, kolom.get("template")), sel(sel, kolom.get("provinsi"))));
        }
        if (hasil.isEmpty()) {
            throw tolak("berkas tidak berisi satu dinas pun di bawah kepala baris");
        }
        return hasil;
    }

    @Nullable
    private static String sel(List<String> baris, @Nullable Integer i) {
        if (i == null || i >= baris.size()) {
            return null;
        }
        String v = baris.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    private static boolean kosong(List<String> baris) {
        return baris.stream().allMatch(String::isBlank);
    }

    // ---------------------------------------------------------------- XLSX

    private static List<List<String>> bacaXlsx(byte[] isi) {
        try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(isi))) {
            if (buku.getNumberOfSheets() == 0) {
                throw tolak("buku kerja tidak berisi lembar");
            }
            Sheet lembar = buku.getSheetAt(0);
            if (lembar.getLastRowNum() > BATAS_BARIS + 100) {
                throw tolak("terlalu banyak baris (lebih dari " + String.format(Locale.ROOT, "%,d", BATAS_BARIS).replace(',', '.')
                        + " dinas); bagi menjadi beberapa berkas");
            }
            DataFormatter format = new DataFormatter(Locale.ROOT);
            List<List<String>> tabel = new ArrayList<>();
            for (int r = 0; r <= lembar.getLastRowNum(); r++) {
                Row row = lembar.getRow(r);
                List<String> sel = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()) && c < 20; c++) {
                        Cell cell = row.getCell(c);
                        sel.add(cell == null ? "" : format.formatCellValue(cell));
                    }
                }
                tabel.add(sel);
            }
            return tabel;
        } catch (OLE2NotOfficeXmlFileException e) {
            throw tolak("format .xls lama tidak didukung; simpan ulang sebagai .xlsx atau .csv");
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException i) {
                throw i;
            }
            throw tolak("berkas bukan XLSX yang dapat dibaca");
        }
    }

    // ---------------------------------------------------------------- CSV

    /** RFC 4180 with a comma or (as Excel writes it in Indonesia) a semicolon, whichever the header uses. */
    static List<List<String>> bacaCsv(byte[] isi) {
        String teks;
        try {
            teks = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(isi)).toString();
        } catch (CharacterCodingException e) {
            throw tolak("bukan berkas XLSX atau CSV (teks UTF-8)");
        }
        if (teks.indexOf('\0') >= 0) {
            throw tolak("bukan berkas XLSX atau CSV");
        }
        if (teks.startsWith("\uFEFF")) {
            teks = teks.substring(1);
        }
        int akhirKepala = teks.indexOf('\n');
        String kepala = akhirKepala < 0 ? teks : teks.substring(0, akhirKepala);
        char pemisah = kepala.chars().filter(c -> c == ';').count() > kepala.chars().filter(c -> c == ',').count() ? ';' : ',';
        List<List<String>> tabel = new ArrayList<>();
        List<String> baris = new ArrayList<>();
        StringBuilder sel = new StringBuilder();
        boolean kutip = false;
        for (int i = 0; i < teks.length(); i++) {
            char c = teks.charAt(i);
            if (kutip) {
                if (c == '"') {
                    if (i + 1 < teks.length() && teks.charAt(i + 1) == '"') {
                        sel.append('"');
                        i++;
                    } else {
                        kutip = false;
                    }
                } else {
                    sel.append(c);
                }
            } else if (c == '"' && sel.isEmpty()) {
                kutip = true;
            } else if (c == pemisah) {
                baris.add(sel.toString());
                sel.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < teks.length() && teks.charAt(i + 1) == '\n') {
                    i++;
                }
                baris.add(sel.toString());
                sel.setLength(0);
                tabel.add(baris);
                baris = new ArrayList<>();
                if (tabel.size() > BATAS_BARIS + 100) {
                    throw tolak("terlalu banyak baris (lebih dari " + String.format(Locale.ROOT, "%,d", BATAS_BARIS).replace(',', '.')
                            + " dinas); bagi menjadi beberapa berkas");
                }
            } else {
                sel.append(c);
            }
        }
        if (kutip) {
            throw tolak("tanda kutip (\") tidak ditutup");
        }
        if (!sel.isEmpty() || !baris.isEmpty()) {
            baris.add(sel.toString());
            tabel.add(baris);
        }
        return tabel;
    }

    // ---------------------------------------------------------------- template

    /** The template to fill: the header and two example rows (one with a template dinas, one empty). */
    public static byte[] templatXlsx(@Nullable String contohTemplate) {
        try (XSSFWorkbook buku = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = buku.createSheet("Dinas");
            CellStyle tebal = buku.createCellStyle();
            Font f = buku.createFont();
            f.setBold(true);
            tebal.setFont(f);
            Row kepala = s.createRow(0);
            for (int i = 0; i < KOLOM.size(); i++) {
                Cell c = kepala.createCell(i);
                c.setCellValue(KOLOM.get(i));
                c.setCellStyle(tebal);
            }
            isi(s.createRow(1), "contoh-diskominfo", "Dinas Komunikasi dan Informatika Kabupaten Contoh", "Kabupaten Contoh",
                    "kabupaten", contohTemplate == null ? "" : contohTemplate, "Jawa Timur");
            isi(s.createRow(2), "contoh-bappeda", "Badan Perencanaan Pembangunan Daerah Kota Contoh", "Kota Contoh",
                    "kota", "", "Jawa Timur");
            int[] lebar = {28, 60, 24, 12, 32, 16};
            for (int i = 0; i < lebar.length; i++) {
                s.setColumnWidth(i, lebar[i] * 256);
            }
            s.createFreezePane(0, 1);
            buku.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void isi(Row r, String... nilai) {
        for (int i = 0; i < nilai.length; i++) {
            r.createCell(i).setCellValue(nilai[i]);
        }
    }

    private static InvalidInputException tolak(String alasan) {
        return new InvalidInputException("berkas", alasan);
    }
}
