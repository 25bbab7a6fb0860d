package id.kinerja.laporan.lkjip;

import id.kinerja.capaian.CapaianService;
import id.kinerja.capaian.DataKinerja;
import id.kinerja.capaian.KategoriSkala;
import id.kinerja.capaian.PohonCapaian;
import id.kinerja.capaian.PohonCapaian.IndikatorCapaian;
import id.kinerja.capaian.PohonCapaian.SimpulCapaian;
import id.kinerja.capaian.PohonCapaian.TriwulanCapaian;
import id.kinerja.common.InvalidInputException;
import id.kinerja.indikator.Indikator;
import id.kinerja.indikator.Komponen;
import id.kinerja.indikator.Polaritas;
import id.kinerja.laporan.Dokumen;
import id.kinerja.laporan.FormatBerkas;
import id.kinerja.laporan.FormatIndonesia;
import id.kinerja.laporan.JenisLaporan;
import id.kinerja.laporan.Kerangka;
import id.kinerja.laporan.Lingkup;
import id.kinerja.laporan.Penyusun;
import id.kinerja.laporan.Permintaan;
import id.kinerja.laporan.Teks;
import id.kinerja.laporan.grafik.GrafikTren;
import id.kinerja.laporan.mesin.Cetakan;
import id.kinerja.laporan.mesin.Mesin;
import id.kinerja.laporan.mesin.Nilai;
import id.kinerja.narasi.Bab;
import id.kinerja.narasi.Narasi;
import id.kinerja.narasi.NarasiService;
import id.kinerja.persetujuan.AlurPersetujuan;
import id.kinerja.persetujuan.IsiPk;
import id.kinerja.persetujuan.PkService;
import id.kinerja.persetujuan.StatusPersetujuan;
import id.kinerja.realisasi.Realisasi;
import id.kinerja.realisasi.RealisasiKomponen;
import id.kinerja.realisasi.StatusRealisasi;
import id.kinerja.renstra.Tingkat;
import id.kinerja.sumberdaya.KomposisiPegawai;
import id.kinerja.sumberdaya.Sarana;
import id.kinerja.sumberdaya.SumberDayaService;
import id.kinerja.unitkerja.UnitKerja;
import id.kinerja.unitkerja.UnitKerjaService;
import id.kinerja.laporan.grafik.BaganOrganisasi;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Laporan Kinerja of a year up to a quarter (or of the whole year when no quarter is asked for), in the chapters
 * of seed 002, generated from the dinas's data: a locked quarter prints its snapshot and says FINAL, an open one says
 * DRAF. Tables and figures are numbered here, in the order they appear; the contents get their page numbers written in
 * after the one fill ({@link Mesin#HALAMAN}). The workbook holds the tables only, one sheet each.
 */
@Singleton
final class DokumenLaporanKinerja implements Dokumen {

    private static final int DESIMAL_CAPAIAN = 2;
    private static final BigDecimal SERATUS = BigDecimal.valueOf(100);
    private static final String[] ROMAWI = {"I", "II", "III", "IV"};

    private final AlurPersetujuan alur;
    private final CapaianService capaian;
    private final NarasiService narasi;
    private final PkService pk;
    private final Provider<Penyusun> penyusun;
    private final UnitKerjaService unitKerja;
    private final SumberDayaService sumberDaya;

    /** {@code penyusun} is a provider: it holds every document, this one included. */
    DokumenLaporanKinerja(AlurPersetujuan alur, CapaianService capaian, NarasiService narasi, PkService pk, Provider<Penyusun> penyusun,
                          UnitKerjaService unitKerja, SumberDayaService sumberDaya) {
        this.unitKerja = unitKerja;
        this.sumberDaya = sumberDaya;
        this.alur = alur;
        this.capaian = capaian;
        this.narasi = narasi;
        this.pk = pk;
        this.penyusun = penyusun;
    }

    @Override
    public JenisLaporan jenis() {
        return JenisLaporan.LAPORAN_KINERJA;
    }

    @Override
    public Cetakan susun(Permintaan p, Lingkup l) {
        int tahun = l.tahun();
        boolean tahunan = p.triwulan() == null;
        int triwulan = tahunan ? 4 : l.triwulan();
        // The period's data of the year is read once: the tree (unless locked), the framework, the PK and the lampiran use it
        DataKinerja data = capaian.muat(l.periode().id(), tahun);
        PohonCapaian pohon = alur.pohon(data, tahun, triwulan);
        l.pastikanTahunBerdata(pohon);
        boolean dikunci = alur.status(tahun).get(triwulan - 1).status() == StatusPersetujuan.DIKUNCI;
        Isi isi = new Isi(l, pohon, new Kerangka(data), data, tahun, triwulan, tahunan, p.format() == FormatBerkas.XLSX);
        isi.bab = teksBab(l.periode().id(), tahun, triwulan, tahunan);
        isi.narasi = narasi(l.periode().id(), tahun, triwulan, tahunan);
        isi.pk = pk.baca(data, tahun);
        isi.unit = unitKerja.susunan();
        isi.pegawai = sumberDaya.pegawaiBerlaku(tahun);
        isi.sarana = sumberDaya.saranaBerlaku(tahun);
        List<Blok> blok = isi.susun(this);

        String masa = tahunan ? "Tahun " + tahun : FormatIndonesia.triwulan(triwulan) + " " + tahun;
        String dokumen = "Laporan Kinerja " + masa;
        Map<String, Object> param = new HashMap<>();
        param.put(Mesin.HALAMAN, Boolean.TRUE);
        param.put("DOKUMEN", dokumen);
        param.put("STATUS", dikunci ? "FINAL" : "DRAF");
        param.put("CATATAN_KAKI", dikunci ? "FINAL \u2014 " + masa + " telah dikunci; angka sesuai saat penguncian"
                : "DRAF \u2014 " + masa + " belum dikunci; angka dapat berubah");
        param.put("TAHUN", String.valueOf(tahun));
        param.put("TW", ROMAWI[triwulan - 1]);
        if (!isi.xlsx) {
            // Lampiran: the Perjanjian Kinerja and the Renja matrix of the year, as their own documents print them.
            // A dinas with nothing to agree on has no PK to append (that document refuses to print empty).
            List<Cetakan> lampiran = new java.util.ArrayList<>();
            for (JenisLaporan j : List.of(JenisLaporan.PERJANJIAN_KINERJA, JenisLaporan.RENJA)) {
                try {
                    lampiran.add(penyusun.get().lampiran(new Permintaan(j, tahun, null, l.periode().id(), FormatBerkas.PDF), l, data));
                } catch (InvalidInputException kosong) {
                    // left out; Bab IV still names what the dinas has
                }
            }
            param.put(Mesin.LAMPIRAN, lampiran);
        }
        String berkas = tahunan ? jenis().awalanBerkas() + "-" + l.tenant().slug() + "-" + tahun : l.namaBerkas(jenis());
        return new Cetakan("lkjip-laporan", dokumen, l.instansi(), berkas, param, blok, Isi.SUBREPORT);
    }

    /** Chapter texts by key: the quarter's own, else the year's. */
    private Map<String, String> teksBab(long periodeId, int tahun, int triwulan, boolean tahunan) {
        Map<String, String> out = new HashMap<>();
        List<Bab> semua = narasi.bab(periodeId);
        for (Bab b : semua) {
            if (b.tahun() == tahun && b.triwulan() == null) {
                out.putIfAbsent(b.kunci(), b.teks());
            }
        }
        for (Bab b : semua) {
            if (b.tahun() == tahun && b.triwulan() != null && (tahunan ? b.triwulan() == 4 : b.triwulan() == triwulan)) {
                out.put(b.kunci(), b.teks());
            }
        }
        return out;
    }

    /** Narratives by node: the quarter's own, else the year's. */
    private Map<Long, Narasi> narasi(long periodeId, int tahun, int triwulan, boolean tahunan) {
        Map<Long, Narasi> out = new HashMap<>();
        List<Narasi> semua = narasi.narasi(periodeId);
        semua.stream().filter(n -> n.tahun() == tahun && n.triwulan() == null).forEach(n -> out.put(n.simpulId(), n));
        semua.stream().filter(n -> n.tahun() == tahun && n.triwulan() != null && n.triwulan() == (tahunan ? 4 : triwulan))
                .forEach(n -> out.put(n.simpulId(), n));
        return out;
    }

    /** The histories of indicators for their trend charts (each year measured to its end), in one read. */
    Map<Long, CapaianService.Riwayat> riwayat(DataKinerja data, List<Long> indikatorId) {
        return capaian.riwayat(data, indikatorId);
    }

    /** The document being assembled: the blocks in order, and the numbering of chapters, tables and figures. */
    static final class Isi {

        static final List<String> SUBREPORT = List.of("lkjip-tabel-pegawai", "lkjip-tabel-sarana", "lkjip-tabel-iku", "lkjip-tabel-target", "lkjip-tabel-pk-sasaran",
                "lkjip-tabel-pk-program", "lkjip-tabel-program", "lkjip-tabel-skala", "lkjip-tabel-capaian",
                "lkjip-tabel-capaian-program", "lkjip-tabel-efisiensi", "lkjip-tabel-anggaran", "lkjip-tabel-komponen");

        private final Lingkup l;
        private final PohonCapaian pohon;
        private final Kerangka k;
        private final DataKinerja data;
        private final int tahun;
        private final int triwulan;
        private final boolean tahunan;
        private final boolean xlsx;
        Map<String, String> bab = Map.of();
        Map<Long, Narasi> narasi = Map.of();
        IsiPk pk;
        List<UnitKerja> unit = List.of();
        List<KomposisiPegawai> pegawai = List.of();
        List<Sarana> sarana = List.of();

        private final List<Blok> isi = new ArrayList<>();
        private final List<Blok> daftarIsi = new ArrayList<>();
        private final List<Blok> daftarTabel = new ArrayList<>();
        private final List<Blok> daftarGambar = new ArrayList<>();
        private int babSekarang;
        private int nomorTabel;
        private int nomorGambar;

        Isi(Lingkup l, PohonCapaian pohon, Kerangka k, DataKinerja data, int tahun, int triwulan, boolean tahunan, boolean xlsx) {
            this.l = l;
            this.pohon = pohon;
            this.k = k;
            this.data = data;
            this.tahun = tahun;
            this.triwulan = triwulan;
            this.tahunan = tahunan;
            this.xlsx = xlsx;
        }

        String masa() {
            return tahunan ? "Tahun " + tahun : FormatIndonesia.triwulan(triwulan) + " Tahun " + tahun;
        }

        String sd() {
            return tahunan ? "Tahun " + tahun : "s.d. " + FormatIndonesia.triwulan(triwulan) + " Tahun " + tahun;
        }

        List<Blok> susun(DokumenLaporanKinerja dok) {
            babI();
            babII();
            babIII(dok);
            babIV();
            lampiran();
            if (xlsx) {
                return isi.stream().filter(b -> b.jenis().equals("JUDUL_TABEL") || b.jenis().equals("TABEL")).toList();
            }
            List<Blok> semua = new ArrayList<>();
            semua.add(Blok.sampul("LAPORAN KINERJA", tahunan ? "TAHUN " + tahun : "TRIWULAN " + ROMAWI[triwulan - 1] + " " + tahun,
                    l.instansi().toUpperCase(Locale.ROOT), l.profil().alamat(), l.logo()));
            List<Blok> depan = new ArrayList<>();
            depan.add(Blok.judulBab("KATA PENGANTAR", "KATA PENGANTAR"));
            String pengantar = bab.get("kata_pengantar");
            if (pengantar == null) {
                pengantar = "Laporan Kinerja " + masa() + " " + l.instansi() + " ini disusun sebagai wujud pertanggungjawaban atas "
                        + "pelaksanaan tugas dan fungsi serta penggunaan anggaran dalam mencapai tujuan dan sasaran strategis "
                        + "yang telah ditetapkan dalam Perjanjian Kinerja Tahun " + tahun + ".";
            }
            paragraf(depan, tanpaTandaTangan(pengantar));
            depan.add(Blok.tandatangan(l.kepala(l.tempatTanggal(l.tanggal()), null)));
            depan.add(Blok.judulBab("DAFTAR ISI", "DAFTAR ISI"));
            List<Blok> isiDaftar = new ArrayList<>();
            for (String d : new String[]{"KATA PENGANTAR", "DAFTAR ISI", "DAFTAR TABEL", "DAFTAR GAMBAR"}) {
                isiDaftar.add(Blok.daftar(d, d, 1));
            }
            isiDaftar.addAll(daftarIsi);
            depan.addAll(isiDaftar);
            depan.add(Blok.judulBab("DAFTAR TABEL", "DAFTAR TABEL"));
            depan.addAll(daftarTabel);
            depan.add(Blok.judulBab("DAFTAR GAMBAR", "DAFTAR GAMBAR"));
            if (daftarGambar.isEmpty()) {
                depan.add(Blok.paragraf("Tidak ada gambar."));
            }
            depan.addAll(daftarGambar);
            semua.addAll(depan);
            semua.addAll(isi);
            return semua;
        }

        // ---- chapters ----

        /** 002's opening: the regulations the report answers to. */
        static final String DASAR_HUKUM = "Penyusunan Laporan Kinerja Instansi Pemerintah (LKjIP) merupakan amanat Peraturan Presiden "
                + "Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) serta Peraturan Menteri "
                + "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian "
                + "Kinerja, Pelaporan Kinerja, dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah. Kedua regulasi tersebut "
                + "mewajibkan setiap instansi pemerintah menyusun laporan kinerja sebagai bentuk pertanggungjawaban atas "
                + "pelaksanaan tugas, fungsi, serta pemanfaatan anggaran yang dipercayakan kepadanya.";

        private void babI() {
            judulBab("PENDAHULUAN");
            paragraf(isi, bab.getOrDefault("dasar_hukum", DASAR_HUKUM));
            paragraf(isi, l.instansi() + " menyusun Laporan Kinerja " + masa() + " untuk memberikan gambaran tingkat pencapaian "
                    + "kinerja berdasarkan indikator dan target yang telah ditetapkan, serta sebagai sarana evaluasi capaian kinerja "
                    + "dan pemanfaatan anggaran.");
            subBab("Gambaran Umum");
            subSubBab("Struktur Organisasi Perangkat Daerah");
            strukturOrganisasi();
            subSubBab("Tugas dan Fungsi Perangkat Daerah");
            var profil = l.profil();
            if (profil.tugas() != null) {
                paragraf(isi, l.instansi() + " mempunyai tugas " + profil.tugas().strip()
                        + (profil.fungsi() == null || profil.fungsi().isEmpty() ? "." : ". Untuk melaksanakan tugas tersebut, "
                        + l.instansi() + " menyelenggarakan fungsi:"));
            } else {
                paragraf(isi, "Tugas dan fungsi " + l.instansi() + " belum diisi pada profil dinas.");
            }
            if (profil.fungsi() != null) {
                int n = 0;
                for (String f : profil.fungsi()) {
                    isi.add(Blok.butir(Teks.xml((char) ('a' + n++) + ".\u00a0" + f)));
                }
            }
            for (UnitKerja u : unit) {
                if (u.tugas() == null && u.fungsi().isEmpty()) {
                    continue;
                }
                paragraf(isi, "<style isBold=\"true\">" + Teks.xml(u.nama()) + "</style>");
                String tugas = u.tugas() == null ? "" : u.nama() + " mempunyai tugas " + u.tugas().strip().replaceAll("\\.$", "") + ". ";
                paragraf(isi, tugas + (u.fungsi().isEmpty() ? "" : "Dalam melaksanakan tugasnya, " + u.nama() + " mempunyai fungsi:"));
                int n = 0;
                for (String f : u.fungsi()) {
                    isi.add(Blok.butir(Teks.xml(++n + ".\u00a0" + f)));
                }
            }
            if (profil.visi() != null) {
                paragraf(isi, "Visi: " + profil.visi());
            }
            if (profil.misi() != null && !profil.misi().isEmpty()) {
                paragraf(isi, "Misi:");
                int n = 0;
                for (String m : profil.misi()) {
                    isi.add(Blok.butir(Teks.xml(++n + ".\u00a0" + m)));
                }
            }
            if (!pegawai.isEmpty()) {
                subSubBab("Sumber Daya Manusia (SDM) Perangkat Daerah");
                komposisiPegawai();
            }
            if (!sarana.isEmpty()) {
                subSubBab("Sumber Daya Sarana dan Prasarana");
                paragraf(isi, "Dalam menjalankan tugas dan fungsinya, " + l.instansi() + " ditunjang oleh sarana dan prasarana "
                        + "yang disajikan pada " + tabelBerikut() + ".");
                List<BarisTabel> baris = new ArrayList<>();
                int n = 0;
                for (Sarana s : sarana) {
                    baris.add(BarisTabel.dari(++n + ".", s.nama(), s.satuan(), bilangan(s.jumlah()), Teks.atauStrip(s.kondisi())));
                }
                tabel("Sarana dan Prasarana", null, "LKJIP_TABEL_SARANA", baris);
            }
            subBab("Isu Strategis");
            paragraf(isi, bab.getOrDefault("isu_strategis", "Isu strategis belum diisi untuk " + masa() + "."));
        }

        /** 002's list of the units (head and units under it numbered, their sub-units lettered) and Gambar 1.1. */
        private void strukturOrganisasi() {
            if (unit.isEmpty()) {
                paragraf(isi, "Struktur organisasi " + l.instansi() + " belum diisi pada data unit kerja.");
                return;
            }
            java.util.Set<Long> ada = new java.util.HashSet<>();
            unit.forEach(u -> ada.add(u.id()));
            List<UnitKerja> akar = unit.stream().filter(u -> u.parentId() == null || !ada.contains(u.parentId())).toList();
            paragraf(isi, "Susunan organisasi " + l.instansi() + " terdiri atas:");
            int[] nomor = {0};
            for (UnitKerja a : akar) {
                isi.add(Blok.butir(Teks.xml(++nomor[0] + ".\u00a0" + a.nama())));
                for (UnitKerja b : anak(a)) {
                    List<UnitKerja> cucu = anak(b);
                    isi.add(Blok.butir(Teks.xml(++nomor[0] + ".\u00a0" + b.nama() + (cucu.isEmpty() ? "" : ", membawahi:"))));
                    int h = 0;
                    for (UnitKerja c : cucu) {
                        isi.add(Blok.butir(Teks.xml("\u00a0\u00a0\u00a0\u00a0" + (char) ('a' + h++) + ".\u00a0" + c.nama())));
                    }
                }
            }
            BaganOrganisasi.Unit pohon = akar.size() == 1 ? bagan(akar.get(0))
                    : new BaganOrganisasi.Unit(l.instansi(), akar.stream().map(this::bagan).toList());
            paragraf(isi, "Bagan struktur organisasi " + l.instansi() + " disajikan pada " + gambarBerikut() + ".");
            if (!xlsx) {
                nomorGambar++;
                String nomor2 = "Gambar " + babSekarang + "." + nomorGambar;
                String judul = nomor2 + " Struktur Organisasi " + l.instansi();
                isi.add(Blok.bagan(new BaganOrganisasi(pohon), judul, nomor2));
                daftarGambar.add(Blok.daftar(judul, nomor2, 1));
            }
        }

        private List<UnitKerja> anak(UnitKerja u) {
            return unit.stream().filter(a -> u.id().equals(a.parentId())).toList();
        }

        private BaganOrganisasi.Unit bagan(UnitKerja u) {
            return new BaganOrganisasi.Unit(u.nama(), anak(u).stream().map(this::bagan).toList());
        }

        private String gambarBerikut() {
            return "Gambar " + babSekarang + "." + (nomorGambar + 1);
        }

        /** Tabel Komposisi Pegawai with its JUMLAH row, and 002's paragraph on it. */
        private void komposisiPegawai() {
            int total = pegawai.stream().mapToInt(KomposisiPegawai::jumlah).sum();
            paragraf(isi, "Untuk menjalankan tugas dan fungsinya, " + l.instansi() + " didukung Sumber Daya Manusia sebanyak "
                    + FormatIndonesia.angka(BigDecimal.valueOf(total), 0) + " orang, dengan komposisi pada " + tabelBerikut() + ".");
            List<BarisTabel> baris = new ArrayList<>();
            int[] j = new int[9];
            int n = 0;
            for (KomposisiPegawai p : pegawai) {
                int[] v = {p.lakiLaki(), p.perempuan(), p.pns(), p.pppk(), p.kontrak(), p.sd() + p.smp() + p.sma(), p.diploma(), p.s1(),
                        p.s2() + p.s3()};
                Object[] sel = new Object[11];
                sel[0] = ++n + ".";
                sel[1] = p.jabatan();
                for (int i = 0; i < v.length; i++) {
                    j[i] += v[i];
                    sel[i + 2] = bilangan(v[i]);
                }
                baris.add(BarisTabel.dari(sel));
            }
            Object[] jumlah = new Object[11];
            jumlah[0] = "";
            jumlah[1] = "JUMLAH";
            for (int i = 0; i < j.length; i++) {
                jumlah[i + 2] = bilangan(j[i]);
            }
            baris.add(BarisTabel.jumlah(jumlah));
            tabel("Komposisi Pegawai", null, "LKJIP_TABEL_PEGAWAI", baris);
            if (total > 0) {
                paragraf(isi, "Dari " + FormatIndonesia.angka(BigDecimal.valueOf(total), 0) + " pegawai tersebut, "
                        + orang(j[2]) + " PNS, " + orang(j[3]) + " PPPK dan " + orang(j[4]) + " tenaga kontrak; laki-laki "
                        + orang(j[0]) + " (" + persen(j[0], total) + " %) dan perempuan " + orang(j[1]) + " (" + persen(j[1], total) + " %).");
            }
        }

        private static Nilai bilangan(int v) {
            return Nilai.angka(BigDecimal.valueOf(v), 0);
        }

        private static String orang(int v) {
            return FormatIndonesia.angka(BigDecimal.valueOf(v), 0) + " orang";
        }

        private static String persen(int bagian, int total) {
            return FormatIndonesia.angka(BigDecimal.valueOf(bagian * 100L).divide(BigDecimal.valueOf(total), 2, java.math.RoundingMode.HALF_UP), 2);
        }

        private void babII() {
            judulBab("PERENCANAAN KINERJA");
            subBab("Indikator Kinerja Utama");
            paragraf(isi, "Indikator Kinerja Utama yang menjadi tanggung jawab " + l.instansi() + " disajikan pada "
                    + tabelBerikut() + ".");
            List<BarisTabel> iku = new ArrayList<>();
            List<BarisTabel> target = new ArrayList<>();
            int no = 0;
            for (SimpulCapaian s : tujuanDanSasaran()) {
                boolean pertama = true;
                for (IndikatorCapaian i : s.indikator()) {
                    Indikator teks = k.indikator(i.id());
                    no++;
                    String uraian = pertama ? uraian(s) : "";
                    iku.add(BarisTabel.dari(no, uraian, i.nama(), Teks.atauStrip(i.satuan()),
                            Teks.atauStrip(teks == null ? null : teks.formulaTeks()), Teks.atauStrip(teks == null ? null : teks.sumberData())));
                    target.add(BarisTabel.dari(no, uraian, i.nama(), Teks.atauStrip(i.satuan()),
                            Nilai.atau(i.targetTahunan(), presisi(i), "belum ditetapkan")));
                    pertama = false;
                }
            }
            tabel("Indikator Kinerja Utama " + l.instansi(), null, "LKJIP_TABEL_IKU", iku);
            subBab("Target Kinerja Tahun " + tahun);
            paragraf(isi, "Target Indikator Kinerja Utama tahun " + tahun + " yang menjadi acuan pengukuran (Perjanjian Kinerja "
                    + "Perubahan, Perjanjian Kinerja, atau rencana kerja) disajikan pada " + tabelBerikut() + ".");
            tabel("Target Indikator Kinerja Utama Tahun " + tahun, null, "LKJIP_TABEL_TARGET", target);
            subBab("Perjanjian Kinerja Tahun " + tahun);
            paragraf(isi, "Perjanjian Kinerja tahun " + tahun + (pk.ditandatangani() ? "" : " (belum ditandatangani)")
                    + " memuat sasaran, indikator dan target kinerja serta program dan anggaran yang mendukungnya, disajikan pada "
                    + tabelBerikut() + ".");
            List<BarisTabel> sasaran = new ArrayList<>();
            Map<String, Integer> nomorSasaran = new LinkedHashMap<>();
            for (IsiPk.Sasaran s : pk.sasaran()) {
                boolean baru = !nomorSasaran.containsKey(s.kodeSasaran());
                nomorSasaran.putIfAbsent(s.kodeSasaran(), nomorSasaran.size() + 1);
                int d = FormatIndonesia.desimal(s.target(), 4);
                sasaran.add(BarisTabel.dari(baru ? nomorSasaran.get(s.kodeSasaran()) + "." : "", baru ? s.sasaran() : "", s.indikator(),
                        Nilai.angka(s.target(), d), Teks.atauStrip(s.satuan())));
            }
            List<BarisTabel> program = new ArrayList<>();
            int n = 0;
            for (IsiPk.Program pr : pk.program()) {
                program.add(BarisTabel.dari(++n + ".", pr.nama(), Nilai.atau(pr.anggaran(), 0, Teks.STRIP),
                        pr.sumberDana().isEmpty() ? Teks.STRIP : String.join(", ", pr.sumberDana())));
            }
            program.add(BarisTabel.jumlah("", "JUMLAH", Nilai.atau(pk.jumlahAnggaran(), 0, Teks.STRIP), ""));
            tabel("Perjanjian Kinerja Tahun " + tahun, null, "LKJIP_TABEL_PK_SASARAN", sasaran);
            isi.add(Blok.tabel("LKJIP_TABEL_PK_PROGRAM", program));
            subBab("Program dan Kegiatan yang Mendukung IKU");
            paragraf(isi, "Program dan kegiatan yang mendukung pencapaian Indikator Kinerja Utama, dengan indikator, target "
                    + "dan anggarannya, disajikan pada " + tabelBerikut() + ".");
            List<BarisTabel> pendukung = new ArrayList<>();
            int[] nomor = {0};
            for (SimpulCapaian s : tujuanDanSasaran()) {
                if (s.tingkat() != Tingkat.SASARAN) {
                    continue;
                }
                for (SimpulCapaian pr : s.anak()) {
                    baris24(pr, pendukung, nomor, true);
                    for (SimpulCapaian kg : pr.anak()) {
                        baris24(kg, pendukung, nomor, false);
                    }
                }
            }
            tabel("Program dan Kegiatan yang Mendukung IKU Tahun " + tahun, null, "LKJIP_TABEL_PROGRAM", pendukung);
        }

        private void baris24(SimpulCapaian s, List<BarisTabel> out, int[] nomor, boolean program) {
            Nilai anggaran = Nilai.atau(s.anggaran().anggaran(), 0, Teks.STRIP);
            String no = program ? String.valueOf(++nomor[0]) : "";
            if (s.indikator().isEmpty()) {
                out.add(BarisTabel.dari(no, uraian(s), Teks.STRIP, Nilai.alasan(Teks.STRIP), anggaran));
                return;
            }
            boolean pertama = true;
            for (IndikatorCapaian i : s.indikator()) {
                out.add(BarisTabel.dari(pertama ? no : "", pertama ? uraian(s) : "", i.nama(),
                        Nilai.atau(i.targetTahunan(), presisi(i), "belum ditetapkan"), pertama ? anggaran : Nilai.alasan("")));
                pertama = false;
            }
        }

        private void babIII(DokumenLaporanKinerja dok) {
            judulBab("AKUNTABILITAS KINERJA");
            subBab("Pengukuran Kinerja");
            paragraf(isi, "Pengukuran kinerja membandingkan realisasi dengan target setiap indikator. Untuk indikator yang "
                    + "semakin tinggi realisasinya semakin baik (polaritas positif):");
            isi.add(Blok.butir("<style isBold=\"true\">Capaian = Realisasi / Target \u00d7 100 %</style>"));
            paragraf(isi, "Untuk indikator yang semakin rendah realisasinya semakin baik (polaritas negatif):");
            isi.add(Blok.butir("<style isBold=\"true\">Capaian = (Target \u2212 (Realisasi \u2212 Target)) / Target \u00d7 100 %</style>"));
            paragraf(isi, "Realisasi yang belum tersedia (misalnya menunggu data BPS) tidak dihitung sebagai 0 %: capaiannya "
                    + "\u201cbelum diketahui\u201d beserta alasannya. Capaian dinilai dengan skala pada " + tabelBerikut() + ".");
            tabel("Skala Nilai Kriteria Capaian Kinerja", null, "LKJIP_TABEL_SKALA", skala());

            subSubBab("Capaian Kinerja Tujuan dan Sasaran Strategis " + sd());
            List<IndikatorCapaian> utama = new ArrayList<>();
            List<BarisTabel> capaianUtama = tabelCapaian(utama);
            paragraf(isi, "Capaian kinerja tujuan dan sasaran strategis " + sd() + " disajikan pada " + tabelBerikut() + ".");
            tabel("Capaian Kinerja Tujuan dan Sasaran Strategis " + sd(), null, "LKJIP_TABEL_CAPAIAN", capaianUtama);
            paragraf(isi, ringkasan(utama, "indikator tujuan dan sasaran"));

            subSubBab("Capaian Kinerja Program yang Menunjang Kinerja Sasaran");
            List<IndikatorCapaian> indProgram = new ArrayList<>();
            List<BarisTabel> capaianProgram = new ArrayList<>();
            for (SimpulCapaian s : semua(Tingkat.PROGRAM)) {
                boolean pertama = true;
                for (IndikatorCapaian i : s.indikator()) {
                    indProgram.add(i);
                    capaianProgram.add(BarisTabel.dari(pertama ? uraian(s) : "", i.nama(),
                            Nilai.atau(i.targetTahunan(), presisi(i), "belum ditetapkan"),
                            Nilai.atau(i.realisasi(), presisi(i), ringkas(i.keterangan())),
                            Nilai.atau(i.capaian(), DESIMAL_CAPAIAN, "belum diketahui")));
                    pertama = false;
                }
            }
            paragraf(isi, "Capaian kinerja program " + sd() + " disajikan pada " + tabelBerikut() + ".");
            tabel("Capaian Kinerja Program yang Mendukung Sasaran Strategis " + sd(), null, "LKJIP_TABEL_CAPAIAN_PROGRAM", capaianProgram);
            paragraf(isi, ringkasan(indProgram, "indikator program"));

            subSubBab("Penyajian Data Kinerja");
            // The charts' histories, all read at once (the workbook has no charts)
            Map<Long, CapaianService.Riwayat> riwayat = xlsx ? Map.of() : dok.riwayat(data,
                    tujuanDanSasaran().stream().flatMap(s -> s.indikator().stream()).map(IndikatorCapaian::id).toList());
            for (SimpulCapaian s : tujuanDanSasaran()) {
                for (IndikatorCapaian i : s.indikator()) {
                    dataIndikator(riwayat, s, i);
                }
            }

            subBab("Analisis Capaian Kinerja");
            subSubBab("Analisis Faktor Pendukung, Faktor Penghambat dan Upaya");
            for (SimpulCapaian s : tujuanDanSasaran()) {
                Narasi n = narasi.get(s.id());
                paragraf(isi, "<style isBold=\"true\">" + Teks.xml(s.tingkat().label() + " " + s.nama()) + "</style>");
                if (n == null) {
                    paragraf(isi, "Analisis faktor pendukung, penghambat dan upaya belum diisi.");
                    continue;
                }
                analisis("Faktor pendukung", n.faktorPendukung());
                analisis("Faktor penghambat", n.faktorPenghambat());
                analisis("Upaya / solusi", n.upayaSolusi());
            }

            subSubBab("Analisis Efisiensi Sumber Daya");
            List<BarisTabel> efisiensi = new ArrayList<>();
            int no = 0;
            for (SimpulCapaian s : tujuanDanSasaran()) {
                boolean pertama = true;
                for (PohonCapaian.Efisiensi e : s.efisiensi()) {
                    Indikator ind = k.indikator(e.indikatorId());
                    efisiensi.add(BarisTabel.dari(pertama ? String.valueOf(++no) : "", pertama ? uraian(s) : "",
                            ind == null ? Teks.STRIP : ind.nama(), Nilai.atau(e.capaian(), DESIMAL_CAPAIAN, "belum diketahui"),
                            Nilai.atau(e.penyerapan(), DESIMAL_CAPAIAN, "tanpa anggaran"),
                            e.efisiensi() == null ? Nilai.alasan("belum diketahui") : selisih(e.efisiensi())));
                    pertama = false;
                }
            }
            paragraf(isi, "Efisiensi penggunaan sumber daya adalah selisih capaian kinerja dengan persentase penyerapan "
                    + "anggaran (capaian \u2212 penyerapan; selisih negatif ditulis dalam kurung), disajikan pada " + tabelBerikut() + ".");
            tabel("Efisiensi Penggunaan Sumber Daya", null, "LKJIP_TABEL_EFISIENSI", efisiensi);
            if (bab.containsKey("analisis_efisiensi")) {
                paragraf(isi, bab.get("analisis_efisiensi"));
            }

            subSubBab("Realisasi Anggaran");
            List<BarisTabel> anggaran = new ArrayList<>();
            no = 0;
            for (SimpulCapaian s : semua(Tingkat.PROGRAM)) {
                PohonCapaian.AnggaranCapaian a = s.anggaran();
                anggaran.add(BarisTabel.dari(String.valueOf(++no), s.nama(), Nilai.atau(a.anggaran(), 0, Teks.STRIP),
                        Nilai.atau(a.realisasi(), 0, "belum ada"), Nilai.atau(a.penyerapan(), DESIMAL_CAPAIAN, Teks.STRIP)));
            }
            PohonCapaian.AnggaranCapaian total = pohon.anggaran();
            anggaran.add(BarisTabel.jumlah("", "TOTAL", Nilai.atau(total.anggaran(), 0, Teks.STRIP),
                    Nilai.atau(total.realisasi(), 0, Teks.STRIP), Nilai.atau(total.penyerapan(), DESIMAL_CAPAIAN, Teks.STRIP)));
            paragraf(isi, "Realisasi anggaran per program " + sd() + " disajikan pada " + tabelBerikut() + ".");
            tabel("Realisasi Anggaran " + tahun + (tahunan ? "" : " (s.d. " + FormatIndonesia.triwulan(triwulan) + ")"), null,
                    "LKJIP_TABEL_ANGGARAN", anggaran);
        }

        /** A penutup text shorter than this says too little to stand for the chapter's summary: the generated one follows. */
        static final int PENUTUP_TIPIS = 400;

        /**
         * 002's Bab IV: the closing text (chapter text {@code penutup}, else one naming the tujuan and the number of
         * sasaran), the capaian table again, the summary per tujuan and sasaran (generated when the text is absent or
         * thin), then the tindak lanjut (chapter text {@code tindak_lanjut}, else the upaya of every tujuan/sasaran
         * below 100 % from the narratives, and the indicators still waiting for their data).
         */
        private void babIV() {
            judulBab("PENUTUP");
            List<IndikatorCapaian> utama = new ArrayList<>();
            List<BarisTabel> capaianUtama = tabelCapaian(utama);
            subBab("Kesimpulan");
            String penutup = bab.get("penutup");
            paragraf(isi, penutup != null ? penutup : pembukaPenutup());
            paragraf(isi, ringkasan(utama, "indikator tujuan dan sasaran") + " Rinciannya disajikan kembali pada " + tabelBerikut() + ".");
            tabel("Capaian Kinerja Tujuan dan Sasaran Strategis " + sd(), null, "LKJIP_TABEL_CAPAIAN", capaianUtama);
            if (penutup == null || penutup.strip().length() < PENUTUP_TIPIS) {
                kesimpulan();
            }
            subBab("Tindak Lanjut");
            String tindakLanjut = bab.get("tindak_lanjut");
            if (tindakLanjut != null) {
                paragraf(isi, tindakLanjut);
            } else {
                tindakLanjut();
            }
        }

        private String pembukaPenutup() {
            List<String> tujuan = pohon.tujuan().stream().map(SimpulCapaian::nama).toList();
            long sasaran = tujuanDanSasaran().stream().filter(s -> s.tingkat() == Tingkat.SASARAN).count();
            String daftar = tujuan.size() <= 1 ? String.join("", tujuan)
                    : String.join(", ", tujuan.subList(0, tujuan.size() - 1)) + " dan " + tujuan.getLast();
            return "Berdasarkan analisis capaian kinerja " + l.instansi() + " " + sd() + ", "
                    + (tujuan.isEmpty() ? "tujuan rencana strategis belum ditetapkan." : "tujuan rencana strategis " + l.instansi()
                    + " pada tahun " + tahun + " adalah " + daftar + ". Untuk mewujudkan tujuan tersebut, " + l.instansi()
                    + " menetapkan " + sasaran + " sasaran kinerja.");
        }

        /** The summary under the table, as 002 writes it: each tujuan indicator, then the sasaran counted with their names. */
        private void kesimpulan() {
            paragraf(isi, "Berdasarkan hasil pengukuran kinerja pada Tabel " + babSekarang + "." + nomorTabel + " dapat diketahui:");
            List<String> tujuan = new ArrayList<>();
            List<String> capai = new ArrayList<>();
            List<String> belum = new ArrayList<>();
            List<String> tidak = new ArrayList<>();
            for (SimpulCapaian s : tujuanDanSasaran()) {
                for (IndikatorCapaian i : s.indikator()) {
                    if (s.tingkat() == Tingkat.TUJUAN) {
                        tujuan.add("Indikator kinerja tujuan " + s.nama() + " dengan indikator " + i.nama() + " " + hasil(i));
                    } else if (i.capaian() == null) {
                        tidak.add(s.nama() + " (" + ringkas(i.keterangan()) + ")");
                    } else if (i.capaian().compareTo(SERATUS) >= 0) {
                        capai.add(s.nama() + " sebesar " + FormatIndonesia.persen(i.capaian(), DESIMAL_CAPAIAN));
                    } else {
                        belum.add(s.nama() + " dengan realisasi " + angka(i.realisasi(), presisi(i))
                                + (i.satuan() == null ? "" : " " + i.satuan()) + " sehingga capaiannya "
                                + FormatIndonesia.persen(i.capaian(), DESIMAL_CAPAIAN));
                    }
                }
            }
            if (!tujuan.isEmpty()) {
                paragraf(isi, "<style isBold=\"true\">Tujuan:</style>");
                int n = 0;
                for (String t : tujuan) {
                    isi.add(Blok.butir(Teks.xml(++n + ".\u00a0" + t)));
                }
            }
            paragraf(isi, "<style isBold=\"true\">Sasaran Strategis:</style>");
            isi.add(Blok.butir(Teks.xml("1.\u00a0Indikator kinerja dengan capaian \u2265 100 % sebanyak " + capai.size() + " indikator"
                    + yaitu(capai))));
            isi.add(Blok.butir(Teks.xml("2.\u00a0Indikator kinerja dengan capaian di bawah 100 % sebanyak " + belum.size() + " indikator"
                    + yaitu(belum))));
            isi.add(Blok.butir(Teks.xml("3.\u00a0Indikator kinerja yang belum dapat diperoleh hasil pengukurannya sebanyak "
                    + tidak.size() + " indikator" + yaitu(tidak))));
        }

        private String hasil(IndikatorCapaian i) {
            String satuan = i.satuan() == null ? "" : " " + i.satuan();
            if (i.realisasi() == null) {
                return "belum diketahui realisasinya (" + ringkas(i.keterangan()) + ").";
            }
            return "terealisasi sebesar " + angka(i.realisasi(), presisi(i)) + satuan
                    + (i.capaian() == null ? "; capaian belum diketahui (" + ringkas(i.keterangan()) + ")."
                    : " dengan capaian kinerja " + FormatIndonesia.persen(i.capaian(), DESIMAL_CAPAIAN)
                    + (i.kategori() == null ? "" : " (" + i.kategori() + ")") + ".");
        }

        private static String yaitu(List<String> nama) {
            return nama.isEmpty() ? "." : ", yaitu sasaran " + String.join("; ", nama) + ".";
        }

        /** Generated tindak lanjut: the upaya of each tujuan/sasaran with an indicator below 100 %, then the ones awaiting data. */
        private void tindakLanjut() {
            paragraf(isi, "Berdasarkan hasil kinerja yang telah dicapai " + sd() + ", tindak lanjut dan upaya yang dapat "
                    + "dilaksanakan untuk mempertahankan dan/atau meningkatkan kinerja adalah sebagai berikut:");
            List<String> menunggu = new ArrayList<>();
            int ada = 0;
            for (SimpulCapaian s : tujuanDanSasaran()) {
                List<IndikatorCapaian> kurang = s.indikator().stream()
                        .filter(i -> i.capaian() != null && i.capaian().compareTo(SERATUS) < 0).toList();
                s.indikator().stream().filter(i -> i.capaian() == null).forEach(i -> menunggu.add(i.nama()));
                if (kurang.isEmpty()) {
                    continue;
                }
                ada++;
                String capaian = String.join(", ", kurang.stream().map(i -> i.nama() + " "
                        + FormatIndonesia.persen(i.capaian(), DESIMAL_CAPAIAN)).toList());
                paragraf(isi, "<style isBold=\"true\">" + Teks.xml(s.tingkat().label() + " " + s.nama()) + "</style> ("
                        + Teks.xml(capaian) + "):");
                Narasi n = narasi.get(s.id());
                if (n == null || n.upayaSolusi() == null || n.upayaSolusi().isBlank()) {
                    isi.add(Blok.butir(Teks.xml("Upaya peningkatan capaian belum diisi pada analisis Bab III; perlu ditetapkan "
                            + "bersama penanggung jawab " + s.tingkat().label().toLowerCase(Locale.ROOT) + " ini.")));
                } else {
                    for (String baris : n.upayaSolusi().split("\\n")) {
                        if (!baris.isBlank()) {
                            isi.add(Blok.butir(Teks.xml(baris.strip())));
                        }
                    }
                }
            }
            if (ada == 0) {
                paragraf(isi, menunggu.isEmpty() && !tujuanDanSasaran().isEmpty()
                        ? "Seluruh indikator tujuan dan sasaran telah mencapai target; kinerja tersebut dipertahankan pada periode berikutnya."
                        : "Tidak ada indikator tujuan dan sasaran yang terukur di bawah 100 %.");
            }
            if (!menunggu.isEmpty()) {
                paragraf(isi, "Realisasi indikator " + String.join(", ", menunggu) + " belum tersedia: pengumpulan datanya "
                        + "dipantau, dan capaiannya dilaporkan segera setelah data tersedia.");
            }
        }

        private void lampiran() {
            isi.add(Blok.judulBab("LAMPIRAN", "LAMPIRAN"));
            daftarIsi.add(Blok.daftar("LAMPIRAN", "LAMPIRAN", 1));
            isi.add(Blok.butir("1.\u00a0Perjanjian Kinerja Tahun " + tahun + " beserta lampirannya"));
            isi.add(Blok.butir("2.\u00a0Matrik Tujuan, Sasaran, Program, Kegiatan dan Sub Kegiatan (Renja) Tahun " + tahun));
        }

        // ---- per indicator (3.1.3) ----

        private void dataIndikator(Map<Long, CapaianService.Riwayat> riwayat, SimpulCapaian s, IndikatorCapaian i) {
            isi.add(Blok.paragraf("<style isBold=\"true\">" + Teks.xml(s.tingkat().label() + " " + s.kode() + ": " + s.nama())
                    + "</style>\nIndikator: " + Teks.xml(i.nama()) + (i.satuan() == null ? "" : " (" + Teks.xml(i.satuan()) + ")")));
            String satuan = i.satuan() == null ? "" : " " + i.satuan();
            String target = i.targetTahunan() == null ? "belum ditetapkan" : angka(i.targetTahunan(), presisi(i)) + satuan;
            if (i.realisasi() == null) {
                paragraf(isi, "Realisasi " + sd() + " belum diketahui (" + ringkas(i.keterangan()) + "); target tahun " + tahun
                        + " sebesar " + target + ". Capaian belum diketahui, bukan 0 %.");
            } else {
                paragraf(isi, "Realisasi " + sd() + " sebesar " + angka(i.realisasi(), presisi(i)) + satuan + " dari target "
                        + target + (i.capaian() == null ? "; capaian belum diketahui (" + ringkas(i.keterangan()) + ")."
                        : ", sehingga capaian kinerja sebesar " + FormatIndonesia.persen(i.capaian(), DESIMAL_CAPAIAN)
                        + (i.kategori() == null ? "" : " (" + i.kategori() + ")") + "."));
                if (i.capaianKumulatif() != null && i.targetKumulatif() != null) {
                    paragraf(isi, "Terhadap target Rencana Aksi sampai " + FormatIndonesia.triwulan(triwulan) + " sebesar "
                            + angka(i.targetKumulatif(), presisi(i)) + satuan + ", capaian kumulatif sebesar "
                            + FormatIndonesia.persen(i.capaianKumulatif(), DESIMAL_CAPAIAN)
                            + (i.keteranganKumulatif() == null ? "" : " (" + i.keteranganKumulatif() + ")") + ".");
                } else if (i.keteranganKumulatif() != null) {
                    paragraf(isi, "Capaian kumulatif terhadap target Rencana Aksi belum dapat dihitung: " + i.keteranganKumulatif() + ".");
                }
            }
            for (TriwulanCapaian t : i.triwulan()) {
                if (t.triwulan() <= triwulan && t.status() != null && t.status() != StatusRealisasi.TERSEDIA) {
                    paragraf(isi, "Realisasi " + FormatIndonesia.triwulan(t.triwulan()) + " belum tersedia: "
                            + (t.alasan() == null ? Teks.STRIP : t.alasan()) + ".");
                }
            }
            perhitungan(i);
            if (xlsx) {
                return;
            }
            List<GrafikTren.Titik> titik = new ArrayList<>();
            CapaianService.Riwayat r = riwayat.get(i.id()); // absent: a snapshot's indicator since removed
            for (CapaianService.Riwayat.Tahun t : r == null ? List.<CapaianService.Riwayat.Tahun>of() : r.tahun()) {
                if (t.tahun() == tahun) {
                    titik.add(new GrafikTren.Titik(tahun, i.targetTahunan(), i.realisasi()));
                } else if (t.tahun() < tahun) {
                    titik.add(new GrafikTren.Titik(t.tahun(), t.capaian().targetTahunan(), t.capaian().realisasi()));
                }
            }
            if (titik.stream().noneMatch(t -> t.tahun() == tahun)) {
                titik.add(new GrafikTren.Titik(tahun, i.targetTahunan(), i.realisasi()));
            }
            titik.sort(Comparator.comparingInt(GrafikTren.Titik::tahun));
            String rentang = titik.getFirst().tahun() == titik.getLast().tahun() ? String.valueOf(tahun)
                    : titik.getFirst().tahun() + "\u2013" + titik.getLast().tahun();
            gambar(GrafikTren.gambar(null, i.satuan(), titik), i.nama() + " " + rentang
                    + (i.realisasi() == null ? " (realisasi " + tahun + " belum diketahui)" : ""));
        }

        /** The worked calculation: the components of year N (and N−1), the formula with the numbers, then capaian. */
        private void perhitungan(IndikatorCapaian i) {
            Indikator ind = k.indikator(i.id());
            List<Komponen> komponen = data.komponen().stream().filter(c -> c.indikatorId() == i.id())
                    .sorted(Comparator.comparingInt(Komponen::urutan)).toList();
            if (ind != null && ind.formula() != null && !komponen.isEmpty()) {
                Map<String, BigDecimal> sekarang = komponenTahunIni(i);
                Map<String, BigDecimal> lalu = komponenTahun(i.id(), tahun - 1);
                List<BarisTabel> baris = new ArrayList<>();
                for (Komponen c : komponen) {
                    baris.add(BarisTabel.dari(c.label() + (c.satuan() == null ? "" : " (" + c.satuan() + ")"),
                            nilaiKomponen(sekarang.get(c.nama())), nilaiKomponen(lalu.get(c.nama()))));
                }
                paragraf(isi, "Perhitungan: " + Teks.xml(ind.formulaTeks() == null ? ind.formula() : ind.formulaTeks()));
                tabel("Komponen Perhitungan " + i.nama(), null, "LKJIP_TABEL_KOMPONEN", baris);
                String isian = isiRumus(ind.formula(), sekarang, lalu);
                paragraf(isi, "Realisasi = " + Teks.xml(isian) + " = "
                        + (i.realisasi() == null ? "belum diketahui (" + Teks.xml(ringkas(i.keterangan())) + ")" : angka(i.realisasi(), presisi(i))));
            }
            if (i.realisasi() != null && i.targetTahunan() != null && i.capaian() != null) {
                String r = angka(i.realisasi(), presisi(i));
                String t = angka(i.targetTahunan(), presisi(i));
                String rumus = i.polaritas() == Polaritas.NEGATIF ? "(" + t + " \u2212 (" + r + " \u2212 " + t + ")) / " + t + " \u00d7 100"
                        : r + " / " + t + " \u00d7 100";
                paragraf(isi, "Capaian = " + rumus + " = " + FormatIndonesia.persen(i.capaian(), DESIMAL_CAPAIAN));
            }
        }

        /** The components of the latest quarter so far that has them (the state of the data the year's value is from). */
        private Map<String, BigDecimal> komponenTahunIni(IndikatorCapaian i) {
            for (int q = Math.min(triwulan, i.triwulan().size()); q >= 1; q--) {
                TriwulanCapaian t = i.triwulan().get(q - 1);
                if (t.komponen() != null && !t.komponen().isEmpty()) {
                    return t.komponen();
                }
            }
            return komponenTahun(i.id(), tahun);
        }

        /** The components recorded for a year: its own figure, else its latest quarter. */
        private Map<String, BigDecimal> komponenTahun(long indikatorId, int th) {
            Realisasi pilih = null;
            for (Realisasi r : data.realisasi()) {
                if (r.indikatorId() != indikatorId || r.tahun() != th || r.status() != StatusRealisasi.TERSEDIA) {
                    continue;
                }
                if (pilih == null || r.triwulan() == null || pilih.triwulan() != null && r.triwulan() > pilih.triwulan()) {
                    if (pilih == null || pilih.triwulan() != null) {
                        pilih = r;
                    }
                }
            }
            Map<String, BigDecimal> out = new HashMap<>();
            if (pilih != null) {
                long id = Objects.requireNonNull(pilih.id());
                for (RealisasiKomponen rk : data.nilaiKomponen()) {
                    if (rk.realisasiId() == id) {
                        out.put(rk.nama(), rk.nilai());
                    }
                }
            }
            return out;
        }

        private static final Pattern NAMA = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(\\[\\s*N\\s*(-\\s*1)?\\s*])?");

        /** The formula with each component replaced by its value ({@code x[N-1]} by last year's), {@code *} as ×. */
        static String isiRumus(String formula, Map<String, BigDecimal> sekarang, Map<String, BigDecimal> lalu) {
            Matcher m = NAMA.matcher(formula);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String nama = m.group(1);
                boolean tahunLalu = m.group(3) != null;
                Map<String, BigDecimal> sumber = tahunLalu ? lalu : sekarang;
                String ganti;
                if (sumber.containsKey(nama)) {
                    BigDecimal v = sumber.get(nama);
                    ganti = FormatIndonesia.angka(v, FormatIndonesia.desimal(v, 2));
                } else if (sekarang.containsKey(nama) || lalu.containsKey(nama) || m.group(2) != null) {
                    ganti = "?";
                } else {
                    ganti = m.group(0);
                }
                m.appendReplacement(out, Matcher.quoteReplacement(ganti));
            }
            m.appendTail(out);
            return out.toString().replace("*", "\u00d7").replaceAll("\\s+", " ").strip();
        }

        private static Nilai nilaiKomponen(@Nullable BigDecimal v) {
            return v == null ? Nilai.alasan("belum ada") : Nilai.angka(v, FormatIndonesia.desimal(v, 2));
        }

        private void analisis(String label, @Nullable String teks) {
            paragraf(isi, "<style isItalic=\"true\">" + label + ":</style>");
            if (teks == null || teks.isBlank()) {
                isi.add(Blok.butir(Teks.STRIP));
                return;
            }
            for (String baris : teks.split("\\n")) {
                if (!baris.isBlank()) {
                    isi.add(Blok.butir(Teks.xml(baris.strip())));
                }
            }
        }

        // ---- tables shared by Bab III and IV ----

        private List<BarisTabel> tabelCapaian(List<IndikatorCapaian> indikator) {
            List<BarisTabel> out = new ArrayList<>();
            for (SimpulCapaian s : tujuanDanSasaran()) {
                boolean pertama = true;
                for (IndikatorCapaian i : s.indikator()) {
                    indikator.add(i);
                    Object[] sel = new Object[11];
                    sel[0] = pertama ? uraian(s) : "";
                    sel[1] = i.nama() + (i.satuan() == null ? "" : " (" + i.satuan() + ")");
                    sel[2] = Nilai.atau(i.targetTahunan(), presisi(i), "belum ditetapkan");
                    for (int q = 1; q <= 4; q++) {
                        TriwulanCapaian t = q <= i.triwulan().size() ? i.triwulan().get(q - 1) : null;
                        sel[2 + q] = q > triwulan ? Nilai.diLuar() : realisasiTriwulan(t, presisi(i));
                    }
                    sel[7] = Nilai.atau(i.realisasi(), presisi(i), ringkas(i.keterangan()));
                    sel[8] = Nilai.atau(i.capaian(), DESIMAL_CAPAIAN, "belum diketahui");
                    sel[9] = capaianKumulatif(i);
                    sel[10] = i.kategori() == null ? Teks.STRIP : i.kategori();
                    out.add(BarisTabel.dari(sel));
                    pertama = false;
                }
            }
            return out;
        }

        /**
         * Capaian against the Rencana Aksi target up to the quarter (the quarterly targets of the quarters whose
         * realisation is known): exact, or why there is none, shortened to fit the narrow cell (3.1.3 gives it in full).
         */
        private static Nilai capaianKumulatif(IndikatorCapaian i) {
            if (i.capaianKumulatif() != null) {
                return Nilai.atau(i.capaianKumulatif(), DESIMAL_CAPAIAN, "belum diketahui");
            }
            String alasan = i.realisasi() == null || i.keteranganKumulatif() == null ? "belum diketahui"
                    : i.keteranganKumulatif().replace("target triwulan", "target TW").replace("belum ditetapkan", "belum ada");
            return Nilai.alasan(alasan.length() > 40 ? "belum diketahui" : alasan);
        }

        private static Nilai realisasiTriwulan(@Nullable TriwulanCapaian c, int presisi) {
            if (c == null || c.status() == null) {
                return Nilai.alasan(Teks.STRIP);
            }
            if (c.status() != StatusRealisasi.TERSEDIA) {
                // The cell is narrow: a long reason is given in full in 3.1.3.
                return Nilai.alasan(c.alasan() == null || c.alasan().length() > 14 ? "belum tersedia" : c.alasan());
            }
            return Nilai.atau(c.realisasi(), presisi, Teks.STRIP);
        }

        private String ringkasan(List<IndikatorCapaian> indikator, String apa) {
            int capai = 0;
            int belum = 0;
            int tidak = 0;
            for (IndikatorCapaian i : indikator) {
                if (i.capaian() == null) {
                    tidak++;
                } else if (i.capaian().compareTo(SERATUS) >= 0) {
                    capai++;
                } else {
                    belum++;
                }
            }
            return "Dari " + indikator.size() + " " + apa + ", " + capai + " indikator mencapai target (capaian \u2265 100 %), "
                    + belum + " indikator belum mencapai target (capaian < 100 %), dan " + tidak
                    + " indikator belum dapat diukur (realisasi belum tersedia).";
        }

        private List<BarisTabel> skala() {
            List<KategoriSkala> urut = new ArrayList<>(pohon.skala());
            urut.sort(Comparator.comparing(KategoriSkala::batasBawah, Comparator.nullsLast(Comparator.reverseOrder())));
            List<BarisTabel> out = new ArrayList<>();
            BigDecimal atas = null;
            for (KategoriSkala s : urut) {
                String rentang;
                if (s.batasBawah() == null) {
                    rentang = atas == null ? "semua" : "\u2264 " + angka(atas, 2);
                } else {
                    rentang = "> " + angka(s.batasBawah(), 2) + (atas == null ? "" : " \u2013 " + angka(atas, 2));
                }
                out.add(BarisTabel.dari(out.size() + 1, rentang, s.label()));
                if (s.batasBawah() != null) {
                    atas = s.batasBawah();
                }
            }
            return out;
        }

        // ---- numbering and blocks ----

        private void judulBab(String judul) {
            babSekarang++;
            nomorTabel = 0;
            nomorGambar = 0;
            String nomor = "BAB " + ROMAWI[babSekarang - 1];
            String kunci = nomor + " " + judul; // Jasper titles a bookmark with its anchor's name
            isi.add(Blok.judulBab(nomor + "\n" + judul, kunci));
            daftarIsi.add(Blok.daftar(nomor + ". " + judul, kunci, 1));
            subBab = 0;
        }

        private int subBab;
        private int subSubBab;

        private void subBab(String judul) {
            subBab++;
            subSubBab = 0;
            String nomor = babSekarang + "." + subBab;
            isi.add(Blok.subBab(nomor + ". " + judul, nomor + ". " + judul));
            daftarIsi.add(Blok.daftar(nomor + ". " + judul, nomor + ". " + judul, 2));
        }

        private void subSubBab(String judul) {
            subSubBab++;
            String nomor = babSekarang + "." + subBab + "." + subSubBab;
            isi.add(Blok.subSubBab(nomor + ". " + judul, nomor + ". " + judul));
            daftarIsi.add(Blok.daftar(nomor + ". " + judul, nomor + ". " + judul, 3));
        }

        /** The number the next table will get ("Tabel 2.1"), for the text introducing it. */
        private String tabelBerikut() {
            return "Tabel " + babSekarang + "." + (nomorTabel + 1);
        }

        private void tabel(String judul, @Nullable String keterangan, String templat, List<BarisTabel> baris) {
            nomorTabel++;
            String nomor = "Tabel " + babSekarang + "." + nomorTabel;
            isi.add(Blok.judulTabel(nomor + " " + judul, keterangan, nomor));
            isi.add(Blok.tabel(templat, baris));
            daftarTabel.add(Blok.daftar(nomor + " " + judul, nomor, 1));
        }

        private void gambar(Object gambar, String judul) {
            nomorGambar++;
            String nomor = "Gambar " + babSekarang + "." + nomorGambar;
            isi.add(Blok.gambar(gambar, nomor + " " + judul, nomor));
            daftarGambar.add(Blok.daftar(nomor + " " + judul, nomor, 1));
        }

        /** Chapter text: one paragraph block per paragraph, escaped; a line starting with a number or dash is a list item. */
        private static void paragraf(List<Blok> ke, String teks) {
            for (String p : teks.split("\\n\\s*\\n")) {
                String bersih = p.strip();
                if (bersih.isEmpty()) {
                    continue;
                }
                if (bersih.startsWith("<style")) {
                    ke.add(Blok.paragraf(bersih));
                    continue;
                }
                String[] baris = bersih.split("\\n");
                StringBuilder biasa = new StringBuilder();
                for (String b : baris) {
                    String s = b.strip();
                    if (s.matches("^(\\d+[.)]|[a-z][.)]|[-\u2022])\\s.*")) {
                        if (!biasa.isEmpty()) {
                            ke.add(Blok.paragraf(Teks.xml(biasa.toString().strip())));
                            biasa.setLength(0);
                        }
                        ke.add(Blok.butir(Teks.xml(s)));
                    } else {
                        biasa.append(s).append(' ');
                    }
                }
                if (!biasa.isEmpty()) {
                    ke.add(Blok.paragraf(Teks.xml(biasa.toString().strip())));
                }
            }
        }

        // ---- helpers ----

        private static final Pattern TEMPAT_TANGGAL = Pattern.compile("(?m)^\\s*[A-Z][\\p{L} .]*, \\d{1,2} \\p{L}+ \\d{4}\\s*$");

        /**
         * A chapter text typed with its own signature at the end (place and date, position, name, NIP: 002's kata
         * pengantar as transcribed) loses it: the document prints the signature block itself.
         */
        static String tanpaTandaTangan(String teks) {
            Matcher m = TEMPAT_TANGGAL.matcher(teks);
            int awal = -1;
            while (m.find()) {
                awal = m.start();
            }
            return awal > 0 && teks.substring(awal).contains("NIP") ? teks.substring(0, awal).strip() : teks;
        }

        private List<SimpulCapaian> tujuanDanSasaran() {
            List<SimpulCapaian> out = new ArrayList<>();
            for (SimpulCapaian t : pohon.tujuan()) {
                out.add(t);
                t.anak().stream().filter(s -> s.tingkat() == Tingkat.SASARAN).forEach(out::add);
            }
            return out;
        }

        private List<SimpulCapaian> semua(Tingkat tingkat) {
            List<SimpulCapaian> out = new ArrayList<>();
            kumpulkan(pohon.tujuan(), tingkat, out);
            return out;
        }

        private static void kumpulkan(List<SimpulCapaian> simpul, Tingkat tingkat, List<SimpulCapaian> out) {
            for (SimpulCapaian s : simpul) {
                if (s.tingkat() == tingkat) {
                    out.add(s);
                } else {
                    kumpulkan(s.anak(), tingkat, out);
                }
            }
        }

        private int presisi(IndikatorCapaian i) {
            Indikator teks = k.indikator(i.id());
            return teks == null ? i.presisi() : teks.presisi();
        }

        private static String uraian(SimpulCapaian s) {
            return "<style isBold=\"true\">" + Teks.xml(s.tingkat().label() + " " + s.kode()) + "</style>\n" + Teks.xml(s.nama());
        }

        private static String angka(BigDecimal v, int desimal) {
            return FormatIndonesia.angka(v, desimal);
        }

        /** A difference printed with negatives in parentheses: −10,27 → (10,27). */
        private static Nilai selisih(BigDecimal v) {
            return new Nilai(FormatIndonesia.bulat(v, DESIMAL_CAPAIAN), "#,##0.00;(#,##0.00)", "", false);
        }

        private static String ringkas(@Nullable String keterangan) {
            if (keterangan == null) {
                return Teks.STRIP;
            }
            return keterangan.startsWith("belum diketahui: ") ? keterangan.substring("belum diketahui: ".length()) : keterangan;
        }
    }
}
