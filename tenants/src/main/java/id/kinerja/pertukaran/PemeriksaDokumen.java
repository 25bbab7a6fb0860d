package id.kinerja.pertukaran;

import id.kinerja.pertukaran.Dokumen.Node;
import id.kinerja.renstra.Tingkat;
import id.kinerja.rumus.Rumus;
import id.kinerja.rumus.RumusTidakValidException;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static id.kinerja.common.Teks.daftar;

/**
 * The rules of the domain a document must keep beyond its schema, checked all at once so that one answer lists
 * every problem: formulas and their components, duplicate targets and realisations, the levels of the tree,
 * references of narratives, the order of the scale.
 */
final class PemeriksaDokumen {

    private final List<Galat> galat = new ArrayList<>();

    private PemeriksaDokumen() {
    }

    static List<Galat> periksa(Dokumen d) {
        PemeriksaDokumen p = new PemeriksaDokumen();
        p.dokumen(d);
        return List.copyOf(p.galat);
    }

    private void dokumen(Dokumen d) {
        if (!Dokumen.FORMAT.equals(d.format()) || d.formatVersion() != Dokumen.VERSION) {
            tambah("format", "bukan dokumen kinerja-exchange versi " + Dokumen.VERSION);
        }
        List<Dokumen.Period> periods = daftar(d.periods());
        for (int i = 0; i < periods.size(); i++) {
            periode(periods.get(i), "periods[" + i + "]");
        }
        skala(daftar(d.scale()));
    }

    private void periode(Dokumen.Period p, String di) {
        if (p.startYear() != null && p.endYear() != null && p.endYear() < p.startYear()) {
            tambah(di + ".endYear", "tidak boleh sebelum tahun awal " + p.startYear());
        }
        Map<String, Integer> kode = new HashMap<>();
        List<Node> tujuan = daftar(p.tujuan());
        for (int i = 0; i < tujuan.size(); i++) {
            simpul(tujuan.get(i), Tingkat.TUJUAN, di + ".tujuan[" + i + "]", kode);
        }
        List<Dokumen.Narrative> narratives = daftar(p.narratives());
        Set<String> narasi = new HashSet<>();
        for (int i = 0; i < narratives.size(); i++) {
            Dokumen.Narrative n = narratives.get(i);
            String at = di + ".narratives[" + i + "]";
            Integer berapa = kode.get(n.level().toUpperCase(Locale.ROOT) + "/" + n.code());
            if (berapa == null) {
                tambah(at + ".code", n.level() + " dengan kode '" + n.code() + "' tidak ada di periode ini");
            } else if (berapa > 1) {
                tambah(at + ".code", "kode '" + n.code() + "' dipakai " + berapa + " " + n.level() + "; narasi tidak tahu yang mana");
            }
            if (!narasi.add(n.level() + "/" + n.code() + "/" + n.year() + "/" + n.quarter())) {
                tambah(at, "narasi yang sama muncul dua kali");
            }
        }
        Set<String> bab = new HashSet<>();
        List<Dokumen.Chapter> chapters = daftar(p.chapters());
        for (int i = 0; i < chapters.size(); i++) {
            Dokumen.Chapter c = chapters.get(i);
            if (!bab.add(c.key() + "/" + c.year() + "/" + c.quarter())) {
                tambah(di + ".chapters[" + i + "]", "bab '" + c.key() + "' tahun " + c.year() + " muncul dua kali");
            }
        }
    }

    private void simpul(Node n, Tingkat tingkat, String di, Map<String, Integer> kode) {
        kode.merge(tingkat.name() + "/" + n.code(), 1, Integer::sum);
        anakSalahTingkat(n, tingkat, di);
        List<Dokumen.Indicator> indicators = daftar(n.indicators());
        for (int i = 0; i < indicators.size(); i++) {
            indikator(indicators.get(i), di + ".indicators[" + i + "]");
        }
        List<Dokumen.Budget> budgets = daftar(n.budgets());
        if (!budgets.isEmpty() && tingkat.ordinal() < Tingkat.PROGRAM.ordinal()) {
            tambah(di + ".budgets", "anggaran dicatat pada program, kegiatan atau sub kegiatan, bukan " + tingkat.label().toLowerCase());
        }
        Set<String> serapan = new HashSet<>();
        for (int i = 0; i < budgets.size(); i++) {
            Dokumen.Budget b = budgets.get(i);
            if (b.anggaran() != null && b.anggaran().stripTrailingZeros().scale() > 2) {
                tambah(di + ".budgets[" + i + "].anggaran", "rupiah dengan paling banyak 2 angka sen");
            }
            for (Dokumen.BudgetRealisation r : daftar(b.realisasi())) {
                if (!serapan.add(b.year() + "/" + r.quarter())) {
                    tambah(di + ".budgets[" + i + "].realisasi", "realisasi anggaran tahun " + b.year() + " triwulan "
                            + r.quarter() + " muncul dua kali");
                }
            }
        }
        Tingkat bawah = tingkat.bawah();
        List<Node> children = PohonDokumen.anak(n, tingkat);
        for (int i = 0; i < children.size(); i++) {
            simpul(children.get(i), bawah, di + "." + PohonDokumen.medanAnak(tingkat) + "[" + i + "]", kode);
        }
    }

    private void indikator(Dokumen.Indicator d, String di) {
        Set<String> komponen = new HashSet<>();
        List<Dokumen.Component> components = daftar(d.components());
        for (int i = 0; i < components.size(); i++) {
            String nama = components.get(i).name();
            try {
                Rumus.periksaNamaKomponen(nama);
            } catch (RumusTidakValidException e) {
                tambah(di + ".components[" + i + "].name", e.getMessage());
            }
            if (!komponen.add(nama)) {
                tambah(di + ".components[" + i + "].name", "nama komponen '" + nama + "' ganda");
            }
        }
        if (d.formula() != null && !d.formula().isBlank()) {
            try {
                Rumus.parse(d.formula(), komponen);
            } catch (RumusTidakValidException e) {
                tambah(di + ".formula", e.getMessage());
            }
        }
        Set<String> target = new HashSet<>();
        List<Dokumen.TargetValue> targets = daftar(d.targets());
        for (int i = 0; i < targets.size(); i++) {
            if (!target.add(targets.get(i).year() + "/" + targets.get(i).kind())) {
                tambah(di + ".targets[" + i + "]", "target " + targets.get(i).kind() + " tahun " + targets.get(i).year() + " ganda");
            }
            angka(targets.get(i).value(), di + ".targets[" + i + "].value");
        }
        List<Dokumen.QuarterTarget> tw = daftar(d.quarterlyTargets());
        for (int i = 0; i < tw.size(); i++) {
            if (!target.add(tw.get(i).year() + "/TW" + tw.get(i).quarter())) {
                tambah(di + ".quarterlyTargets[" + i + "]", "target triwulan " + tw.get(i).quarter() + " tahun " + tw.get(i).year() + " ganda");
            }
            angka(tw.get(i).value(), di + ".quarterlyTargets[" + i + "].value");
        }
        Set<String> periode = new HashSet<>();
        List<Dokumen.Realisation> realisations = daftar(d.realisations());
        for (int i = 0; i < realisations.size(); i++) {
            Dokumen.Realisation r = realisations.get(i);
            String at = di + ".realisations[" + i + "]";
            if (!periode.add(r.year() + "/" + r.quarter())) {
                tambah(at, "realisasi tahun " + r.year() + (r.quarter() == null ? "" : " triwulan " + r.quarter()) + " ganda");
            }
            realisasi(r.value(), r.components(), KodeDokumen.BELUM_TERSEDIA.equals(r.status()), r.alasan(), komponen, at);
        }
        List<Dokumen.History> history = daftar(d.history());
        for (int i = 0; i < history.size(); i++) {
            Dokumen.History h = history.get(i);
            String at = di + ".history[" + i + "]";
            if (!periode.add(h.year() + "/null")) {
                tambah(at, "nilai tahun " + h.year() + " ganda");
            }
            realisasi(h.value(), h.components(), false, null, komponen, at);
        }
    }

    private void realisasi(@Nullable BigDecimal nilai, @Nullable Map<String, BigDecimal> komponen, boolean belum,
                           @Nullable String alasan, Set<String> dikenal, String at) {
        Map<String, BigDecimal> k = komponen == null ? Map.of() : komponen;
        for (Map.Entry<String, BigDecimal> e : k.entrySet()) {
            if (!dikenal.contains(e.getKey())) {
                tambah(at + ".components." + e.getKey(), "komponen '" + e.getKey() + "' tidak ada pada indikator ini");
            }
            angka(e.getValue(), at + ".components." + e.getKey());
        }
        angka(nilai, at + ".value");
        if (belum && (alasan == null || alasan.isBlank())) {
            tambah(at + ".alasan", "wajib diisi bila realisasi belum tersedia");
        }
        if (belum && nilai != null) {
            tambah(at + ".value", "realisasi yang belum tersedia tidak punya nilai");
        }
        if (!belum && nilai == null && k.isEmpty()) {
            tambah(at + ".value", "isi nilai atau komponen, atau tandai BELUM_TERSEDIA dengan alasan");
        }
    }

    /** Values are stored with at most 10 decimals and 18 digits before the point. */
    private void angka(@Nullable BigDecimal v, String at) {
        if (v != null && (v.stripTrailingZeros().scale() > 10 || v.precision() - v.scale() > 18)) {
            tambah(at, "paling banyak 18 angka di depan koma dan 10 di belakangnya");
        }
    }

    private void skala(List<Dokumen.ScaleStep> steps) {
        BigDecimal sebelumnya = null;
        for (int i = 0; i < steps.size(); i++) {
            BigDecimal batas = steps.get(i).lowerBound();
            boolean terakhir = i == steps.size() - 1;
            if (terakhir != (batas == null)) {
                tambah("scale[" + i + "].lowerBound", terakhir ? "kategori terakhir tidak punya batas bawah"
                        : "wajib diisi kecuali pada kategori terakhir");
            } else if (batas != null && sebelumnya != null && batas.compareTo(sebelumnya) >= 0) {
                tambah("scale[" + i + "].lowerBound", "harus lebih kecil dari batas sebelumnya " + sebelumnya);
            }
            sebelumnya = batas;
        }
    }

    private void anakSalahTingkat(Node n, Tingkat tingkat, String di) {
        Map<String, List<Node>> semua = new HashMap<>();
        semua.put("sasaran", n.sasaran());
        semua.put("programs", n.programs());
        semua.put("kegiatan", n.kegiatan());
        semua.put("subKegiatan", n.subKegiatan());
        semua.forEach((nama, isi) -> {
            if (isi != null && !isi.isEmpty() && !Objects.equals(nama, PohonDokumen.medanAnak(tingkat))) {
                tambah(di + "." + nama, tingkat.label().toLowerCase() + " tidak berisi " + nama
                        + (tingkat == Tingkat.SUB_KEGIATAN ? "" : "; isinya " + PohonDokumen.medanAnak(tingkat)));
            }
        });
    }

    private void tambah(String path, String alasan) {
        galat.add(new Galat(path, alasan));
    }

}
