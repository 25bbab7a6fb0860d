package id.kinerja.pertukaran.excel;

import id.kinerja.pertukaran.dokumen.Dokumen;

import id.kinerja.pertukaran.dokumen.Dokumen.Budget;
import id.kinerja.pertukaran.dokumen.Dokumen.BudgetRealisation;
import id.kinerja.pertukaran.dokumen.Dokumen.Component;
import id.kinerja.pertukaran.dokumen.Dokumen.Indicator;
import id.kinerja.pertukaran.dokumen.Dokumen.Node;
import id.kinerja.pertukaran.dokumen.Dokumen.Official;
import id.kinerja.pertukaran.dokumen.Dokumen.Period;
import id.kinerja.pertukaran.dokumen.Dokumen.Profile;
import id.kinerja.pertukaran.dokumen.Dokumen.QuarterTarget;
import id.kinerja.pertukaran.dokumen.Dokumen.Realisation;
import id.kinerja.pertukaran.dokumen.Dokumen.TargetValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class ExcelTest {

    private static final List<String> SEED = List.of("kota-diskopumdag", "lumajang-diskopukmperindag",
            "lumajang-diskopum", "pasuruan-diskopum");
    private static final JsonMapper JSON = JsonMapper.createDefault();

    // ---- template

    @Test
    void templatPunyaLembarDanJudulYangDitetapkan() throws IOException {
        try (XSSFWorkbook buku = buka(Excel.template())) {
            List<String> lembar = new ArrayList<>();
            buku.forEach(s -> lembar.add(s.getSheetName()));
            assertThat(lembar).containsExactly("Petunjuk", "Profil", "Periode", "Kerangka", "Indikator", "Target",
                    "Realisasi", "Anggaran");
            assertThat(judul(buku, "Profil")).containsExactly("Isian", "Nilai");
            assertThat(judul(buku, "Periode")).containsExactly("Nama periode", "Tahun awal", "Tahun akhir");
            assertThat(judul(buku, "Kerangka")).containsExactly("Periode", "Tingkat", "Kode", "Kode induk", "Nama",
                    "Outcome", "Unit kerja", "Lokasi");
            assertThat(judul(buku, "Indikator")).containsExactly("Periode", "Tingkat simpul", "Kode simpul",
                    "Kode indikator", "Nama indikator", "Satuan", "Formulasi", "Rumus", "Komponen", "Polaritas",
                    "Agregasi", "Sumber data", "Penanggung jawab", "IKU", "Presisi");
            assertThat(judul(buku, "Target")).containsExactly("Periode", "Kode indikator", "Tahun", "Jenis", "Nilai");
            assertThat(judul(buku, "Realisasi")).containsExactly("Periode", "Kode indikator", "Tahun", "Triwulan",
                    "Nilai", "Komponen", "Status", "Alasan", "Sumber", "Perkiraan tanggal", "Catatan");
            assertThat(judul(buku, "Anggaran")).containsExactly("Periode", "Tingkat simpul", "Kode simpul", "Tahun",
                    "Anggaran (Rp)", "Sumber dana", "Realisasi s.d. TW I", "Realisasi s.d. TW II",
                    "Realisasi s.d. TW III", "Realisasi s.d. TW IV");
            XSSFSheet kerangka = buku.getSheet("Kerangka");
            assertThat(kerangka.getPaneInformation().isFreezePane()).isTrue();
            assertThat(kerangka.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(kerangka.getDataValidations()).isNotEmpty();
            assertThat(teksKolom(buku.getSheet("Profil"), 0)).contains("Nama resmi", "Kepala – NIP",
                    "Atasan – Plt/Pj (Ya/Tidak)", "Fungsi", "Misi");
            assertThat(teksKolom(buku.getSheet("Petunjuk"), 0)).contains("Kerangka", "Indikator", "Angka");
        }
        Excel.Bacaan bacaan = Excel.baca(Excel.template());
        assertThat(bacaan.dokumen().periods()).isEmpty();
        assertThat(bacaan.dokumen().profile()).isNull();
        assertThat(bacaan.dokumen().format()).isEqualTo(Dokumen.FORMAT);
    }

    // ---- round trip

    @TestFactory
    Stream<DynamicTest> setiapSeedPulangPergiTanpaBerubah() {
        return SEED.stream().map(slug -> DynamicTest.dynamicTest(slug, () -> {
            Dokumen dokumen = seed(slug);
            Excel.Bacaan bacaan = Excel.baca(Excel.tulis(dokumen));
            assertThat(kanonik(bacaan.dokumen())).isEqualTo(kanonik(dokumen));
        }));
    }

    @Test
    void nipDitulisSebagaiTeks() throws IOException {
        try (XSSFWorkbook buku = buka(Excel.tulis(seed("lumajang-diskopukmperindag")))) {
            Row nip = barisDengan(buku.getSheet("Profil"), 0, "Kepala – NIP");
            assertThat(nip.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(nip.getCell(1).getStringCellValue()).isEqualTo("197311181993031002");
        }
    }

    // ---- numbers

    @Test
    void angkaTetapEksak() throws IOException {
        BigDecimal panjang = new BigDecimal("29.03663500678426051560379918588874");
        BigDecimal besar = new BigDecimal("8604645491050.45");
        BigDecimal kecil = new BigDecimal("0.01");
        Indicator i = new Indicator("I1", "Indikator", "%", null, null, List.of(), "POSITIF", "TERAKHIR", null, null, true, 2,
                List.of(new TargetValue(2025, "PK", panjang), new TargetValue(2025, "RENJA", besar)),
                List.of(new QuarterTarget(2025, 1, kecil)),
                List.of(new Realisation(2025, 1, panjang, Map.of("a", besar), "TERSEDIA", null, null,
                        LocalDate.of(2025, 7, 10), null)), null);
        Node tujuan = new Node("T1", "Tujuan", null, null, null, List.of(i),
                List.of(new Budget(2025, besar, "DAU", List.of(new BudgetRealisation(1, kecil)))),
                List.of(), null, null, null);
        Dokumen d = new Dokumen(Dokumen.FORMAT, Dokumen.VERSION, null, null,
                List.of(new Period("P", 2025, 2029, List.of(tujuan), null, null)), null, null);

        byte[] xlsx = Excel.tulis(d);
        try (XSSFWorkbook buku = buka(xlsx)) {
            Sheet target = buku.getSheet("Target");
            assertThat(target.getRow(1).getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(target.getRow(2).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(target.getRow(3).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
        }
        Indicator dibaca = Excel.baca(xlsx).dokumen().periods().getFirst().tujuan().getFirst().indicators().getFirst();
        assertThat(dibaca.targets().get(0).value().toPlainString()).isEqualTo("29.03663500678426051560379918588874");
        assertThat(dibaca.targets().get(1).value()).isEqualByComparingTo(besar);
        assertThat(dibaca.quarterlyTargets().getFirst().value()).isEqualByComparingTo(kecil);
        assertThat(dibaca.realisations().getFirst().value()).isEqualByComparingTo(panjang);
        assertThat(dibaca.realisations().getFirst().components().get("a")).isEqualByComparingTo(besar);
        assertThat(dibaca.realisations().getFirst().expectedDate()).isEqualTo(LocalDate.of(2025, 7, 10));
        Budget anggaran = Excel.baca(xlsx).dokumen().periods().getFirst().tujuan().getFirst().budgets().getFirst();
        assertThat(anggaran.anggaran()).isEqualByComparingTo(besar);
        assertThat(anggaran.realisasi()).singleElement().satisfies(r -> assertThat(r.kumulatif()).isEqualByComparingTo(kecil));
    }

    @Test
    void angkaTeksIndonesiaDibaca() {
        byte[] xlsx = isi(buku -> {
            baris(buku, "Periode", "P");
            baris(buku, "Kerangka", "P", "Tujuan", "T1", null, "Tujuan");
            baris(buku, "Indikator", "P", "Tujuan", "T1", "I1", "Indikator");
            baris(buku, "Target", "P", "I1", "2025", "PK", "1.282.684,40");
            baris(buku, "Target", "P", "I1", "2025", "Renja", "Rp 1.500");
            baris(buku, "Target", "P", "I1", "2025", "P-Renja", "1234.56");
            baris(buku, "Target", "P", "I1", 2026.0, "TW II", 12.5);
        });
        Indicator i = Excel.baca(xlsx).dokumen().periods().getFirst().tujuan().getFirst().indicators().getFirst();
        assertThat(i.targets()).extracting(TargetValue::kind).containsExactly("PK", "RENJA", "P_RENJA");
        assertThat(i.targets().get(0).value()).isEqualByComparingTo("1282684.40");
        assertThat(i.targets().get(1).value()).isEqualByComparingTo("1500");
        assertThat(i.targets().get(2).value()).isEqualByComparingTo("1234.56");
        assertThat(i.quarterlyTargets()).containsExactly(new QuarterTarget(2026, 2, new BigDecimal("12.5")));
    }

    @Test
    void angkaTeksBerTitikTunggalDitolakKarenaMeragukan() {
        byte[] xlsx = isi(buku -> {
            baris(buku, "Periode", "P");
            baris(buku, "Kerangka", "P", "Tujuan", "T1", null, "Tujuan");
            baris(buku, "Indikator", "P", "Tujuan", "T1", "I1", "Indikator");
            baris(buku, "Target", "P", "I1", "2025", "PK", "1.500");
        });
        assertThatThrownBy(() -> Excel.baca(xlsx)).isInstanceOfSatisfying(ExcelTidakValidException.class,
                e -> assertThat(e.galat()).singleElement().satisfies(g -> {
                    assertThat(g.kolom()).isEqualTo("Nilai");
                    assertThat(g.alasan()).contains("1500 atau 1,5");
                }));
    }

    @Test
    void labelKomponenBerkurungDanBertitikKomaKembaliUtuh() {
        List<Component> komponen = List.of(new Component("a", "Nilai PDRB [ADHB]", null),
                new Component("b", "Koperasi; aktif, sehat = 1", "unit"));
        String teks = Penulis.komponen(komponen);
        assertThat(teks).isEqualTo("a = Nilai PDRB [ADHB] []; b = Koperasi; aktif, sehat = 1 [unit]");
        byte[] xlsx = isi(buku -> {
            baris(buku, "Periode", "P");
            baris(buku, "Kerangka", "P", "Tujuan", "T1", null, "Tujuan");
            baris(buku, "Indikator", "P", "Tujuan", "T1", "I1", "Indikator", null, null, "a / b * 100", teks);
        });
        Indicator i = Excel.baca(xlsx).dokumen().periods().getFirst().tujuan().getFirst().indicators().getFirst();
        assertThat(i.components()).isEqualTo(komponen);
    }

    @Test
    void anggaranBeberapaBarisTahunanTanggalDanRumus() {
        byte[] xlsx = isi(buku -> {
            baris(buku, "Periode", "P");
            baris(buku, "Kerangka", "P", "Tujuan", "T1", null, "Tujuan");
            baris(buku, "Kerangka", "P", "sasaran", "S1", "T1", "Sasaran");
            baris(buku, "Indikator", "P", "Sasaran", "S1", "I1", "Indikator", null, null, "a / b * 100",
                    "a = Koperasi aktif [unit]; b = Koperasi");
            baris(buku, "Realisasi", "P", "I1", 2024.0, "Tahunan", 12.5, "a = 5; b = 40");
            baris(buku, "Realisasi", "P", "I1", 2025.0, "I", null, null, "Belum tersedia", "Menunggu BPS", "BPS",
                    "10-07-2025");
            baris(buku, "Anggaran", "P", "Sasaran", "S1", 2025.0, 1000.0, "DAU", 100.0, 250.0);
            baris(buku, "Anggaran", "P", "Sasaran", "S1", 2025.0, "Rp 2.000", "DAK");
            baris(buku, "Anggaran", "P", "Sasaran", "S1", 2026.0, null, null, 10.0);
            Row rumus = buku.getSheet("Anggaran").getRow(2);
            rumus.createCell(4).setCellFormula("E2*3");
            buku.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(rumus.getCell(4));
        });
        Node sasaran = Excel.baca(xlsx).dokumen().periods().getFirst().tujuan().getFirst().sasaran().getFirst();
        Indicator i = sasaran.indicators().getFirst();
        assertThat(i.components()).containsExactly(new Component("a", "Koperasi aktif", "unit"),
                new Component("b", "Koperasi", null));
        assertThat(kanonik(i.realisations())).containsExactly(
                new Realisation(2024, null, new BigDecimal("12.5"), Map.of("a", new BigDecimal("5"), "b", new BigDecimal("40")),
                        null, null, null, null, null),
                new Realisation(2025, 1, null, null, "BELUM_TERSEDIA", "Menunggu BPS", "BPS", LocalDate.of(2025, 7, 10), null));
        assertThat(kanonik(sasaran).budgets()).containsExactly(
                new Budget(2025, new BigDecimal("1000"), "DAU",
                        List.of(new BudgetRealisation(1, new BigDecimal("100")), new BudgetRealisation(2, new BigDecimal("250")))),
                new Budget(2025, new BigDecimal("3000"), "DAK", List.of()),
                new Budget(2026, null, null, List.of(new BudgetRealisation(1, BigDecimal.TEN))));
    }

    @Test
    void realisasiKumulatifHanyaDiBarisPertama() {
        byte[] xlsx = isi(buku -> {
            baris(buku, "Periode", "P");
            baris(buku, "Kerangka", "P", "Tujuan", "T1", null, "Tujuan");
            baris(buku, "Anggaran", "P", "Tujuan", "T1", 2025.0, 1000.0, "DAU");
            baris(buku, "Anggaran", "P", "Tujuan", "T1", 2025.0, 500.0, "DAK", null, 300.0);
        });
        assertThatThrownBy(() -> Excel.baca(xlsx)).isInstanceOfSatisfying(ExcelTidakValidException.class,
                e -> assertThat(e.galat()).containsExactly(new ExcelGalat("Anggaran", 3, "Realisasi s.d. TW II",
                        "realisasi kumulatif diisi hanya pada baris pertama Tujuan 'T1' tahun 2025 (baris 2)")));
    }

    // ---- errors

    @Test
    void semuaGalatDilaporkanSekaligus() {
        byte[] xlsx = isi(buku -> {
            baris(buku, "Periode", "P1", 2025.0, 2029.0);
            baris(buku, "Kerangka", "P1", "Tujuan", "T1", null, "Tujuan satu");
            baris(buku, "Kerangka", "P1", "Sasaran", "S1", "T1", null);
            baris(buku, "Kerangka", "P1", "Program", "PR1", "S9", "Program satu");
            baris(buku, "Kerangka", "P1", "Bidang", "B1", "T1", "Bidang satu");
            baris(buku, "Indikator", "P1", "Tujuan", "T1", "I1", "Indikator satu");
            baris(buku, "Indikator", "P1", "Sasaran", "S1", "I1", "Indikator kembar");
            baris(buku, "Target", "P1", "I1", 2025.0, "PK", "sepuluh");
            baris(buku, "Target", "P1", "I1", 2025.0, "Renja", 10.0);
        });
        ExcelTidakValidException e = catchThrowableOfType(ExcelTidakValidException.class, () -> Excel.baca(xlsx));
        assertThat(e.galat()).extracting(ExcelGalat::sheet, ExcelGalat::baris, ExcelGalat::kolom).containsExactly(
                tuple("Kerangka", 3, "Nama"),
                tuple("Kerangka", 4, "Kode induk"),
                tuple("Kerangka", 5, "Tingkat"),
                tuple("Indikator", 3, "Kode indikator"),
                tuple("Target", 2, "Nilai"));
        assertThat(e.galat()).extracting(ExcelGalat::alasan).containsExactly(
                "wajib diisi",
                "kode induk 'S9' tidak ada pada tingkat Sasaran di periode ini",
                "harus salah satu dari: Tujuan, Sasaran, Program, Kegiatan, Sub Kegiatan",
                "kode indikator 'I1' sudah dipakai di baris 2 untuk periode ini",
                "bukan angka");
        assertThat(e.getMessage()).contains("Target baris 2, kolom Nilai: bukan angka");
    }

    @Test
    void nipAngkaDitolak() {
        byte[] xlsx = isi(buku -> {
            Row nip = barisDengan(buku.getSheet("Profil"), 0, "Kepala – NIP");
            nip.createCell(1).setCellValue(1.97311181993031E17);
        });
        assertThatThrownBy(() -> Excel.baca(xlsx)).isInstanceOfSatisfying(ExcelTidakValidException.class,
                e -> assertThat(e.galat()).singleElement().satisfies(g -> {
                    assertThat(g.sheet()).isEqualTo("Profil");
                    assertThat(g.kolom()).isEqualTo("Nilai");
                    assertThat(g.alasan()).contains("NIP harus ditulis sebagai teks");
                }));
    }

    @Test
    void berkasYangBukanBukuKerjaYangBenarDitolak() {
        assertThatThrownBy(() -> Excel.baca("bukan excel".getBytes()))
                .isInstanceOf(ExcelTidakValidException.class).hasMessageContaining("bukan XLSX");
        byte[] tanpaTarget = isi(buku -> buku.removeSheetAt(buku.getSheetIndex("Target")));
        assertThatThrownBy(() -> Excel.baca(tanpaTarget)).isInstanceOfSatisfying(ExcelTidakValidException.class,
                e -> assertThat(e.galat()).extracting(ExcelGalat::sheet, ExcelGalat::alasan)
                        .containsExactly(tuple("Target", "lembar 'Target' tidak ada")));
        byte[] judulSalah = isi(buku -> buku.getSheet("Periode").getRow(0).getCell(1).setCellValue("Mulai"));
        assertThatThrownBy(() -> Excel.baca(judulSalah)).isInstanceOfSatisfying(ExcelTidakValidException.class,
                e -> assertThat(e.galat()).extracting(ExcelGalat::sheet, ExcelGalat::baris, ExcelGalat::kolom)
                        .containsExactly(tuple("Periode", 1, "Tahun awal")));
    }

    // ---- origins

    @Test
    void asalMenunjukBarisSumber() throws IOException {
        Dokumen dokumen = seed("lumajang-diskopukmperindag");
        byte[] xlsx = Excel.tulis(dokumen);
        Excel.Bacaan bacaan = Excel.baca(xlsx);
        Period periode = dokumen.periods().getFirst();
        String jalurIndikator = "periods[0].tujuan[0].sasaran[0].indicators[0]";
        Indicator indikator = periode.tujuan().getFirst().sasaran().getFirst().indicators().getFirst();
        try (XSSFWorkbook buku = buka(xlsx)) {
            int barisIndikator = nomorBaris(buku.getSheet("Indikator"),
                    r -> periode.name().equals(teks(r, 0)) && indikator.code().equals(teks(r, 3))).getFirst();
            int barisTarget = nomorBaris(buku.getSheet("Target"),
                    r -> periode.name().equals(teks(r, 0)) && indikator.code().equals(teks(r, 1))).get(1);
            assertThat(bacaan.asal().get(jalurIndikator)).isEqualTo(new Excel.Sel("Indikator", barisIndikator));
            assertThat(bacaan.asal().get(jalurIndikator + ".targets[1]")).isEqualTo(new Excel.Sel("Target", barisTarget));
            assertThat(teks(buku.getSheet("Target").getRow(barisTarget - 1), 3)).isEqualTo("Renja");
        }
        assertThat(bacaan.asal()).containsEntry("periods[0]", new Excel.Sel("Periode", 2))
                .containsEntry("periods[1]", new Excel.Sel("Periode", 3))
                .containsEntry("periods[0].tujuan[0]", new Excel.Sel("Kerangka", 2))
                .containsKey("profile")
                .containsKey("periods[0].tujuan[0].sasaran[0].programs[0].budgets[0]")
                .containsKey("periods[0].tujuan[0].sasaran[0].programs[0].kegiatan[0].subKegiatan[0]");
        assertThat(bacaan.asal()).hasSize(jumlahElemen(bacaan.dokumen()));
    }

    // ---- helpers: seeds and the canonical form

    private static Dokumen seed(String slug) {
        try (InputStream in = ExcelTest.class.getResourceAsStream("/seed/" + slug + ".json")) {
            return JSON.readValue(in.readAllBytes(), Dokumen.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the workbook keeps of a document, with null and empty treated alike and numbers without trailing zeros. */
    private static Dokumen kanonik(Dokumen d) {
        return new Dokumen(d.format(), d.formatVersion(), null, profil(d.profile()),
                peta(d.periods(), p -> new Period(p.name(), p.startYear(), p.endYear(), peta(p.tujuan(), ExcelTest::simpul),
                        null, null)), null, null);
    }

    @Nullable
    private static Profile profil(@Nullable Profile p) {
        if (p == null) {
            return null;
        }
        Official k = p.kepala();
        Official a = p.atasan();
        Profile hasil = new Profile(s(p.officialName()), s(p.address()), s(p.region()), s(p.tugas()),
                peta(p.fungsi(), ExcelTest::s), s(p.visi()), peta(p.misi(), ExcelTest::s),
                k == null ? null : pejabat(new Official(s(k.name()), s(k.pangkat()), s(k.golongan()), s(k.nip()), null, null)),
                a == null ? null : pejabat(new Official(s(a.name()), s(a.pangkat()), null, s(a.nip()), s(a.jabatan()), a.acting())));
        return hasil.equals(new Profile(null, null, null, null, List.of(), null, List.of(), null, null)) ? null : hasil;
    }

    @Nullable
    private static Official pejabat(Official o) {
        return o.equals(new Official(null, null, null, null, null, null)) ? null : o;
    }

    private static Node kanonik(Node n) {
        return simpul(n);
    }

    private static Node simpul(Node n) {
        return new Node(n.code(), n.name(), s(n.outcome()), s(n.unit()), s(n.lokasi()), peta(n.indicators(), ExcelTest::indikator),
                peta(n.budgets(), b -> new Budget(b.year(), angka(b.anggaran()), s(b.sumberDana()),
                        peta(b.realisasi(), r -> new BudgetRealisation(r.quarter(), angka(r.kumulatif()))).stream()
                                .sorted(Comparator.comparingInt(BudgetRealisation::quarter)).toList())),
                peta(n.sasaran(), ExcelTest::simpul), peta(n.programs(), ExcelTest::simpul),
                peta(n.kegiatan(), ExcelTest::simpul), peta(n.subKegiatan(), ExcelTest::simpul));
    }

    private static Indicator indikator(Indicator i) {
        List<Realisation> realisasi = new ArrayList<>(peta(i.realisations(), r -> new Realisation(r.year(), r.quarter(),
                angka(r.value()), komponen(r.components()), r.status(), s(r.alasan()), s(r.sourceAgency()),
                r.expectedDate(), s(r.note()))));
        realisasi.addAll(peta(i.history(), h -> new Realisation(h.year(), null, angka(h.value()), komponen(h.components()),
                null, null, null, null, s(h.note()))));
        return new Indicator(i.code(), i.name(), s(i.satuan()), s(i.formulaText()), s(i.formula()),
                peta(i.components(), c -> new Component(c.name(), c.label(), s(c.satuan()))), i.polarity(), i.rollup(),
                s(i.dataSource()), s(i.unit()), i.iku(), i.precision(),
                peta(i.targets(), t -> new TargetValue(t.year(), t.kind(), angka(t.value()))),
                peta(i.quarterlyTargets(), t -> new QuarterTarget(t.year(), t.quarter(), angka(t.value()))),
                realisasi, null);
    }

    private static List<Realisation> kanonik(List<Realisation> realisasi) {
        return indikator(new Indicator("I", "I", null, null, null, null, null, null, null, null, null, null, null, null,
                realisasi, null)).realisations();
    }

    @Nullable
    private static Map<String, BigDecimal> komponen(@Nullable Map<String, BigDecimal> komponen) {
        if (komponen == null || komponen.isEmpty()) {
            return null;
        }
        Map<String, BigDecimal> hasil = new LinkedHashMap<>();
        komponen.forEach((k, v) -> hasil.put(k, angka(v)));
        return hasil;
    }

    @Nullable
    private static BigDecimal angka(@Nullable BigDecimal b) {
        BigDecimal c = b == null ? null : b.stripTrailingZeros();
        return c == null || c.scale() >= 0 ? c : c.setScale(0);
    }

    @Nullable
    private static String s(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static <A, B> List<B> peta(@Nullable List<A> daftar, Function<A, B> f) {
        return daftar == null ? List.of() : daftar.stream().map(f).toList();
    }

    /** Periods, nodes, indicators, their targets, realisations and budgets, and the profile: each has an origin. */
    private static int jumlahElemen(Dokumen d) {
        int n = d.profile() == null ? 0 : 1;
        for (Period p : d.periods()) {
            n += 1 + jumlahElemen(p.tujuan());
        }
        return n;
    }

    private static int jumlahElemen(@Nullable List<Node> simpul) {
        int n = 0;
        for (Node s : simpul == null ? List.<Node>of() : simpul) {
            n += 1 + s.budgets().size();
            for (Indicator i : s.indicators()) {
                n += 1 + i.targets().size() + i.quarterlyTargets().size() + i.realisations().size();
            }
            n += jumlahElemen(s.sasaran()) + jumlahElemen(s.programs()) + jumlahElemen(s.kegiatan())
                    + jumlahElemen(s.subKegiatan());
        }
        return n;
    }

    // ---- helpers: workbooks

    private static XSSFWorkbook buka(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    /** The template, changed by {@code ubah}. */
    private static byte[] isi(Consumer<XSSFWorkbook> ubah) {
        try (XSSFWorkbook buku = buka(Excel.template()); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ubah.accept(buku);
            buku.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends a row: strings as text cells, doubles as numeric cells, null as no cell. */
    private static void baris(XSSFWorkbook buku, String lembar, Object... nilai) {
        Sheet s = buku.getSheet(lembar);
        Row r = s.createRow(s.getLastRowNum() + 1);
        for (int i = 0; i < nilai.length; i++) {
            if (nilai[i] instanceof String t) {
                r.createCell(i).setCellValue(t);
            } else if (nilai[i] instanceof Double d) {
                r.createCell(i).setCellValue(d);
            }
        }
    }

    private static List<String> judul(XSSFWorkbook buku, String lembar) {
        List<String> judul = new ArrayList<>();
        buku.getSheet(lembar).getRow(0).forEach(c -> judul.add(c.getStringCellValue()));
        return judul;
    }

    private static List<String> teksKolom(Sheet s, int kolom) {
        List<String> hasil = new ArrayList<>();
        s.forEach(r -> hasil.add(teks(r, kolom)));
        return hasil;
    }

    private static Row barisDengan(Sheet s, int kolom, String nilai) {
        for (Row r : s) {
            if (nilai.equals(teks(r, kolom))) {
                return r;
            }
        }
        throw new AssertionError("Tidak ada baris " + nilai + " di " + s.getSheetName());
    }

    /** 1-based numbers of the data rows matching {@code cocok}. */
    private static List<Integer> nomorBaris(Sheet s, java.util.function.Predicate<Row> cocok) {
        List<Integer> hasil = new ArrayList<>();
        for (Row r : s) {
            if (r.getRowNum() > 0 && cocok.test(r)) {
                hasil.add(r.getRowNum() + 1);
            }
        }
        return hasil;
    }

    private static String teks(Row r, int kolom) {
        Cell c = r.getCell(kolom);
        return c == null ? "" : new DataFormatter().formatCellValue(c);
    }
}
