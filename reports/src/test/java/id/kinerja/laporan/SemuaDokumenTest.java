package id.kinerja.laporan;

import id.kinerja.common.InvalidInputException;
import id.kinerja.persetujuan.AlurPersetujuan;
import id.kinerja.renstra.RenstraService;
import io.micronaut.transaction.TransactionOperations;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static id.kinerja.laporan.SeedDinas.DISKOPUM;
import static id.kinerja.laporan.SeedDinas.KOTA;
import static id.kinerja.laporan.SeedDinas.LUMAJANG;
import static id.kinerja.laporan.SeedDinas.PASURUAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every document of the four seed dinas in both formats, read back (PDFBox, POI); page 1 of each as an image in
 * target/laporan/halaman-1 to look at; a locked quarter printed twice; eight threads printing different dinas at
 * once on a pool of two connections.
 */
class SemuaDokumenTest {

    static final Path HALAMAN_1 = SeedDinas.KELUARAN.resolve("halaman-1");

    /** The year each seed dinas is printed for (null: the latest period). */
    static final Map<String, Integer> TAHUN = new java.util.LinkedHashMap<>();

    static {
        TAHUN.put(LUMAJANG, 2025);
        TAHUN.put(DISKOPUM, 2018);
        TAHUN.put(PASURUAN, 2022);
        TAHUN.put(KOTA, null);
    }

    /**
     * What the seeds do not hold, refused in words rather than printed as an empty form: only Lumajang has PK targets
     * or budgets, so only Lumajang has a Perjanjian Kinerja. (Kota's seed is an IKU document whose period states no
     * years: its Renja and Rencana Aksi print its framework with "belum ditetapkan" and "belum ada".)
     */
    static final Map<String, String> DITOLAK = Map.of(
            KOTA + " perjanjian-kinerja", "belum ada Perjanjian Kinerja tahun 2022",
            DISKOPUM + " perjanjian-kinerja", "belum ada Perjanjian Kinerja tahun 2018",
            PASURUAN + " perjanjian-kinerja", "belum ada Perjanjian Kinerja tahun 2022");

    static SeedDinas seed;

    @BeforeAll
    static void mulai() {
        seed = new SeedDinas(Map.of("kinerja.database.pool-size", 2));
    }

    @AfterAll
    static void selesai() {
        seed.close();
    }

    /** The heading and table headers each document prints, whatever the dinas. */
    static List<String> kepala(JenisLaporan j) {
        return switch (j) {
            case IKU -> List.of("INDIKATOR KINERJA UTAMA", "Sasaran Strategis", "Indikator Kinerja Utama", "Satuan",
                    "Penjelasan / Formulasi Perhitungan", "Sumber Data", "Penanggung Jawab", "(1) (2) (3) (4) (5) (6) (7)");
            case PERJANJIAN_KINERJA -> List.of("PERJANJIAN KINERJA TAHUN", "Pihak Pertama", "Pihak Kedua",
                    "LAMPIRAN PERJANJIAN KINERJA TAHUN", "Sasaran Strategis", "Indikator Kinerja", "Target", "Program",
                    "Anggaran (Rp)", "Sumber Dana", "JUMLAH");
            case RENCANA_AKSI -> List.of("RENCANA AKSI TAHUN", "Uraian", "Indikator", "Satuan", "Triwulan I", "Triwulan II",
                    "Triwulan III", "Triwulan IV", "Realisasi", "Capaian (%)", "(13) (14) (15)");
            case RENSTRA -> List.of("MATRIKS RENCANA STRATEGIS", "Uraian", "Indikator", "Kondisi Awal", "Kondisi Akhir Periode",
                    "Pagu Indikatif (Rp)");
            case RENJA -> List.of("MATRIK TUJUAN, SASARAN, PROGRAM, KEGIATAN DAN SUB KEGIATAN", "Formulasi Perhitungan",
                    "Target Renja", "Target P-Renja", "Catatan", "Kebutuhan Dana (Rp)", "Sumber Dana");
            case LAPORAN_KINERJA -> List.of("LAPORAN KINERJA", "BAB I", "BAB II", "BAB III", "BAB IV");
        };
    }

    @Test
    void everyDocumentOfEverySeedDinasPrintsInBothFormats() {
        List<String> salah = new ArrayList<>();
        for (Map.Entry<String, Integer> d : TAHUN.entrySet()) {
            String slug = d.getKey();
            String instansi = seed.sebagai(slug, () -> seed.context.getBean(id.kinerja.profil.ProfilService.class).baca().namaResmi());
            for (JenisLaporan j : JenisLaporan.values()) {
                if (j == JenisLaporan.LAPORAN_KINERJA) {
                    continue; // some sixty pages with its lampiran: LaporanKinerjaTest prints it for every seed dinas
                }
                Integer tahun = d.getValue();
                Long periode = null;
                if (tahun == null && j.tahun() == JenisLaporan.Tahun.WAJIB) {
                    // a period that states no years: its documents of a year are asked for with the period
                    periode = seed.sebagai(slug, () -> seed.context.getBean(RenstraService.class).daftarPeriode().getLast().id());
                    tahun = 2022;
                }
                Permintaan pdf = new Permintaan(j, tahun, j.pakaiTriwulan() ? 2 : null, periode, FormatBerkas.PDF);
                String tolak = DITOLAK.get(slug + " " + j.nama());
                if (tolak != null) {
                    try {
                        seed.cetak(slug, pdf);
                        salah.add(slug + " " + j.nama() + ": printed, expected the refusal '" + tolak + "'");
                    } catch (InvalidInputException e) {
                        if (!e.getMessage().contains(tolak)) {
                            salah.add(slug + " " + j.nama() + ": " + e.getMessage());
                        }
                    }
                    continue;
                }
                Berkas b;
                try {
                    b = seed.cetak(slug, pdf);
                } catch (RuntimeException e) {
                    salah.add(slug + " " + j.nama() + ": " + e);
                    continue;
                }
                SeedDinas.simpan(b, 1, HALAMAN_1);
                String teks = SeedDinas.teks(b.isi());
                for (String h : kepala(j)) {
                    if (!teks.contains(h)) {
                        salah.add(slug + " " + j.nama() + " PDF lacks '" + h + "'");
                    }
                }
                if (instansi != null && !teks.contains(instansi.toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " "))) {
                    salah.add(slug + " " + j.nama() + " PDF lacks its dinas " + instansi);
                }
                if (!teks.contains("Halaman 1 dari " + SeedDinas.halaman(b.isi()))) {
                    salah.add(slug + " " + j.nama() + " PDF lacks its page footer");
                }
                Berkas x = seed.cetak(slug, new Permintaan(j, tahun, pdf.triwulan(), periode, FormatBerkas.XLSX));
                SeedDinas.simpan(x, 0, HALAMAN_1);
                assertThat(x.nama()).isEqualTo(b.nama().replace(".pdf", ".xlsx"));
                try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.isi()))) {
                    if (wb.getNumberOfSheets() == 0) {
                        salah.add(slug + " " + j.nama() + " XLSX has no sheet");
                    }
                    boolean gabung = false;
                    for (Sheet s : wb) {
                        gabung |= s.getNumMergedRegions() > 0;
                    }
                    if (!gabung) {
                        salah.add(slug + " " + j.nama() + " XLSX has no merged header cell");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        assertThat(salah).isEmpty();
    }

    @Test
    void lumajangComputedValuesInPdfAndNumbersInNumericCells() throws IOException {
        String pk = SeedDinas.teks(seed.cetak(LUMAJANG, new Permintaan(JenisLaporan.PERJANJIAN_KINERJA, 2025, null, null,
                FormatBerkas.PDF)).isi());
        assertThat(pk).contains("JUMLAH 27.805.047.633", "PROGRAM PENILAIAN KESEHATAN KSP/USP KOPERASI 54.888.000 DAU",
                "Persentase koperasi yang taat akan peraturan perundang - undangan 40,71 %");

        String ra = SeedDinas.teks(seed.cetak(LUMAJANG, new Permintaan(JenisLaporan.RENCANA_AKSI, 2025, 2, null, FormatBerkas.PDF)).isi());
        // target 2025 of "Persentase koperasi sehat dan cukup sehat", its TW II realisation 96,05 and capaian 96,05 / 56,67
        assertThat(ra).contains("Persentase koperasi sehat dan cukup sehat % 56,67", "96,05", "169,49")
                .contains("Menunggu data BPS", "direkap di akhir periode");

        String renja = SeedDinas.teks(seed.cetak(LUMAJANG, new Permintaan(JenisLaporan.RENJA, 2025, null, null, FormatBerkas.PDF)).isi());
        assertThat(renja).contains("Persentase koperasi sehat dan cukup sehat", "56,67");

        try (XSSFWorkbook wb = buku(seed.cetak(LUMAJANG, new Permintaan(JenisLaporan.PERJANJIAN_KINERJA, 2025, null, null,
                FormatBerkas.XLSX)))) {
            Cell jumlah = selBerisi(wb, "JUMLAH");
            assertThat(jumlah).isNotNull();
            Cell angka = kanan(jumlah);
            assertThat(angka.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(new BigDecimal(angka.getNumericCellValue()).toBigInteger()).hasToString("27805047633");
            assertThat(angka.getCellStyle().getDataFormatString()).contains("#,##0");
            assertThat(angka.getRow().getSheet().getMergedRegions()).anySatisfy(r -> assertThat(r.isInRange(jumlah)).isTrue());
        }
        try (XSSFWorkbook wb = buku(seed.cetak(LUMAJANG, new Permintaan(JenisLaporan.RENCANA_AKSI, 2025, 2, null, FormatBerkas.XLSX)))) {
            Cell indikator = selBerisi(wb, "Persentase koperasi sehat dan cukup sehat");
            Row baris = indikator.getRow();
            List<Double> angka = new ArrayList<>();
            for (Cell c : baris) {
                if (c.getCellType() == CellType.NUMERIC) {
                    angka.add(c.getNumericCellValue());
                }
            }
            assertThat(angka).contains(56.67, 96.05, 169.49);
            Cell tw = selBerisi(wb, "Triwulan I");
            assertThat(tw.getRow().getSheet().getMergedRegions()).anySatisfy(r -> {
                assertThat(r.isInRange(tw)).isTrue();
                assertThat(r.getFirstRow()).isEqualTo(r.getLastRow());
                assertThat(r.getNumberOfCells()).isGreaterThanOrEqualTo(2);
            });
            assertThat(selBerisi(wb, "Menunggu data BPS")).isNotNull();
        }
    }

    /**
     * A number in a narrow column never breaks inside itself ("1.491.388.5" over "00.000"): every whole number of
     * thousands that the XLSX of Lumajang's Rencana Aksi, Renstra and Renja holds reads whole in the PDF text, where
     * a line break would show as a space. The one break allowed: a long number in the Renstra's narrow year columns
     * goes on two lines right after a thousands separator ("1.491.388." over "500.000") rather than shrinking to an
     * unreadable size; the text is read with that break joined, and each line must be whole groups.
     */
    @Test
    void lumajangNumbersPrintWholeInNarrowColumns() throws IOException {
        for (JenisLaporan j : List.of(JenisLaporan.RENCANA_AKSI, JenisLaporan.RENSTRA, JenisLaporan.RENJA)) {
            Integer tw = j.pakaiTriwulan() ? 4 : null;
            String dicetak = SeedDinas.teks(seed.cetak(LUMAJANG, new Permintaan(j, 2025, tw, null, FormatBerkas.PDF)).isi());
            if (j == JenisLaporan.RENSTRA) {
                assertThat(dicetak).as("Renstra year column, two lines").contains(" 1.491.388. 500.000 ", " 483.624. 842.126 ");
            }
            String teks = j == JenisLaporan.RENSTRA ? dicetak.replaceAll("(?<=\\d{3}\\.) (?=\\d{3}[.,\\s])", "") : dicetak;
            List<String> angka = new ArrayList<>();
            try (XSSFWorkbook wb = buku(seed.cetak(LUMAJANG, new Permintaan(j, 2025, tw, null, FormatBerkas.XLSX)))) {
                for (Sheet s : wb) {
                    for (Row r : s) {
                        for (Cell c : r) {
                            if (c.getCellType() == CellType.NUMERIC) {
                                BigDecimal v = BigDecimal.valueOf(c.getNumericCellValue());
                                if (v.abs().compareTo(BigDecimal.valueOf(1000)) >= 0 && v.stripTrailingZeros().scale() <= 0) {
                                    angka.add(FormatIndonesia.angka(v, 0));
                                }
                            } else if (c.getCellType() == CellType.STRING) {
                                // a number inside a text cell (once Renstra's "T: 1.491.388 R: 1.500.000") must print whole too
                                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\d.,])\\d{1,3}(\\.\\d{3})+(?![\\d.])")
                                        .matcher(c.getStringCellValue());
                                while (m.find()) {
                                    angka.add(m.group());
                                }
                            }
                        }
                    }
                }
            }
            assertThat(angka).as(j.nama() + " has numbers of thousands").isNotEmpty();
            if (j == JenisLaporan.RENSTRA) {
                // Program P1's 2025 target and realisation (once "T: 1.491.388.500.000 R: 483.624.842.126" in one text,
                // printed "1.491.388" / ".500.000"), each a number of its own in the year column (5)
                assertThat(angka).as("Renstra year column").contains("1.491.388.500.000", "483.624.842.126");
                assertThat(teks).as("Renstra year column").doesNotContain("T: ", "R: ");
            }
            assertThat(angka).as(j.nama()).allSatisfy(a -> assertThat(teks)
                    .containsPattern(" " + java.util.regex.Pattern.quote(a) + "(,\\d+)? "));
        }
    }

    /**
     * A dinas prints what it has: Pasuruan's and Kota's frameworks hold no program, so their Renja says so under the
     * program table instead of printing an empty grid; Kota's period states no years, so its framework is printed for
     * the year asked for, with targets "belum ditetapkan" and realisations "belum ada".
     */
    @Test
    void aDinasWithoutProgramsOrYearsPrintsWhatItHasWithANote() {
        String catatan = "Belum ada program, kegiatan maupun sub kegiatan dalam kerangka dinas ini untuk tahun 2022";
        assertThat(SeedDinas.teks(seed.cetak(PASURUAN, new Permintaan(JenisLaporan.RENJA, 2022, null, null, FormatBerkas.PDF)).isi()))
                .contains(catatan, "Prosentase Pertumbuhan Volume Usaha Koperasi", "belum ditetapkan");
        long periode = seed.sebagai(KOTA, () -> seed.context.getBean(RenstraService.class).daftarPeriode().getLast().id());
        String renja = SeedDinas.teks(seed.cetak(KOTA, new Permintaan(JenisLaporan.RENJA, 2022, null, periode, FormatBerkas.PDF)).isi());
        assertThat(renja).contains(catatan, "RENCANA KERJA TAHUN 2022", "Persentase pertumbuhan omzet usaha mikro, kecil dan koperasi",
                "belum ditetapkan");
        String ra = SeedDinas.teks(seed.cetak(KOTA, new Permintaan(JenisLaporan.RENCANA_AKSI, 2022, 2, periode, FormatBerkas.PDF)).isi());
        assertThat(ra).contains("RENCANA AKSI TAHUN 2022", "Persentase pertumbuhan omzet usaha mikro, kecil dan koperasi", "belum ada");
        // Lumajang has programs: no such note
        assertThat(SeedDinas.teks(seed.cetak(LUMAJANG, new Permintaan(JenisLaporan.RENJA, 2025, null, null, FormatBerkas.PDF)).isi()))
                .doesNotContain("Belum ada program");
    }

    /**
     * Wide amounts print whole, on one line and at the matrices' full number size (7pt), not shrunk by ScaleFont: an
     * eleven- or twelve-digit rupiah amount in a quarter's column of the Rencana Aksi, the Renstra's pagu and the
     * Renja's kebutuhan dana; the PK's JUMLAH at its 8pt.
     */
    @Test
    void wideAmountsPrintOnOneLineAtFullSize() {
        byte[] ra = seed.cetak(LUMAJANG, new Permintaan(JenisLaporan.RENCANA_AKSI, 2025, 2, null, FormatBerkas.PDF)).isi();
        // Program P1's TW II realisation (column 8) and its realisation so far (13); Nilai Investasi's TW I realisation
        assertThat(SeedDinas.ukuranHuruf(ra, "483.624.842.126")).as("Rencana Aksi TW II").isGreaterThanOrEqualTo(6.95f);
        assertThat(SeedDinas.ukuranHuruf(ra, "193.900,00")).as("Rencana Aksi TW I").isGreaterThanOrEqualTo(6.95f);
        byte[] renstra = seed.cetak(LUMAJANG, new Permintaan(JenisLaporan.RENSTRA, 2025, null, null, FormatBerkas.PDF)).isi();
        assertThat(SeedDinas.ukuranHuruf(renstra, "12.076.486.014")).as("Renstra pagu").isGreaterThanOrEqualTo(6.95f);
        assertThat(SeedDinas.ukuranHuruf(renstra, "1.116.055.550")).as("Renstra pagu").isGreaterThanOrEqualTo(6.95f);
        byte[] renja = seed.cetak(LUMAJANG, new Permintaan(JenisLaporan.RENJA, 2025, null, null, FormatBerkas.PDF)).isi();
        assertThat(SeedDinas.ukuranHuruf(renja, "12.076.486.014")).as("Renja kebutuhan dana").isGreaterThanOrEqualTo(6.95f);
        assertThat(SeedDinas.ukuranHuruf(renja, "1.574.938,67")).as("Renja target P-Renja").isGreaterThanOrEqualTo(6.95f);
        byte[] pk = seed.cetak(LUMAJANG, new Permintaan(JenisLaporan.PERJANJIAN_KINERJA, 2025, null, null, FormatBerkas.PDF)).isi();
        assertThat(SeedDinas.ukuranHuruf(pk, "27.805.047.633")).as("PK JUMLAH").isGreaterThanOrEqualTo(7.95f);
    }

    @Test
    void aLockedQuarterPrintsTheSameBytesApartFromTheCreationDate() {
        seed.salin(LUMAJANG, "lumajang-kunci");
        seed.sebagai("lumajang-kunci", () -> {
            AlurPersetujuan alur = seed.context.getBean(AlurPersetujuan.class);
            alur.ajukan(2025, 2);
            alur.verifikasi(2025, 2);
            return alur.kunci(2025, 2);
        });
        Permintaan p = new Permintaan(JenisLaporan.RENCANA_AKSI, 2025, 2, null, FormatBerkas.PDF);
        byte[] pertama = seed.cetak("lumajang-kunci", p).isi();
        assertThat(SeedDinas.teks(pertama)).contains("Triwulan II 2025 telah dikunci").doesNotContain("DRAF");
        byte[] kedua = seed.cetak("lumajang-kunci", p).isi();
        assertThat(tanpaTanggal(kedua)).isEqualTo(tanpaTanggal(pertama));
    }

    @Test
    void eightThreadsPrintingDifferentDinasEachGetTheirOwnDocument() throws Exception {
        List<String> slugs = List.of(LUMAJANG, DISKOPUM, PASURUAN, KOTA);
        List<JenisLaporan> jenis = List.of(JenisLaporan.IKU, JenisLaporan.RENSTRA);
        Map<String, String> sendiri = new java.util.HashMap<>();
        for (String s : slugs) {
            for (JenisLaporan j : jenis) {
                sendiri.put(s + j, tanpaTanggal(seed.cetak(s, new Permintaan(j, null, null, null, FormatBerkas.PDF)).isi()));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int ulang = 0; ulang < 3; ulang++) {
                CountDownLatch mulai = new CountDownLatch(1);
                List<Future<String>> hasil = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    String s = slugs.get(t % 4);
                    JenisLaporan j = jenis.get(t / 4);
                    hasil.add(pool.submit(() -> {
                        mulai.await();
                        return tanpaTanggal(seed.cetak(s, new Permintaan(j, null, null, null, FormatBerkas.PDF)).isi());
                    }));
                }
                mulai.countDown();
                for (int t = 0; t < 8; t++) {
                    assertThat(hasil.get(t).get()).as("thread %d: %s %s", t, slugs.get(t % 4), jenis.get(t / 4))
                            .isEqualTo(sendiri.get(slugs.get(t % 4) + jenis.get(t / 4)));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesToPrintInsideATransactionAndRefusesBadRequestsInIndonesian() {
        TransactionOperations<?> tx = seed.context.getBean(TransactionOperations.class);
        assertThatThrownBy(() -> seed.sebagai(LUMAJANG, () -> tx.executeRead(s ->
                seed.context.getBean(LaporanService.class).buat(new Permintaan(JenisLaporan.IKU, 2025, null, null, FormatBerkas.PDF)))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("outside a transaction");
        assertThatThrownBy(() -> seed.cetak(LUMAJANG, new Permintaan(JenisLaporan.RENCANA_AKSI, 2025, 5, null, FormatBerkas.PDF)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("triwulan harus 1, 2, 3 atau 4");
        assertThatThrownBy(() -> seed.cetak(LUMAJANG, new Permintaan(JenisLaporan.PERJANJIAN_KINERJA, null, null, null, FormatBerkas.PDF)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("wajib diisi");
        // Lumajang's period states no end year: unnamed, it covers 2025 only; named, a later year of it has no data yet
        assertThatThrownBy(() -> seed.cetak(LUMAJANG, new Permintaan(JenisLaporan.RENJA, 2031, null, null, FormatBerkas.PDF)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("tidak ada periode Renstra yang mencakup tahun 2031");
        long periode = seed.sebagai(LUMAJANG, () -> seed.context.getBean(RenstraService.class).daftarPeriode().stream()
                .filter(p -> Integer.valueOf(2025).equals(p.tahunAwal())).findFirst().orElseThrow().id());
        assertThatThrownBy(() -> seed.cetak(LUMAJANG, new Permintaan(JenisLaporan.RENJA, 2031, null, periode, FormatBerkas.PDF)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("belum ada data tahun 2031");
        assertThatThrownBy(() -> seed.cetak(DISKOPUM, new Permintaan(JenisLaporan.IKU, 2030, null, null, FormatBerkas.PDF)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("tidak ada periode Renstra yang mencakup tahun 2030");
    }

    /** The PDF with its creation and modification dates and its file id (made from the time) blanked. */
    static String tanpaTanggal(byte[] pdf) {
        return new String(pdf, StandardCharsets.ISO_8859_1)
                .replaceAll("/(CreationDate|ModDate)\\s*\\([^)]*\\)", "/$1()")
                .replaceAll("/ID\\s*\\[<[0-9a-fA-F]*>\\s*<[0-9a-fA-F]*>]", "/ID[]");
    }

    static XSSFWorkbook buku(Berkas b) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(b.isi()));
    }

    static Cell selBerisi(XSSFWorkbook wb, String teks) {
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING && c.getStringCellValue().replaceAll("\\s+", " ").strip().equals(teks)) {
                        return c;
                    }
                }
            }
        }
        throw new AssertionError("no cell '" + teks + "'");
    }

    /** The next cell to the right, after the merged region {@code c} starts. */
    static Cell kanan(Cell c) {
        int kolom = c.getColumnIndex();
        for (CellRangeAddress r : c.getSheet().getMergedRegions()) {
            if (r.isInRange(c)) {
                kolom = r.getLastColumn();
            }
        }
        return c.getRow().getCell(kolom + 1);
    }
}
