package id.kinerja.ui.pendaftaran;

import id.kinerja.pertukaran.Pertukaran;
import id.kinerja.testing.Dinas;
import io.micronaut.context.ApplicationContext;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Workbooks to upload: a seed dinas as the exchange workbook, and the same with a word where a target's number belongs. */
final class BerkasUji {

    private BerkasUji() {
    }

    static byte[] baik(ApplicationContext ctx, String seed) {
        return ctx.getBean(Pertukaran.class).excel(Dinas.seed(ctx, seed));
    }

    /** The workbook with "sepuluh" in the Nilai column of the Target sheet's Excel row {@code baris}. */
    static byte[] rusak(byte[] xlsx, int baris) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheet("Target");
            Row judul = s.getRow(0);
            int kolom = -1;
            for (Cell c : judul) {
                if ("Nilai".equals(c.getStringCellValue().strip())) {
                    kolom = c.getColumnIndex();
                }
            }
            Row r = s.getRow(baris - 1);
            r.getCell(kolom, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue("sepuluh");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
