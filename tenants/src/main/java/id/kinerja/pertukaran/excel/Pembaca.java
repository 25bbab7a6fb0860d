package id.kinerja.pertukaran.excel;

import id.kinerja.pertukaran.dokumen.Dokumen;
import id.kinerja.pertukaran.dokumen.PohonDokumen;

import id.kinerja.pertukaran.dokumen.Dokumen.Budget;
import id.kinerja.pertukaran.dokumen.Dokumen.BudgetRealisation;
import id.kinerja.pertukaran.dokumen.Dokumen.Component;
import id.kinerja.pertukaran.dokumen.Dokumen.Indicator;
import id.kinerja.pertukaran.dokumen.Dokumen.Node;
import id.kinerja.pertukaran.dokumen.Dokumen.Period;
import id.kinerja.pertukaran.dokumen.Dokumen.Profile;
import id.kinerja.pertukaran.dokumen.Dokumen.QuarterTarget;
import id.kinerja.pertukaran.dokumen.Dokumen.Realisation;
import id.kinerja.pertukaran.dokumen.Dokumen.TargetValue;
import id.kinerja.pertukaran.excel.Excel.Sel;
import id.kinerja.renstra.Tingkat;
import io.micronaut.core.annotation.Nullable;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads a workbook into a document. First the structure (sheets, headers), then every row of every sheet,
 * collecting all problems; only a workbook without any problem becomes a document.
 */
final class Pembaca {

    private final Map<Lembar, Sheet> lembar = new EnumMap<>(Lembar.class);
    private final List<ExcelGalat> galat = new ArrayList<>();
    private final Map<String, PeriodeB> periode = new LinkedHashMap<>();
    private final Map<String, Sel> asal = new LinkedHashMap<>();
    @Nullable
    private Profile profil;

    static Excel.Bacaan baca(@Nullable byte[] xlsx) {
        try (XSSFWorkbook buku = buka(xlsx)) {
            Pembaca b = new Pembaca();
            b.periksaSusunan(buku);
            return b.bacaIsi();
        } catch (IOException e) {
            throw ExcelTidakValidException.berkas("berkas tidak dapat dibaca: " + e.getMessage());
        }
    }

    private static XSSFWorkbook buka(@Nullable byte[] xlsx) {
        if (xlsx == null || xlsx.length == 0) {
            throw ExcelTidakValidException.berkas("berkas kosong");
        }
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (OLE2NotOfficeXmlFileException e) {
            throw ExcelTidakValidException.berkas("berkas bukan XLSX (format .xls lama tidak didukung; simpan ulang sebagai .xlsx)");
        } catch (IOException | RuntimeException e) {
            throw ExcelTidakValidException.berkas("berkas bukan XLSX yang dapat dibaca");
        }
    }

    /** Every data sheet present, with its headers in place; stops here on any structural problem. */
    private void periksaSusunan(XSSFWorkbook buku) {
        for (Lembar l : Lembar.values()) {
            Sheet s = buku.getSheet(l.nama);
            if (s == null) {
                galat.add(new ExcelGalat(l.nama, 0, null, "lembar '" + l.nama + "' tidak ada"));
                continue;
            }
            lembar.put(l, s);
            periksaJudul(l, s.getRow(0));
        }
        gagalBilaAdaGalat();
    }

    private void periksaJudul(Lembar l, @Nullable Row judul) {
        for (int i = 0; i < l.kolom.size(); i++) {
            String harus = l.kolom.get(i).judul();
            Cell c = judul == null ? null : judul.getCell(i);
            String ada = c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue().strip();
            if (!Pilihan.normal(ada).equals(Pilihan.normal(harus))) {
                galat.add(new ExcelGalat(l.nama, 1, harus, "judul kolom " + CellReference.convertNumToColString(i)
                        + " harus '" + harus + "'" + (ada.isEmpty() ? " (kosong)" : ", tertulis '" + ada + "'")));
            }
        }
    }

    private Excel.Bacaan bacaIsi() {
        bacaProfil();
        setiapBaris(Lembar.PERIODE, this::bacaPeriode);
        setiapBaris(Lembar.KERANGKA, this::bacaSimpul);
        periode.values().forEach(this::hubungkan);
        setiapBaris(Lembar.INDIKATOR, this::bacaIndikator);
        setiapBaris(Lembar.TARGET, this::bacaTarget);
        setiapBaris(Lembar.REALISASI, this::bacaRealisasi);
        setiapBaris(Lembar.ANGGARAN, this::bacaAnggaran);
        gagalBilaAdaGalat();
        return susun();
    }

    private void setiapBaris(Lembar l, Consumer<BarisMasuk> baca) {
        Sheet s = lembar.get(l);
        for (int i = 1; i <= s.getLastRowNum(); i++) {
            Row r = s.getRow(i);
            if (!BarisMasuk.kosong(r, l)) {
                baca.accept(new BarisMasuk(l, r, galat));
            }
        }
    }

    private void gagalBilaAdaGalat() {
        if (!galat.isEmpty()) {
            galat.sort(Comparator.comparingInt((ExcelGalat g) -> urutanLembar(g.sheet())).thenComparingInt(ExcelGalat::baris));
            throw new ExcelTidakValidException(galat);
        }
    }

    private static int urutanLembar(@Nullable String nama) {
        for (Lembar l : Lembar.values()) {
            if (l.nama.equals(nama)) {
                return l.ordinal() + 1;
            }
        }
        return 0;
    }

    // ---- Profil

    private void bacaProfil() {
        LembarProfil p = new LembarProfil();
        setiapBaris(Lembar.PROFIL, p::baca);
        profil = p.profil();
        if (profil != null) {
            asal.put("profile", p.barisPertama());
        }
    }

    // ---- Periode and Kerangka

    private void bacaPeriode(BarisMasuk b) {
        b.wajib("Nama periode");
        String nama = b.teks("Nama periode");
        Integer awal = b.bulat("Tahun awal");
        Integer akhir = b.bulat("Tahun akhir");
        if (nama == null) {
            return;
        }
        PeriodeB lama = periode.putIfAbsent(nama, new PeriodeB(nama, awal, akhir, b.nomor));
        if (lama != null) {
            b.galat("Nama periode", "nama periode '" + nama + "' sudah dipakai di baris " + lama.baris);
        }
    }

    private void bacaSimpul(BarisMasuk b) {
        b.wajib("Periode", "Tingkat", "Kode", "Nama");
        PeriodeB p = periode(b);
        Tingkat t = tingkat(b, "Tingkat");
        String kode = b.teks("Kode");
        Node isi = new Node(kode, b.teks("Nama"), b.teks("Outcome"), b.teks("Unit kerja"), b.teks("Lokasi"),
                null, null, null, null, null, null);
        String induk = b.teks("Kode induk");
        if (p == null || t == null || kode == null) {
            return;
        }
        SimpulB baru = new SimpulB(t, isi, induk, b.nomor);
        SimpulB lama = p.simpul.putIfAbsent(kunci(t, kode), baru);
        if (lama != null) {
            b.galat("Kode", "kode '" + kode + "' sudah dipakai pada tingkat " + t.label() + " di periode ini (baris "
                    + lama.baris + ")");
        } else {
            p.urutan.add(baru);
        }
    }

    /** Hangs every node of the period under its parent, in row order. */
    private void hubungkan(PeriodeB p) {
        for (SimpulB s : p.urutan) {
            Tingkat atas = s.tingkat.induk();
            if (atas == null) {
                if (s.induk != null) {
                    galatSimpul(s, "Tujuan tidak punya induk; kosongkan kolom ini");
                }
                p.tujuan.add(s);
            } else if (s.induk == null) {
                galatSimpul(s, "wajib diisi untuk tingkat " + s.tingkat.label() + " (kode " + atas.label() + " induknya)");
            } else {
                SimpulB induk = p.simpul.get(kunci(atas, s.induk));
                if (induk == null) {
                    galatSimpul(s, "kode induk '" + s.induk + "' tidak ada pada tingkat " + atas.label() + " di periode ini");
                } else {
                    induk.anak.add(s);
                }
            }
        }
    }

    private void galatSimpul(SimpulB s, String alasan) {
        galat.add(new ExcelGalat(Lembar.KERANGKA.nama, s.baris, "Kode induk", alasan));
    }

    // ---- Indikator, Target, Realisasi

    private void bacaIndikator(BarisMasuk b) {
        b.wajib("Periode", "Tingkat simpul", "Kode simpul", "Kode indikator", "Nama indikator");
        PeriodeB p = periode(b);
        SimpulB s = simpul(b, p);
        String kode = b.teks("Kode indikator");
        Indicator isi = new Indicator(kode, b.teks("Nama indikator"), b.teks("Satuan"), b.teks("Formulasi"),
                b.teks("Rumus"), komponen(b), b.pilihan("Polaritas", Pilihan.POLARITAS),
                b.pilihan("Agregasi", Pilihan.AGREGASI), b.teks("Sumber data"), b.teks("Penanggung jawab"),
                b.yaTidak("IKU"), b.bulat("Presisi"), null, null, null, null);
        if (p == null || kode == null) {
            return;
        }
        IndikatorB baru = new IndikatorB(isi, b.nomor);
        IndikatorB lama = p.indikator.putIfAbsent(kode, baru);
        if (lama != null) {
            b.galat("Kode indikator", "kode indikator '" + kode + "' sudah dipakai di baris " + lama.baris
                    + " untuk periode ini");
        } else if (s != null) {
            s.indikator.add(baru);
        }
    }

    private void bacaTarget(BarisMasuk b) {
        b.wajib("Periode", "Kode indikator", "Tahun", "Jenis", "Nilai");
        IndikatorB i = indikator(b);
        Integer tahun = b.bulat("Tahun");
        String jenis = b.pilihan("Jenis", Pilihan.JENIS);
        BigDecimal nilai = b.angka("Nilai");
        if (i == null || !b.sah()) {
            return;
        }
        Integer tw = Pilihan.triwulan(jenis);
        if (tw == null) {
            i.target.add(new Berbaris<>(new TargetValue(tahun, jenis, nilai), b.nomor));
        } else {
            i.targetTriwulan.add(new Berbaris<>(new QuarterTarget(tahun, tw, nilai), b.nomor));
        }
    }

    private void bacaRealisasi(BarisMasuk b) {
        b.wajib("Periode", "Kode indikator", "Tahun", "Triwulan");
        IndikatorB i = indikator(b);
        Integer tahun = b.bulat("Tahun");
        String triwulan = b.pilihan("Triwulan", Pilihan.TRIWULAN);
        BigDecimal nilai = b.angka("Nilai");
        Map<String, BigDecimal> komponen = nilaiKomponen(b);
        String status = b.pilihan("Status", Pilihan.STATUS);
        String alasan = b.teks("Alasan");
        String sumber = b.teks("Sumber");
        LocalDate perkiraan = b.tanggal("Perkiraan tanggal");
        String catatan = b.teks("Catatan");
        if (i == null || !b.sah()) {
            return;
        }
        i.realisasi.add(new Berbaris<>(new Realisation(tahun, Pilihan.triwulan(triwulan), nilai, komponen, status,
                alasan, sumber, perkiraan, catatan), b.nomor));
    }

    // ---- Anggaran

    private void bacaAnggaran(BarisMasuk b) {
        b.wajib("Periode", "Tingkat simpul", "Kode simpul", "Tahun");
        SimpulB s = simpul(b, periode(b));
        Integer tahun = b.bulat("Tahun");
        BigDecimal anggaran = b.angka("Anggaran (Rp)");
        String sumber = b.teks("Sumber dana");
        List<BudgetRealisation> realisasi = new ArrayList<>();
        for (int tw = 1; tw <= 4; tw++) {
            BigDecimal kumulatif = b.angka(Lembar.REALISASI_TW.get(tw - 1));
            if (kumulatif != null) {
                realisasi.add(new BudgetRealisation(tw, kumulatif));
            }
        }
        if (s == null || !b.sah()) {
            return;
        }
        Integer pertama = s.barisPertamaTahun.putIfAbsent(tahun, b.nomor);
        if (pertama != null && !realisasi.isEmpty()) {
            b.galat(Lembar.REALISASI_TW.get(realisasi.getFirst().quarter() - 1), "realisasi kumulatif diisi hanya "
                    + "pada baris pertama " + s.tingkat.label() + " '" + s.isi.code() + "' tahun " + tahun
                    + " (baris " + pertama + ")");
            return;
        }
        s.anggaran.add(new Berbaris<>(new Budget(tahun, anggaran, sumber, realisasi), b.nomor));
    }

    // ---- references between sheets

    @Nullable
    private PeriodeB periode(BarisMasuk b) {
        String nama = b.teks("Periode");
        PeriodeB p = nama == null ? null : periode.get(nama);
        if (nama != null && p == null) {
            b.galat("Periode", "periode '" + nama + "' tidak ada di lembar Periode");
        }
        return p;
    }

    @Nullable
    private static Tingkat tingkat(BarisMasuk b, String kolom) {
        String kode = b.pilihan(kolom, Pilihan.TINGKAT);
        return kode == null ? null : Tingkat.valueOf(kode);
    }

    /** The node named by Tingkat simpul + Kode simpul in the row's period. */
    @Nullable
    private static SimpulB simpul(BarisMasuk b, @Nullable PeriodeB p) {
        Tingkat t = tingkat(b, "Tingkat simpul");
        String kode = b.teks("Kode simpul");
        if (p == null || t == null || kode == null) {
            return null;
        }
        SimpulB s = p.simpul.get(kunci(t, kode));
        if (s == null) {
            b.galat("Kode simpul", t.label() + " dengan kode '" + kode + "' tidak ada di lembar Kerangka untuk periode ini");
        }
        return s;
    }

    @Nullable
    private IndikatorB indikator(BarisMasuk b) {
        PeriodeB p = periode(b);
        String kode = b.teks("Kode indikator");
        if (p == null || kode == null) {
            return null;
        }
        IndikatorB i = p.indikator.get(kode);
        if (i == null) {
            b.galat("Kode indikator", "indikator '" + kode + "' tidak ada di lembar Indikator untuk periode ini");
        }
        return i;
    }

    private static String kunci(Tingkat t, String kode) {
        return t.name() + "/" + kode;
    }

    // ---- components

    /** A {@code ;} starts the next component only before {@code name =}: a label may hold one itself. */
    private static final Pattern BAGIAN_KOMPONEN = Pattern.compile(";(?=\\s*[a-z][a-z0-9_]*\\s*=)");

    /** {@code nama = label [satuan]; nama2 = label2}. */
    private static List<Component> komponen(BarisMasuk b) {
        List<Component> hasil = new ArrayList<>();
        String teks = b.teks("Komponen");
        for (String bagian : teks == null ? new String[0] : BAGIAN_KOMPONEN.split(teks)) {
            if (bagian.isBlank()) {
                continue;
            }
            String[] namaLabel = bagian.split("=", 2);
            String nama = namaLabel[0].strip();
            String label = namaLabel.length < 2 ? "" : namaLabel[1].strip();
            String satuan = null;
            int buka = label.lastIndexOf('[');
            if (label.endsWith("]") && buka > 0) {
                satuan = label.substring(buka + 1, label.length() - 1).strip();
                label = label.substring(0, buka).strip();
            }
            if (nama.isEmpty() || label.isEmpty()) {
                b.galat("Komponen", "tulis sebagai 'nama = label [satuan]; nama2 = label2' (bagian '" + bagian.strip() + "')");
            } else {
                hasil.add(new Component(nama, label, satuan == null || satuan.isEmpty() ? null : satuan));
            }
        }
        return hasil;
    }

    /** {@code nama = nilai; nama2 = nilai2}. */
    @Nullable
    private static Map<String, BigDecimal> nilaiKomponen(BarisMasuk b) {
        String teks = b.teks("Komponen");
        Map<String, BigDecimal> hasil = new LinkedHashMap<>();
        for (String bagian : teks == null ? new String[0] : teks.split(";")) {
            if (bagian.isBlank()) {
                continue;
            }
            String[] namaNilai = bagian.split("=", 2);
            String nama = namaNilai[0].strip();
            String angka = namaNilai.length < 2 ? null : namaNilai[1].strip();
            BigDecimal nilai = angka == null || angka.isEmpty() ? null : Angka.dariTeks(angka);
            if (nama.isEmpty() || angka == null) {
                b.galat("Komponen", "tulis sebagai 'nama = nilai; nama2 = nilai2' (bagian '" + bagian.strip() + "')");
            } else if (nilai == null && !angka.isEmpty()) {
                b.galat("Komponen", "nilai komponen '" + nama + "' bukan angka");
            } else if (hasil.containsKey(nama)) {
                b.galat("Komponen", "komponen '" + nama + "' ditulis lebih dari sekali");
            } else {
                hasil.put(nama, nilai);
            }
        }
        return hasil.isEmpty() ? null : hasil;
    }

    // ---- assembling the document and its origins

    private Excel.Bacaan susun() {
        List<Period> periods = new ArrayList<>();
        for (PeriodeB p : periode.values()) {
            String di = "periods[" + periods.size() + "]";
            asal.put(di, sel(Lembar.PERIODE, p.baris));
            periods.add(new Period(p.nama, p.awal, p.akhir, simpul(p.tujuan, di), null, null));
        }
        Dokumen d = new Dokumen(Dokumen.FORMAT, Dokumen.VERSION, null, profil, periods, null, null);
        return new Excel.Bacaan(d, Collections.unmodifiableMap(asal));
    }

    private List<Node> simpul(List<SimpulB> daftar, String induk) {
        List<Node> hasil = new ArrayList<>();
        for (SimpulB s : daftar) {
            hasil.add(simpul(s, induk + "." + PohonDokumen.medan(s.tingkat) + "[" + hasil.size() + "]"));
        }
        return hasil;
    }

    private Node simpul(SimpulB s, String di) {
        asal.put(di, sel(Lembar.KERANGKA, s.baris));
        List<Indicator> indikator = new ArrayList<>();
        for (IndikatorB i : s.indikator) {
            indikator.add(indikator(i, di + ".indicators[" + indikator.size() + "]"));
        }
        List<Budget> anggaran = isi(s.anggaran, Lembar.ANGGARAN, di + ".budgets");
        Node n = s.isi;
        Node dengan = new Node(n.code(), n.name(), n.outcome(), n.unit(), n.lokasi(), indikator, anggaran,
                null, null, null, null);
        List<Node> anak = s.tingkat.bawah() == null ? List.of() : simpul(s.anak, di);
        return PohonDokumen.dengan(dengan, s.tingkat, anak);
    }

    private Indicator indikator(IndikatorB i, String di) {
        asal.put(di, sel(Lembar.INDIKATOR, i.baris));
        Indicator x = i.isi;
        return new Indicator(x.code(), x.name(), x.satuan(), x.formulaText(), x.formula(), x.components(), x.polarity(),
                x.rollup(), x.dataSource(), x.unit(), x.iku(), x.precision(),
                isi(i.target, Lembar.TARGET, di + ".targets"),
                isi(i.targetTriwulan, Lembar.TARGET, di + ".quarterlyTargets"),
                isi(i.realisasi, Lembar.REALISASI, di + ".realisations"), null);
    }

    /** The items of a list, each recorded under {@code di[q]}. */
    private <T> List<T> isi(List<Berbaris<T>> daftar, Lembar l, String di) {
        List<T> hasil = new ArrayList<>();
        for (Berbaris<T> b : daftar) {
            asal.put(di + "[" + hasil.size() + "]", sel(l, b.baris()));
            hasil.add(b.isi());
        }
        return hasil;
    }

    private static Sel sel(Lembar l, int baris) {
        return new Sel(l.nama, baris);
    }

    // ---- what is being read, before it becomes records

    private record Berbaris<T>(T isi, int baris) {
    }

    private static final class PeriodeB {
        final String nama;
        @Nullable
        final Integer awal;
        @Nullable
        final Integer akhir;
        final int baris;
        /** Nodes in row order, by {@link #kunci}. */
        final List<SimpulB> urutan = new ArrayList<>();
        final Map<String, SimpulB> simpul = new HashMap<>();
        final Map<String, IndikatorB> indikator = new HashMap<>();
        final List<SimpulB> tujuan = new ArrayList<>();

        PeriodeB(String nama, @Nullable Integer awal, @Nullable Integer akhir, int baris) {
            this.nama = nama;
            this.awal = awal;
            this.akhir = akhir;
            this.baris = baris;
        }
    }

    private static final class SimpulB {
        final Tingkat tingkat;
        /** The node without its lists. */
        final Node isi;
        @Nullable
        final String induk;
        final int baris;
        final List<SimpulB> anak = new ArrayList<>();
        final List<IndikatorB> indikator = new ArrayList<>();
        final List<Berbaris<Budget>> anggaran = new ArrayList<>();
        final Map<Integer, Integer> barisPertamaTahun = new HashMap<>();

        SimpulB(Tingkat tingkat, Node isi, @Nullable String induk, int baris) {
            this.tingkat = tingkat;
            this.isi = isi;
            this.induk = induk;
            this.baris = baris;
        }
    }

    private static final class IndikatorB {
        /** The indicator without targets and realisations. */
        final Indicator isi;
        final int baris;
        final List<Berbaris<TargetValue>> target = new ArrayList<>();
        final List<Berbaris<QuarterTarget>> targetTriwulan = new ArrayList<>();
        final List<Berbaris<Realisation>> realisasi = new ArrayList<>();

        IndikatorB(Indicator isi, int baris) {
            this.isi = isi;
            this.baris = baris;
        }
    }
}
