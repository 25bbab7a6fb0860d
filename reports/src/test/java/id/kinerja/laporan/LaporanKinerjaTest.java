package id.kinerja.laporan;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static id.kinerja.laporan.SeedDinas.LUMAJANG;
import static org.assertj.core.api.Assertions.assertThat;

/** The Laporan Kinerja (LKjIP) of the seed dinas, printed and read back (002 is the model). */
class LaporanKinerjaTest {

    static SeedDinas seed;

    @BeforeAll
    static void mulai() {
        seed = new SeedDinas();
        isiStruktur(seed, LUMAJANG);
    }

    /**
     * Lumajang's struktur organisasi (the units, their tugas and fungsi), staff and sarana of 2025, as seed 002's Bab I
     * has them (test resource {@code lumajang-struktur.json}), entered through the services the API calls.
     */
    @SuppressWarnings("unchecked")
    static void isiStruktur(SeedDinas seed, String slug) {
        seed.sebagai(slug, () -> {
            try (var in = LaporanKinerjaTest.class.getResourceAsStream("/lumajang-struktur.json")) {
                var json = seed.context.getBean(io.micronaut.json.JsonMapper.class);
                Map<String, Object> d = json.readValue(in.readAllBytes(), Map.class);
                var unit = seed.context.getBean(id.kinerja.unitkerja.UnitKerjaService.class);
                Map<String, id.kinerja.unitkerja.UnitKerja> perKode = new java.util.HashMap<>();
                int urutan = 0;
                for (Map<String, Object> u : (List<Map<String, Object>>) d.get("unit")) {
                    var baru = unit.add(new id.kinerja.unitkerja.UnitKerjaBaru((String) u.get("kode"), (String) u.get("nama")));
                    var induk = perKode.get((String) u.get("induk"));
                    perKode.put(baru.kode(), unit.ubah(baru.id(), new id.kinerja.unitkerja.UnitKerjaUbah(baru.nama(),
                            induk == null ? null : induk.id(), urutan++, (String) u.get("tugas"), (List<String>) u.get("fungsi"), baru.version())));
                }
                var sumberDaya = seed.context.getBean(id.kinerja.sumberdaya.SumberDayaService.class);
                sumberDaya.simpanPegawai(2025, java.util.Arrays.asList(json.readValue(json.writeValueAsBytes(d.get("pegawai")),
                        id.kinerja.sumberdaya.PegawaiInput[].class)));
                sumberDaya.simpanSarana(2025, java.util.Arrays.asList(json.readValue(json.writeValueAsBytes(d.get("sarana")),
                        id.kinerja.sumberdaya.SaranaInput[].class)));
                return null;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @AfterAll
    static void selesai() {
        seed.close();
    }

    /** The charts' histories read at once for all indicators are those read one by one. */
    @Test
    void riwayatSekaliBacaSamaDenganSatuPerSatu() {
        var capaian = seed.context.getBean(id.kinerja.capaian.CapaianService.class);
        seed.sebagai(LUMAJANG, () -> {
            var data = capaian.muat(null, 2025);
            List<Long> ids = data.indikator().stream().map(id.kinerja.indikator.Indikator::id).toList();
            var semua = capaian.riwayat(data, ids);
            assertThat(semua).hasSize(ids.size());
            assertThat(semua.values()).anyMatch(r -> r.tahun().size() > 1);
            for (Long id : ids) {
                assertThat(semua.get(id)).as("indikator %d", id).isEqualTo(capaian.riwayat(id));
            }
            return null;
        });
    }

    @Test
    void lumajangTriwulanII() throws IOException {
        Berkas b = seed.cetak(LUMAJANG, new Permintaan(JenisLaporan.LAPORAN_KINERJA, 2025, 2, null, FormatBerkas.PDF));
        SeedDinas.simpan(b, 80);
        assertThat(b.nama()).isEqualTo("LKjIP-lumajang-diskopukmperindag-2025-TW2.pdf");
        String teks = SeedDinas.teks(b.isi());
        assertThat(teks).contains("LAPORAN KINERJA", "TRIWULAN II 2025", "Jl. Letkol Slamet Wardoyo 43-45", "KATA PENGANTAR",
                "MUHAMMAD RIDHA", "19731118 199303 1 002", "DAFTAR ISI", "DAFTAR TABEL", "DAFTAR GAMBAR",
                "BAB I PENDAHULUAN", "BAB II PERENCANAAN KINERJA", "BAB III AKUNTABILITAS KINERJA", "BAB IV PENUTUP",
                "DRAF \u2014 Triwulan II 2025 belum dikunci");
        assertThat(teks).doesNotContain("FINAL \u2014");
        // The kata pengantar is signed once, by the document's own signature block (the seed's text carries one too)
        String pengantar = teks.substring(teks.indexOf("KATA PENGANTAR"), teks.indexOf("DAFTAR ISI"));
        assertThat(pengantar.split("19731118 199303 1 002", -1)).hasSize(2);
        // Bab I as 002: dasar hukum, the units listed and drawn (Gambar 1.1), tugas and fungsi per unit, SDM and sarana
        assertThat(teks).contains("Peraturan Presiden Nomor 29 Tahun 2014", "1.1.1. Struktur Organisasi Perangkat Daerah",
                "Sekretariat, membawahi:", "Sub Bagian Umum dan Kepegawaian",
                "Gambar 1.1 Struktur Organisasi", "Bidang Koperasi mempunyai tugas merencanakan",
                "1.1.3. Sumber Daya Manusia (SDM) Perangkat Daerah", "Tabel 1.1 Komposisi Pegawai", "sebanyak 239 orang",
                "70 orang PNS, 10 orang PPPK dan 159 orang tenaga kontrak", "laki-laki 186 orang (77,82 %)",
                "Tabel 1.2 Sarana dan Prasarana", "Kendaraan Dinas Roda 2", "Bangunan Pasar");
        // Lampiran: the PK and the Renja matrix, as their own documents print them
        assertThat(teks).contains("LAMPIRAN", "PERJANJIAN KINERJA TAHUN 2025", "MATRIK TUJUAN, SASARAN, PROGRAM, KEGIATAN DAN SUB KEGIATAN");
        // Koperasi taat: 214 / 737 × 100 = 29,04; capaian 71,33 % (Sedang)
        assertThat(teks).contains("29,04", "71,33", "214 / 737 \u00d7 100", "Sedang", "Menunggu data BPS");
        // Bab IV as 002's: the penutup text, the table again, then the dinas's own tindak lanjut per sector
        String babIV = teks.substring(teks.lastIndexOf("BAB IV PENUTUP"));
        assertThat(babIV).contains("4.1. Kesimpulan", "Tujuan rencana strategis", "4.2. Tindak Lanjut",
                "Sektor Koperasi:", "2. Melaksanakan pendampingan RAT", "7. Melaksanakan pelayanan tera, tera ulang");
        assertThat(babIV.indexOf("4.2. Tindak Lanjut")).isLessThan(babIV.indexOf("Melaksanakan pendampingan RAT"));
        // Budget: total and realisation, absorption 24,59 %
        assertThat(teks).contains("27.805.047.633", "6.835.975.140", "24,59");
        // Efficiency of Nilai Investasi in parentheses
        assertThat(teks).contains("(10,27)", "35,47");
        // The dinas's scale
        assertThat(teks).contains("Sangat Tinggi", "Tinggi", "Rendah", "Sangat Rendah");
        // Lumajang's export target stays whole on its row (it broke after the comma) in Tabel 2.4 and in Bab III's Tabel 3.3
        List<Integer> ekspor = halamanBaris(b.isi(), Pattern.compile("Nilai ekspor\\s+1\\.175\\.296\\.332\\.815,85(\\s|$)"));
        assertThat(ekspor).as("pages with the row 'Nilai ekspor 1.175.296.332.815,85'").hasSize(2);
        assertThat(halamanDengan(b.isi(), "Realisasi s.d. TW II", ekspor.get(1))).as("Tabel 3.3's page").isTrue();
        // Tables numbered in order, per chapter, each once
        // The Daftar Tabel lists the tables in strictly increasing order, and each caption begins a line of the body
        // in that order (the chapter texts typed by the dinas may cite 002's own numbers: those are not captions)
        String mentah = mentah(b.isi());
        String daftar = mentah.substring(mentah.indexOf("DAFTAR TABEL", mentah.indexOf("DAFTAR TABEL") + 1),
                mentah.indexOf("DAFTAR GAMBAR", mentah.indexOf("DAFTAR GAMBAR") + 1));
        List<String> tabel = new ArrayList<>();
        Matcher m = Pattern.compile("Tabel (\\d)\\.(\\d+) ").matcher(daftar);
        while (m.find()) {
            tabel.add(m.group(1) + "." + m.group(2));
        }
        assertThat(tabel).startsWith("1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3");
        for (int i = 1; i < tabel.size(); i++) {
            String[] a = tabel.get(i - 1).split("\\.");
            String[] c = tabel.get(i).split("\\.");
            int bab = Integer.parseInt(c[0]) - Integer.parseInt(a[0]);
            assertThat(bab == 0 ? Integer.parseInt(c[1]) - Integer.parseInt(a[1]) : Integer.parseInt(c[1]))
                    .as("after Tabel %s comes Tabel %s", tabel.get(i - 1), tabel.get(i)).isEqualTo(1);
        }
        int dari = mentah.indexOf("PENDAHULUAN", mentah.indexOf("DAFTAR GAMBAR", mentah.indexOf("DAFTAR GAMBAR") + 1));
        for (String t : tabel) {
            Matcher judul = Pattern.compile("(?m)^Tabel " + Pattern.quote(t) + " [A-Z]").matcher(mentah);
            assertThat(judul.find(dari)).as("caption of Tabel " + t).isTrue();
            dari = judul.start();
        }
        // Bookmarks per chapter
        try (PDDocument doc = Loader.loadPDF(b.isi())) {
            List<String> bab = new ArrayList<>();
            for (PDOutlineItem o : doc.getDocumentCatalog().getDocumentOutline().children()) {
                bab.add(o.getTitle().replaceAll("\\s+", " "));
            }
            assertThat(bab).contains("KATA PENGANTAR", "DAFTAR ISI", "BAB I PENDAHULUAN", "BAB IV PENUTUP");
        }
        // The contents carry real page numbers: Bab III's line names the page its heading is on
        Matcher isi = Pattern.compile("BAB III\\. AKUNTABILITAS KINERJA (\\d+)").matcher(teks);
        assertThat(isi.find()).isTrue();
        assertThat(halamanDengan(b.isi(), "AKUNTABILITAS KINERJA", Integer.parseInt(isi.group(1)))).isTrue();
        // … and so does every line of the Daftar Isi, Tabel and Gambar: the end of its title is on the page it names
        assertThat(daftarBenar(b.isi())).isGreaterThan(30);

        Berkas x = seed.cetak(LUMAJANG, new Permintaan(JenisLaporan.LAPORAN_KINERJA, 2025, 2, null, FormatBerkas.XLSX));
        SeedDinas.simpan(x, 0);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(x.isi()))) {
            List<String> lembar = new ArrayList<>();
            wb.forEach(sh -> lembar.add(sh.getSheetName()));
            assertThat(lembar).startsWith("Tabel 1.1", "Tabel 1.2", "Tabel 2.1", "Tabel 2.2", "Tabel 2.3", "Tabel 2.4", "Tabel 3.1");
        }
    }

    /**
     * Tabel 3.2's cumulative column: Nilai Investasi's TW I realisation 193.900 against a Rencana Aksi target of
     * 150.000 for TW I is 129,27 % (exact: 129,2666…), beside the annual 15,12 %; without quarterly targets the
     * cell gives the reason. Bab IV without the dinas's texts is generated: the summary per tujuan and sasaran, and
     * the upaya of the sasaran below 100 % as tindak lanjut.
     */
    @Test
    void capaianKumulatifDanPenutupTanpaTeks() throws IOException {
        String slug = "lumajang-kumulatif";
        seed.salin(LUMAJANG, slug);
        seed.sebagai(slug, () -> {
            var capaian = seed.context.getBean(id.kinerja.capaian.CapaianService.class);
            long investasi = capaian.muat(null, 2025).indikator().stream().filter(i -> i.nama().equals("Nilai Investasi"))
                    .findFirst().orElseThrow().id();
            seed.context.getBean(id.kinerja.target.TargetService.class).simpan(List.of(
                    new id.kinerja.target.TargetInput(investasi, 2025, null, 1, new java.math.BigDecimal("150000"), null)));
            var narasi = seed.context.getBean(id.kinerja.narasi.NarasiService.class);
            long periode = seed.context.getBean(id.kinerja.renstra.RenstraService.class).periodeUntuk(2025).id();
            for (var b : narasi.bab(periode)) {
                if (b.kunci().equals("penutup") || b.kunci().equals("tindak_lanjut")) {
                    narasi.simpan(new id.kinerja.narasi.BabInput(periode, b.kunci(), b.tahun(), b.triwulan(), "", b.version()));
                }
            }
            return null;
        });
        Berkas b = seed.cetak(slug, new Permintaan(JenisLaporan.LAPORAN_KINERJA, 2025, 2, null, FormatBerkas.PDF));
        SeedDinas.simpan(b, 0);
        String teks = SeedDinas.teks(b.isi());
        assertThat(teks).contains("Terhadap target Rencana Aksi sampai Triwulan II sebesar 150.000,00 juta rupiah, capaian "
                + "kumulatif sebesar 129,27 %");
        String babIV = teks.substring(teks.lastIndexOf("BAB IV PENUTUP"));
        assertThat(babIV).contains("4.1. Kesimpulan", "menetapkan 4 sasaran kinerja", "Sasaran Strategis:",
                "Indikator kinerja dengan capaian di bawah 100 % sebanyak 1 indikator, yaitu sasaran",
                "4.2. Tindak Lanjut", "Melaksanakan pendampingan RAT", "Nilai PDRB sektor Industri")
                .doesNotContain("Sektor Koperasi:");

        Berkas x = seed.cetak(slug, new Permintaan(JenisLaporan.LAPORAN_KINERJA, 2025, 2, null, FormatBerkas.XLSX));
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(x.isi()))) {
            var sh = wb.getSheet("Tabel 3.2");
            Map<String, List<String>> baris = new java.util.HashMap<>();
            var format = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.of("id", "ID"));
            for (var r : sh) {
                List<String> sel = new ArrayList<>();
                r.forEach(c -> sel.add(format.formatCellValue(c).strip()));
                sel.removeIf(String::isEmpty);
                if (!sel.isEmpty()) {
                    baris.put(sel.stream().filter(t -> t.startsWith("Nilai Investasi") || t.startsWith("Persentase koperasi"))
                            .findFirst().orElse(sel.getFirst()), sel);
                }
            }
            assertThat(baris.values()).anyMatch(k -> k.contains("Capaian s.d. TW II (%)"));
            List<String> investasi = baris.get("Nilai Investasi (juta rupiah)");
            assertThat(investasi).as("Tabel 3.2, Nilai Investasi").containsSequence("15,12", "129,27");
            List<String> koperasi = baris.entrySet().stream().filter(e -> e.getKey().startsWith("Persentase koperasi"))
                    .findFirst().orElseThrow().getValue();
            assertThat(koperasi).contains("71,33", "target TW belum ada");
        }
    }

    @Test
    void triwulanTerkunciFinal() {
        Berkas b = seed.sebagai(LUMAJANG, () -> {
            var alur = seed.context.getBean(id.kinerja.persetujuan.AlurPersetujuan.class);
            alur.ajukan(2025, 1);
            alur.verifikasi(2025, 1);
            alur.kunci(2025, 1);
            return seed.context.getBean(LaporanService.class)
                    .buat(new Permintaan(JenisLaporan.LAPORAN_KINERJA, 2025, 1, null, FormatBerkas.PDF));
        });
        SeedDinas.simpan(b, 1);
        String teks = SeedDinas.teks(b.isi());
        assertThat(teks).contains("TRIWULAN I 2025", "FINAL \u2014 Triwulan I 2025 telah dikunci")
                .doesNotContain("DRAF \u2014 Triwulan");
    }

    /**
     * A locked quarter's document is kept and served again (the same file, without a fill); after the quarter is
     * opened, changed and locked again, the change is printed, never the kept file.
     */
    @Test
    void triwulanTerkunciDisimpanPerubahanTerlihat() {
        String slug = "lumajang-simpanan";
        seed.salin(LUMAJANG, slug);
        var alur = seed.context.getBean(id.kinerja.persetujuan.AlurPersetujuan.class);
        Permintaan p = new Permintaan(JenisLaporan.LAPORAN_KINERJA, 2025, 1, null, FormatBerkas.PDF);
        seed.sebagai(slug, () -> {
            alur.ajukan(2025, 1);
            alur.verifikasi(2025, 1);
            return alur.kunci(2025, 1);
        });
        Berkas pertama = seed.cetak(slug, p);
        // the same file object: served from memory, not filled again (the time it takes is measured by LaporanBench)
        assertThat(seed.cetak(slug, p)).isSameAs(pertama);
        // the draft of another quarter is printed afresh each time
        Permintaan draf = new Permintaan(JenisLaporan.LAPORAN_KINERJA, 2025, 2, null, FormatBerkas.PDF);
        assertThat(seed.cetak(slug, draf)).isNotSameAs(seed.cetak(slug, draf));

        seed.sebagai(slug, () -> {
            alur.buka(2025, 1, "kata pengantar dikoreksi");
            var narasi = seed.context.getBean(id.kinerja.narasi.NarasiService.class);
            long periode = seed.context.getBean(id.kinerja.renstra.RenstraService.class).periodeUntuk(2025).id();
            Long versi = narasi.bab(periode).stream()
                    .filter(b -> b.kunci().equals("kata_pengantar") && b.tahun() == 2025 && Integer.valueOf(1).equals(b.triwulan()))
                    .map(id.kinerja.narasi.Bab::version).findFirst().orElse(null);
            narasi.simpan(new id.kinerja.narasi.BabInput(periode, "kata_pengantar", 2025, 1,
                    "Kata pengantar yang dikoreksi setelah triwulan dibuka kembali.", versi));
            alur.ajukan(2025, 1);
            alur.verifikasi(2025, 1);
            return alur.kunci(2025, 1);
        });
        Berkas baru = seed.cetak(slug, p);
        assertThat(baru).isNotSameAs(pertama);
        assertThat(SeedDinas.teks(baru.isi())).contains("Kata pengantar yang dikoreksi setelah triwulan dibuka kembali.",
                "FINAL \u2014 Triwulan I 2025 telah dikunci");
        assertThat(SeedDinas.teks(pertama.isi())).doesNotContain("Kata pengantar yang dikoreksi");
        assertThat(seed.cetak(slug, p)).isSameAs(baru);
    }

    /**
     * A draft printed again unchanged is not filled again (the kept pages of the report and of its two lampiran are
     * exported) and is the same file as one filled afresh; a change to what it prints is filled and seen.
     */
    @Test
    void drafTakBerubahTidakDiisiLagi() {
        String slug = "lumajang-isi-tersimpan";
        seed.salin(LUMAJANG, slug);
        var mesin = seed.context.getBean(id.kinerja.laporan.mesin.Mesin.class);
        Permintaan p = new Permintaan(JenisLaporan.LAPORAN_KINERJA, 2025, 2, null, FormatBerkas.PDF);
        mesin.lupakanIsi();
        long awal = mesin.jumlahIsi();
        byte[] pertama = seed.cetak(slug, p).isi();
        assertThat(mesin.jumlahIsi() - awal).isEqualTo(3); // the report (once: page numbers written in after), the PK, the Renja
        byte[] kedua = seed.cetak(slug, p).isi();
        assertThat(mesin.jumlahIsi() - awal).isEqualTo(3);
        mesin.lupakanIsi();
        byte[] baru = seed.cetak(slug, p).isi();
        assertThat(mesin.jumlahIsi() - awal).isEqualTo(6);
        assertThat(tanpaTanggal(kedua)).isEqualTo(tanpaTanggal(baru)).isEqualTo(tanpaTanggal(pertama));

        seed.sebagai(slug, () -> {
            var narasi = seed.context.getBean(id.kinerja.narasi.NarasiService.class);
            long periode = seed.context.getBean(id.kinerja.renstra.RenstraService.class).periodeUntuk(2025).id();
            Long versi = narasi.bab(periode).stream()
                    .filter(b -> b.kunci().equals("kata_pengantar") && b.tahun() == 2025 && Integer.valueOf(2).equals(b.triwulan()))
                    .map(id.kinerja.narasi.Bab::version).findFirst().orElse(null);
            return narasi.simpan(new id.kinerja.narasi.BabInput(periode, "kata_pengantar", 2025, 2,
                    "Kata pengantar yang diubah pada draf.", versi));
        });
        byte[] ubah = seed.cetak(slug, p).isi();
        assertThat(mesin.jumlahIsi() - awal).isEqualTo(7); // the report filled again; the lampiran did not change
        assertThat(SeedDinas.teks(ubah)).contains("Kata pengantar yang diubah pada draf.");
        assertThat(SeedDinas.teks(kedua)).doesNotContain("Kata pengantar yang diubah pada draf.");
    }

    /** A PDF's text without its creation and modification dates (the only bytes that differ between two prints). */
    private static String tanpaTanggal(byte[] pdf) {
        return new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).replaceAll("/(CreationDate|ModDate)\\s*\\([^)]*\\)", "");
    }

    /** Each seed dinas, each quarter and the year: Pasuruan's 2022 has no realisations at all; Kota's IKU states no year. */
    @Test
    void setiapDinasSetiapTriwulanDanTahunan() {
        java.util.Map<String, Integer> tahun = java.util.Map.of(LUMAJANG, 2025, SeedDinas.DISKOPUM, 2019, SeedDinas.PASURUAN, 2022);
        tahun.forEach((slug, th) -> {
            for (Integer tw : new Integer[]{1, 2, 3, 4, null}) {
                Berkas b = seed.cetak(slug, new Permintaan(JenisLaporan.LAPORAN_KINERJA, th, tw, null, FormatBerkas.PDF));
                String teks = SeedDinas.teks(b.isi());
                assertThat(teks).as(slug + " " + th + " TW " + tw)
                        .contains("LAPORAN KINERJA", tw == null ? "TAHUN " + th : "TRIWULAN", "BAB IV PENUTUP", "DRAF");
            }
        });
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> seed.cetak(SeedDinas.KOTA,
                new Permintaan(JenisLaporan.LAPORAN_KINERJA, 2022, 2, null, FormatBerkas.PDF))))
                .isInstanceOf(id.kinerja.common.InvalidInputException.class);
    }

    private static String mentah(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    /**
     * Checks every line of the contents (the pages from the Daftar Isi's own line to the one before Bab I's): the last
     * words of its title (a long title wraps; its last line carries the number) are on the page it names. Returns how
     * many lines were checked.
     */
    private static int daftarBenar(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var s = new org.apache.pdfbox.text.PDFTextStripper();
            List<String> halaman = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                halaman.add(s.getText(doc));
            }
            String semua = String.join("\n", halaman);
            Matcher dari = Pattern.compile("(?m)^DAFTAR ISI (\\d+)$").matcher(semua);
            Matcher sampai = Pattern.compile("(?m)^BAB I\\. PENDAHULUAN (\\d+)$").matcher(semua);
            assertThat(dari.find() && sampai.find()).isTrue();
            Pattern baris = Pattern.compile("(?m)^(.*\\S) (\\d+)$");
            int diperiksa = 0;
            for (int h = Integer.parseInt(dari.group(1)); h < Integer.parseInt(sampai.group(1)); h++) {
                Matcher m = baris.matcher(halaman.get(h - 1));
                while (m.find()) {
                    if (m.group(1).contains("dikunci")) {
                        continue; // the page footer
                    }
                    String[] kata = m.group(1).replace(".", "").trim().split("\\s+"); // "BAB I. PENDAHULUAN" heads "BAB I PENDAHULUAN"
                    String akhir = String.join(" ", java.util.Arrays.copyOfRange(kata, Math.max(0, kata.length - 3), kata.length));
                    int ke = Integer.parseInt(m.group(2));
                    assertThat(halaman.get(ke - 1).replace(".", "").replaceAll("\\s+", " ")).as("line '%s' of the contents: page %d", m.group(), ke)
                            .contains(akhir);
                    diperiksa++;
                }
            }
            return diperiksa;
        }
    }

    /** The pages (from 1) with a line, read in the order it is printed on the page, that {@code pola} finds something in. */
    private static List<Integer> halamanBaris(byte[] pdf, Pattern pola) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var s = new org.apache.pdfbox.text.PDFTextStripper();
            s.setSortByPosition(true);
            List<Integer> halaman = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                for (String baris : s.getText(doc).split("\\R")) {
                    if (pola.matcher(baris).find()) {
                        halaman.add(i);
                    }
                }
            }
            return halaman;
        }
    }

    private static boolean halamanDengan(byte[] pdf, String teks, int halaman) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var s = new org.apache.pdfbox.text.PDFTextStripper();
            s.setStartPage(halaman);
            s.setEndPage(halaman);
            return s.getText(doc).contains(teks);
        }
    }
}
