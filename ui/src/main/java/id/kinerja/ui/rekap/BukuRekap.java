package id.kinerja.ui.rekap;

import id.kinerja.persetujuan.PelaporanDinas;
import id.kinerja.ui.komponen.Teks;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The province's recap as a workbook: one sheet, a title row, then one row per dinas (numbers as numbers, percent
 * with two decimals, a dinas not read or a quarter not locked as an empty cell). Streamed by POI, so 2,000 rows stay
 * small in memory.
 */
final class BukuRekap {

    static final String[] KOLOM = {"Nama", "Slug", "Jenis", "Wilayah", "Pelaporan", "Realisasi diisi", "Capaian ≥ 100 %",
            "Capaian < 100 %", "Tidak terukur", "Anggaran (Rp)", "Realisasi anggaran (Rp)", "Penyerapan (%)",
            "Angka"};

    private BukuRekap() {
    }

    static byte[] tulis(List<RekapView.Baris> baris, int tahun, int triwulan) {
        try (SXSSFWorkbook buku = new SXSSFWorkbook(100)) {
            Sheet s = buku.createSheet("Rekap " + tahun + " TW" + triwulan);
            CellStyle tebal = buku.createCellStyle();
            Font f = buku.createFont();
            f.setBold(true);
            tebal.setFont(f);
            CellStyle persen = buku.createCellStyle();
            persen.setDataFormat(buku.createDataFormat().getFormat("0.00"));
            CellStyle rupiah = buku.createCellStyle();
            rupiah.setDataFormat(buku.createDataFormat().getFormat("#,##0"));
            Cell judul = s.createRow(0).createCell(0);
            judul.setCellValue("Rekap provinsi — " + Teks.triwulan(triwulan) + " " + tahun);
            judul.setCellStyle(tebal);
            Row kepala = s.createRow(2);
            for (int k = 0; k < KOLOM.length; k++) {
                Cell c = kepala.createCell(k);
                c.setCellValue(KOLOM[k]);
                c.setCellStyle(tebal);
            }
            int r = 3;
            for (RekapView.Baris b : baris) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(b.tenant().name());
                row.createCell(1).setCellValue(b.tenant().slug());
                row.createCell(2).setCellValue(Teks.jenisDinas(b.tenant().kind()));
                row.createCell(3).setCellValue(b.tenant().region() == null ? "" : b.tenant().region());
                PelaporanDinas.Rekap x = b.rekap();
                if (x == null) {
                    row.createCell(4).setCellValue(b.tenant().isActive() ? "Tidak tersedia" : "Ditangguhkan");
                    continue;
                }
                row.createCell(4).setCellValue(RekapView.label(x));
                row.createCell(5).setCellValue(x.realisasi());
                bilangan(row, 6, x.mencapai());
                bilangan(row, 7, x.belumMencapai());
                bilangan(row, 8, x.tidakTerukur());
                angka(row, 9, x.anggaran(), rupiah);
                angka(row, 10, x.realisasiAnggaran(), rupiah);
                angka(row, 11, x.penyerapan(), persen);
                row.createCell(12).setCellValue(RekapView.sifat(x));
            }
            s.setColumnWidth(0, 50 * 256);
            s.setColumnWidth(1, 30 * 256);
            for (int k = 2; k < KOLOM.length; k++) {
                s.setColumnWidth(k, 18 * 256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            buku.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void bilangan(Row row, int k, Integer n) {
        if (n != null) {
            row.createCell(k).setCellValue(n);
        }
    }

    private static void angka(Row row, int k, BigDecimal n, CellStyle gaya) {
        if (n != null) {
            Cell c = row.createCell(k);
            c.setCellValue(n.doubleValue());
            c.setCellStyle(gaya);
        }
    }
}
