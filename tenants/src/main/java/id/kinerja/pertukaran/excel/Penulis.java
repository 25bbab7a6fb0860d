package id.kinerja.pertukaran.excel;

import id.kinerja.pertukaran.dokumen.Dokumen;
import id.kinerja.pertukaran.dokumen.PohonDokumen;

import id.kinerja.common.Teks;
import id.kinerja.pertukaran.dokumen.Dokumen.Budget;
import id.kinerja.pertukaran.dokumen.Dokumen.BudgetRealisation;
import id.kinerja.pertukaran.dokumen.Dokumen.Component;
import id.kinerja.pertukaran.dokumen.Dokumen.History;
import id.kinerja.pertukaran.dokumen.Dokumen.Indicator;
import id.kinerja.pertukaran.dokumen.Dokumen.Node;
import id.kinerja.pertukaran.dokumen.Dokumen.Period;
import id.kinerja.pertukaran.dokumen.Dokumen.Profile;
import id.kinerja.pertukaran.dokumen.Dokumen.QuarterTarget;
import id.kinerja.pertukaran.dokumen.Dokumen.Realisation;
import id.kinerja.pertukaran.dokumen.Dokumen.TargetValue;
import id.kinerja.pertukaran.excel.Lembar.Kolom;
import id.kinerja.renstra.Tingkat;
import io.micronaut.core.annotation.Nullable;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Writes the workbook: the instructions, then the data sheets filled from a document (or left empty). */
final class Penulis {

    /** Rows below the data that still get the list drop-downs, for the dinas to add to. */
    private static final int BARIS_CADANGAN = 1000;
    private static final Profile PROFIL_KOSONG = new Profile(null, null, null, null, null, null, null, null, null);

    private final XSSFWorkbook buku = new XSSFWorkbook();
    private final Map<Lembar, Sheet> lembar = new EnumMap<>(Lembar.class);
    private final CellStyle judul;
    private final CellStyle teks;
    private final CellStyle bungkus;
    /** Amount styles by number of decimals, so that the sheet shows every digit of the value. */
    private final Map<Integer, CellStyle> gayaNilai = new HashMap<>();
    private final CellStyle tanggal;

    private Penulis() {
        Font tebal = buku.createFont();
        tebal.setBold(true);
        judul = buku.createCellStyle();
        judul.setFont(tebal);
        judul.setVerticalAlignment(VerticalAlignment.TOP);
        teks = gaya("@");
        bungkus = gaya("@");
        bungkus.setWrapText(true);
        bungkus.setVerticalAlignment(VerticalAlignment.TOP);
        tanggal = gaya("yyyy-mm-dd");
    }

    /** The workbook of {@code dokumen}, or the empty template for {@code null}. */
    static byte[] tulis(@Nullable Dokumen dokumen) {
        Penulis t = new Penulis();
        try (XSSFWorkbook buku = t.buku) {
            Petunjuk.tulis(buku.createSheet("Petunjuk"), t.judul, t.bungkus);
            for (Lembar l : Lembar.values()) {
                t.lembar.put(l, t.siapkan(l));
            }
            t.profil(dokumen == null || dokumen.profile() == null ? PROFIL_KOSONG : dokumen.profile());
            for (Period p : dokumen == null ? List.<Period>of() : Teks.daftar(dokumen.periods())) {
                t.periode(p);
            }
            t.lembar.forEach(t::pilihan);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            buku.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sheet with its bold, frozen header row, column widths and formats. */
    private Sheet siapkan(Lembar l) {
        Sheet s = buku.createSheet(l.nama);
        Row r = s.createRow(0);
        for (int i = 0; i < l.kolom.size(); i++) {
            Kolom k = l.kolom.get(i);
            Cell c = r.createCell(i);
            c.setCellValue(k.judul());
            c.setCellStyle(judul);
            s.setColumnWidth(i, k.lebar() * 256);
            s.setDefaultColumnStyle(i, switch (k.jenis()) {
                case TEKS -> l == Lembar.PROFIL && i == 1 ? bungkus : teks;
                case TANGGAL -> tanggal;
                case ANGKA, NILAI -> buku.getCellStyleAt(0);
            });
        }
        s.createFreezePane(0, 1);
        if (l != Lembar.PROFIL) {
            s.setAutoFilter(new CellRangeAddress(0, 0, 0, l.kolom.size() - 1));
        }
        return s;
    }

    private void profil(Profile p) {
        for (Lembar.Isian isian : Lembar.Isian.values()) {
            isian(isian.label, isian.dari(p));
        }
        for (String f : daftarAtauSatuKosong(p.fungsi())) {
            isian(Lembar.FUNGSI, f);
        }
        for (String m : daftarAtauSatuKosong(p.misi())) {
            isian(Lembar.MISI, m);
        }
    }

    private void isian(String label, @Nullable String nilai) {
        baris(Lembar.PROFIL).teks("Isian", label).teks("Nilai", nilai);
    }

    private void periode(Period p) {
        baris(Lembar.PERIODE).teks("Nama periode", p.name())
                .angka("Tahun awal", p.startYear()).angka("Tahun akhir", p.endYear());
        for (Node t : Teks.daftar(p.tujuan())) {
            simpul(p.name(), Tingkat.TUJUAN, null, t);
        }
    }

    /** A node's Kerangka row, its indicators and budgets, then its children: tree order. */
    private void simpul(String periode, Tingkat tingkat, @Nullable String induk, Node n) {
        baris(Lembar.KERANGKA).teks("Periode", periode).teks("Tingkat", tingkat.label()).teks("Kode", n.code())
                .teks("Kode induk", induk).teks("Nama", n.name()).teks("Outcome", n.outcome())
                .teks("Unit kerja", n.unit()).teks("Lokasi", n.lokasi());
        for (Indicator i : Teks.daftar(n.indicators())) {
            indikator(periode, tingkat, n.code(), i);
        }
        anggaran(periode, tingkat, n);
        Tingkat bawah = tingkat.bawah();
        if (bawah != null) {
            for (Node anak : PohonDokumen.anak(n, tingkat)) {
                simpul(periode, bawah, n.code(), anak);
            }
        }
    }

    private void indikator(String periode, Tingkat tingkat, String kodeSimpul, Indicator i) {
        baris(Lembar.INDIKATOR).teks("Periode", periode).teks("Tingkat simpul", tingkat.label())
                .teks("Kode simpul", kodeSimpul).teks("Kode indikator", i.code()).teks("Nama indikator", i.name())
                .teks("Satuan", i.satuan()).teks("Formulasi", i.formulaText()).teks("Rumus", i.formula())
                .teks("Komponen", komponen(Teks.daftar(i.components())))
                .teks("Polaritas", Pilihan.POLARITAS.label(i.polarity()))
                .teks("Agregasi", Pilihan.AGREGASI.label(i.rollup()))
                .teks("Sumber data", i.dataSource()).teks("Penanggung jawab", i.unit())
                .teks("IKU", Pilihan.YA_TIDAK.label(i.iku())).angka("Presisi", i.precision());
        for (TargetValue t : Teks.daftar(i.targets())) {
            target(periode, i.code(), t.year(), t.kind(), t.value());
        }
        for (QuarterTarget t : Teks.daftar(i.quarterlyTargets())) {
            target(periode, i.code(), t.year(), Pilihan.kodeTriwulan(t.quarter()), t.value());
        }
        for (Realisation r : Teks.daftar(i.realisations())) {
            realisasi(periode, i.code(), r);
        }
        for (History h : Teks.daftar(i.history())) {
            realisasi(periode, i.code(), new Realisation(h.year(), null, h.value(), h.components(), null, null, null,
                    null, h.note()));
        }
    }

    private void target(String periode, String kodeIndikator, int tahun, String jenis, BigDecimal nilai) {
        baris(Lembar.TARGET).teks("Periode", periode).teks("Kode indikator", kodeIndikator).angka("Tahun", tahun)
                .teks("Jenis", Pilihan.JENIS.label(jenis)).angka("Nilai", nilai);
    }

    private void realisasi(String periode, String kodeIndikator, Realisation r) {
        baris(Lembar.REALISASI).teks("Periode", periode).teks("Kode indikator", kodeIndikator)
                .angka("Tahun", r.year()).teks("Triwulan", Pilihan.TRIWULAN.label(Pilihan.kodeTriwulan(r.quarter())))
                .angka("Nilai", r.value()).teks("Komponen", nilaiKomponen(r.components()))
                .teks("Status", Pilihan.STATUS.label(r.status())).teks("Alasan", r.alasan())
                .teks("Sumber", r.sourceAgency()).tanggal("Perkiraan tanggal", r.expectedDate()).teks("Catatan", r.note());
    }

    /**
     * One row per budget line; the cumulative realisation of a year goes on the node's first line of that year
     * (gathered from all of that year's lines, quarters 1–4).
     */
    private void anggaran(String periode, Tingkat tingkat, Node n) {
        Map<Integer, Map<Integer, BigDecimal>> realisasi = new LinkedHashMap<>();
        for (Budget b : Teks.daftar(n.budgets())) {
            Map<Integer, BigDecimal> tahun = realisasi.computeIfAbsent(b.year(), y -> new TreeMap<>());
            for (BudgetRealisation r : Teks.daftar(b.realisasi())) {
                tahun.putIfAbsent(r.quarter(), r.kumulatif());
            }
        }
        Set<Integer> sudah = new HashSet<>();
        for (Budget b : Teks.daftar(n.budgets())) {
            Baris r = baris(Lembar.ANGGARAN).teks("Periode", periode).teks("Tingkat simpul", tingkat.label())
                    .teks("Kode simpul", n.code()).angka("Tahun", b.year()).angka("Anggaran (Rp)", b.anggaran())
                    .teks("Sumber dana", b.sumberDana());
            if (sudah.add(b.year())) {
                realisasi.get(b.year()).forEach((tw, nilai) -> {
                    if (tw >= 1 && tw <= 4) {
                        r.angka(Lembar.REALISASI_TW.get(tw - 1), nilai);
                    }
                });
            }
        }
    }

    /**
     * {@code nama = label [satuan]; nama2 = label2}. A label that itself ends in brackets gets an empty unit
     * ({@code []}) so that reading it back does not take its bracket for the unit.
     */
    @Nullable
    static String komponen(List<Component> komponen) {
        return komponen.isEmpty() ? null : komponen.stream()
                .map(k -> k.name() + " = " + k.label()
                        + (k.satuan() != null ? " [" + k.satuan() + "]" : k.label().endsWith("]") ? " []" : ""))
                .collect(Collectors.joining("; "));
    }

    /** {@code nama = nilai; nama2 = nilai2}, the values as plain decimals. */
    @Nullable
    static String nilaiKomponen(@Nullable Map<String, BigDecimal> komponen) {
        return komponen == null || komponen.isEmpty() ? null : komponen.entrySet().stream()
                .map(e -> e.getKey() + " = " + (e.getValue() == null ? "" : e.getValue().toPlainString()))
                .collect(Collectors.joining("; "));
    }

    /** Drop-downs on the list columns (and on the Periode columns, from the Periode sheet). */
    private void pilihan(Lembar l, Sheet s) {
        int akhir = Math.max(s.getLastRowNum(), 1) + BARIS_CADANGAN;
        DataValidationHelper h = s.getDataValidationHelper();
        for (int i = 0; i < l.kolom.size(); i++) {
            Kolom k = l.kolom.get(i);
            DataValidationConstraint syarat;
            if (k.pilihan() != null) {
                syarat = h.createExplicitListConstraint(k.pilihan().label().toArray(String[]::new));
            } else if (k.judul().equals("Periode")) {
                syarat = h.createFormulaListConstraint("Periode!$A$2:$A$" + (BARIS_CADANGAN + 1));
            } else {
                continue;
            }
            validasi(s, h, syarat, new CellRangeAddressList(1, akhir, i, i));
        }
        if (l == Lembar.PROFIL) {
            int baris = 1 + Lembar.Isian.ATASAN_PLT.ordinal();
            validasi(s, h, h.createExplicitListConstraint(Pilihan.YA_TIDAK.label().toArray(String[]::new)),
                    new CellRangeAddressList(baris, baris, 1, 1));
        }
    }

    private static void validasi(Sheet s, DataValidationHelper h, DataValidationConstraint syarat, CellRangeAddressList sel) {
        DataValidation v = h.createValidation(syarat, sel);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox("Isian tidak sah", "Pilih salah satu nilai dari daftar.");
        v.setShowErrorBox(true);
        v.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
        s.addValidationData(v);
    }

    /** {@code #,##0} with as many decimals as the value has. */
    private CellStyle gayaNilai(BigDecimal nilai) {
        int desimal = Math.max(0, nilai.stripTrailingZeros().scale());
        return gayaNilai.computeIfAbsent(desimal, d -> gaya("#,##0" + (d == 0 ? "" : "." + "0".repeat(d))));
    }

    private CellStyle gaya(String format) {
        CellStyle s = buku.createCellStyle();
        s.setDataFormat(buku.createDataFormat().getFormat(format));
        return s;
    }

    private Baris baris(Lembar l) {
        Sheet s = lembar.get(l);
        return new Baris(l, s.createRow(s.getLastRowNum() + 1));
    }

    private static List<String> daftarAtauSatuKosong(@Nullable List<String> items) {
        return items == null || items.isEmpty() ? List.of("") : items;
    }

    /** A row being written, cell by column header. */
    private final class Baris {
        private final Lembar lembar;
        private final Row row;

        Baris(Lembar lembar, Row row) {
            this.lembar = lembar;
            this.row = row;
        }

        /** Text always goes in a text cell (codes such as "01" and 18-digit NIPs stay as typed). */
        Baris teks(String kolom, @Nullable String nilai) {
            if (nilai != null && !nilai.isEmpty()) {
                Cell c = row.createCell(lembar.indeks(kolom));
                c.setCellValue(nilai);
                c.setCellStyle(lembar == Lembar.PROFIL ? bungkus : teks);
            }
            return this;
        }

        Baris angka(String kolom, @Nullable Integer nilai) {
            return nilai == null ? this : angka(kolom, BigDecimal.valueOf(nilai));
        }

        /** A numeric cell when the double holds the decimal exactly, else its plain digits as text. */
        Baris angka(String kolom, @Nullable BigDecimal nilai) {
            if (nilai != null) {
                Cell c = row.createCell(lembar.indeks(kolom));
                if (!Angka.muatDouble(nilai)) {
                    c.setCellValue(nilai.toPlainString());
                    return this;
                }
                c.setCellValue(nilai.doubleValue());
                if (lembar.kolom.get(lembar.indeks(kolom)).jenis() == Lembar.Jenis.NILAI) {
                    c.setCellStyle(gayaNilai(nilai));
                }
            }
            return this;
        }

        Baris tanggal(String kolom, @Nullable LocalDate nilai) {
            if (nilai != null) {
                Cell c = row.createCell(lembar.indeks(kolom));
                c.setCellValue(nilai);
                c.setCellStyle(tanggal);
            }
            return this;
        }
    }
}
