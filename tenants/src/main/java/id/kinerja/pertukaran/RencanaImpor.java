package id.kinerja.pertukaran;

import id.kinerja.pertukaran.dokumen.Dokumen;
import id.kinerja.pertukaran.dokumen.Galat;
import id.kinerja.pertukaran.dokumen.KodeDokumen;
import id.kinerja.pertukaran.dokumen.PemeriksaDokumen;
import id.kinerja.pertukaran.dokumen.PohonDokumen;

import id.kinerja.anggaran.AnggaranInput;
import id.kinerja.anggaran.AturanAnggaran;
import id.kinerja.anggaran.RealisasiAnggaranInput;
import id.kinerja.common.DitolakException;
import id.kinerja.common.Pemeriksaan;
import id.kinerja.indikator.AturanIndikator;
import id.kinerja.indikator.IndikatorBaru;
import id.kinerja.indikator.IndikatorInput;
import id.kinerja.indikator.KomponenInput;
import id.kinerja.narasi.AturanNarasi;
import id.kinerja.narasi.BabInput;
import id.kinerja.narasi.NarasiInput;
import id.kinerja.pertukaran.dokumen.Dokumen.Node;
import id.kinerja.realisasi.AturanRealisasi;
import id.kinerja.realisasi.RealisasiInput;
import id.kinerja.realisasi.StatusRealisasi;
import id.kinerja.renstra.AturanRenstra;
import id.kinerja.renstra.PeriodeInput;
import id.kinerja.renstra.Tingkat;
import id.kinerja.target.AturanTarget;
import id.kinerja.target.JenisTarget;
import id.kinerja.target.TargetInput;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static id.kinerja.common.Teks.daftar;

/**
 * A period of a document as the services' commands, each with the document path it came from. Ids are places in
 * the plan (the n-th node, the n-th indicator) until the import writes and learns the real ones. Checking a plan
 * runs each feature's own rules ({@code Aturan*}) and the commands' constraints, and places every problem at its
 * path in the document.
 */
final class RencanaImpor {

    /** The API's field names and the document's, where they differ. */
    private static final Map<String, String> MEDAN = Map.ofEntries(
            Map.entry("nilai", "value"), Map.entry("komponen", "components"), Map.entry("nama", "name"),
            Map.entry("kode", "code"), Map.entry("tahun", "year"), Map.entry("triwulan", "quarter"), Map.entry("jenis", "kind"),
            Map.entry("batasBawah", "lowerBound"), Map.entry("tahunAwal", "startYear"), Map.entry("tahunAkhir", "endYear"),
            Map.entry("formulaTeks", "formulaText"), Map.entry("polaritas", "polarity"), Map.entry("agregasi", "rollup"),
            Map.entry("sumberData", "dataSource"), Map.entry("unitKerja", "unit"), Map.entry("presisi", "precision"),
            Map.entry("sumber", "sourceAgency"), Map.entry("perkiraanTanggal", "expectedDate"), Map.entry("catatan", "note"),
            Map.entry("kunci", "key"), Map.entry("teks", "text"), Map.entry("jumlah", "anggaran"), Map.entry("indikator", ""));

    private static final Pattern BUTIR = Pattern.compile("^\\[(\\d+)](.*)$");

    /** A node of the tree: its level, the plan's index of its parent (-1 for a tujuan), its path. */
    record Simpul(Node node, Tingkat tingkat, int induk, int urutan, String jalur) {
    }

    final String jalur;
    final PeriodeInput periode;
    /** Nodes level by level: a node's parent is always in an earlier level. */
    final List<List<Integer>> tingkat = new ArrayList<>();
    final List<Simpul> simpul = new ArrayList<>();
    final List<IndikatorBaru> indikator = new ArrayList<>();
    final List<String> jalurIndikator = new ArrayList<>();
    final List<TargetInput> target = new ArrayList<>();
    final List<String> jalurTarget = new ArrayList<>();
    final List<RealisasiInput> realisasi = new ArrayList<>();
    final List<String> jalurRealisasi = new ArrayList<>();
    final List<AnggaranInput> anggaran = new ArrayList<>();
    /** Per budget command, the path of each of its lines. */
    final List<List<String>> jalurAnggaran = new ArrayList<>();
    final List<RealisasiAnggaranInput> serapan = new ArrayList<>();
    final List<String> jalurSerapan = new ArrayList<>();
    final List<NarasiInput> narasi = new ArrayList<>();
    final List<String> jalurNarasi = new ArrayList<>();
    final List<BabInput> bab = new ArrayList<>();
    final List<String> jalurBab = new ArrayList<>();

    RencanaImpor(Dokumen.Period p, String jalur) {
        this.jalur = jalur;
        this.periode = new PeriodeInput(p.name() == null ? null : p.name().strip(), p.startYear(), p.endYear(), null);
        Map<String, Integer> menurutKode = new HashMap<>();
        List<Integer> level = new ArrayList<>();
        List<Node> tujuan = daftar(p.tujuan());
        for (int i = 0; i < tujuan.size(); i++) {
            level.add(tambahSimpul(tujuan.get(i), Tingkat.TUJUAN, -1, i, jalur + ".tujuan[" + i + "]"));
        }
        while (!level.isEmpty()) {
            tingkat.add(level);
            List<Integer> berikut = new ArrayList<>();
            for (int n : level) {
                Simpul s = simpul.get(n);
                menurutKode.putIfAbsent(s.tingkat().name() + "/" + s.node().code(), n);
                if (s.tingkat().bawah() == null) {
                    continue;
                }
                List<Node> anak = PohonDokumen.anak(s.node(), s.tingkat());
                for (int k = 0; k < anak.size(); k++) {
                    berikut.add(tambahSimpul(anak.get(k), s.tingkat().bawah(), n, k,
                            s.jalur() + "." + PohonDokumen.medanAnak(s.tingkat()) + "[" + k + "]"));
                }
            }
            level = berikut;
        }
        for (int n = 0; n < simpul.size(); n++) {
            isi(n);
        }
        List<Dokumen.Narrative> narratives = daftar(p.narratives());
        for (int i = 0; i < narratives.size(); i++) {
            Dokumen.Narrative x = narratives.get(i);
            Integer n = menurutKode.get(x.level().toUpperCase(Locale.ROOT) + "/" + x.code());
            if (n != null) { // an unknown node is the document's own problem (PemeriksaDokumen)
                narasi.add(new NarasiInput((long) n, x.year(), x.quarter(), x.faktorPendukung(), x.faktorPenghambat(),
                        x.upayaSolusi(), null));
                jalurNarasi.add(jalur + ".narratives[" + i + "]");
            }
        }
        List<Dokumen.Chapter> chapters = daftar(p.chapters());
        for (int i = 0; i < chapters.size(); i++) {
            Dokumen.Chapter c = chapters.get(i);
            bab.add(new BabInput(0L, c.key(), c.year(), c.quarter(), c.text(), null));
            jalurBab.add(jalur + ".chapters[" + i + "]");
        }
    }

    private int tambahSimpul(Node node, Tingkat t, int induk, int urutan, String di) {
        simpul.add(new Simpul(node, t, induk, urutan, di));
        return simpul.size() - 1;
    }

    /** The indicators and budgets of node {@code n}. */
    private void isi(int n) {
        Simpul s = simpul.get(n);
        List<Dokumen.Indicator> indicators = daftar(s.node().indicators());
        for (int k = 0; k < indicators.size(); k++) {
            Dokumen.Indicator d = indicators.get(k);
            String di = s.jalur() + ".indicators[" + k + "]";
            long id = indikator.size();
            indikator.add(new IndikatorBaru((long) n, new IndikatorInput(d.code(), d.name(), d.satuan(), d.formulaText(), d.formula(),
                    daftar(d.components()).stream().map(c -> new KomponenInput(c.name(), c.label(), c.satuan())).toList(),
                    KodeDokumen.polaritas(d.polarity()), KodeDokumen.agregasi(d.rollup()), d.dataSource(), d.unit(), d.iku(),
                    d.precision(), k, null)));
            jalurIndikator.add(di);
            List<Dokumen.TargetValue> targets = daftar(d.targets());
            for (int i = 0; i < targets.size(); i++) {
                Dokumen.TargetValue t = targets.get(i);
                target.add(new TargetInput(id, t.year(), jenis(t.kind()), null, t.value(), null));
                jalurTarget.add(di + ".targets[" + i + "]");
            }
            List<Dokumen.QuarterTarget> tw = daftar(d.quarterlyTargets());
            for (int i = 0; i < tw.size(); i++) {
                target.add(new TargetInput(id, tw.get(i).year(), null, tw.get(i).quarter(), tw.get(i).value(), null));
                jalurTarget.add(di + ".quarterlyTargets[" + i + "]");
            }
            List<Dokumen.Realisation> realisations = daftar(d.realisations());
            for (int i = 0; i < realisations.size(); i++) {
                Dokumen.Realisation x = realisations.get(i);
                boolean belum = KodeDokumen.BELUM_TERSEDIA.equals(x.status());
                realisasi.add(new RealisasiInput(id, x.year(), x.quarter(), x.value(), x.components(),
                        belum ? StatusRealisasi.BELUM_TERSEDIA : StatusRealisasi.TERSEDIA, x.alasan(), x.sourceAgency(),
                        x.expectedDate(), x.note(), null, null));
                jalurRealisasi.add(di + ".realisations[" + i + "]");
            }
            List<Dokumen.History> history = daftar(d.history());
            for (int i = 0; i < history.size(); i++) {
                Dokumen.History h = history.get(i);
                realisasi.add(new RealisasiInput(id, h.year(), null, h.value(), h.components(), StatusRealisasi.TERSEDIA, null, null,
                        null, h.note(), null, null));
                jalurRealisasi.add(di + ".history[" + i + "]");
            }
        }
        // the lines of a year become one budget command, as the API writes them
        Map<Integer, List<AnggaranInput.Baris>> baris = new LinkedHashMap<>();
        Map<Integer, List<String>> jalurBaris = new LinkedHashMap<>();
        List<Dokumen.Budget> budgets = daftar(s.node().budgets());
        for (int i = 0; i < budgets.size(); i++) {
            Dokumen.Budget b = budgets.get(i);
            String di = s.jalur() + ".budgets[" + i + "]";
            if (b.anggaran() != null) {
                baris.computeIfAbsent(b.year(), x -> new ArrayList<>()).add(new AnggaranInput.Baris(b.anggaran(), b.sumberDana()));
                jalurBaris.computeIfAbsent(b.year(), x -> new ArrayList<>()).add(di);
            }
            List<Dokumen.BudgetRealisation> spent = daftar(b.realisasi());
            for (int j = 0; j < spent.size(); j++) {
                serapan.add(new RealisasiAnggaranInput((long) n, b.year(), spent.get(j).quarter(), spent.get(j).kumulatif(), null));
                jalurSerapan.add(di + ".realisasi[" + j + "]");
            }
        }
        baris.forEach((tahun, lines) -> {
            anggaran.add(new AnggaranInput((long) n, tahun, lines));
            jalurAnggaran.add(jalurBaris.get(tahun));
        });
    }

    @Nullable
    private static JenisTarget jenis(String kind) {
        try {
            return JenisTarget.valueOf(kind);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null; // the schema names the codes; a missing one reads as "neither", which the rules refuse
        }
    }

    /** Every problem of the plan by the features' rules and the commands' constraints, at document paths. */
    List<Galat> periksa(Validator validator) {
        List<Galat> galat = new ArrayList<>();
        Pemeriksaan p = new Pemeriksaan();
        AturanRenstra.periksa(periode, p);
        ke(p, jalur, galat);

        Map<Long, Set<String>> komponen = new HashMap<>();
        p = new Pemeriksaan();
        for (int n = 0; n < indikator.size(); n++) {
            Pemeriksaan di = p.di("[" + n + "]");
            di.sah(validator, indikator.get(n).indikator());
            komponen.put((long) n, AturanIndikator.periksa(indikator.get(n).indikator(), di));
        }
        ke(p, jalurIndikator, galat);

        p = new Pemeriksaan();
        sahSemua(validator, target, p);
        AturanTarget.periksaSemua(target, x -> true, p);
        ke(p, jalurTarget, galat);

        p = new Pemeriksaan();
        sahSemua(validator, realisasi, p);
        AturanRealisasi.periksaSemua(realisasi, komponen::get, p);
        ke(p, jalurRealisasi, galat);

        p = new Pemeriksaan();
        sahSemua(validator, anggaran, p);
        AturanAnggaran.periksaAnggaran(anggaran, id -> simpul.get(id.intValue()).tingkat(), p);
        for (DitolakException.Butir b : p.semua()) {
            Matcher m = BUTIR.matcher(b.field());
            int n = m.matches() ? Integer.parseInt(m.group(1)) : 0;
            String sisa = m.matches() ? m.group(2) : "";
            Matcher baris = Pattern.compile("^\\.baris\\[(\\d+)](.*)$").matcher(sisa);
            if (sisa.equals(".simpulId")) {
                String node = simpul.get(anggaran.get(n).simpulId().intValue()).jalur();
                galat.add(new Galat(node + ".budgets", b.alasan()));
            } else if (baris.matches()) {
                galat.add(new Galat(jalurAnggaran.get(n).get(Integer.parseInt(baris.group(1))) + dokumen(baris.group(2)), b.alasan()));
            } else {
                galat.add(new Galat(jalurAnggaran.get(n).getFirst() + dokumen(sisa), b.alasan()));
            }
        }

        p = new Pemeriksaan();
        sahSemua(validator, serapan, p);
        AturanAnggaran.periksaRealisasi(serapan, id -> Tingkat.PROGRAM, p); // a node's level is checked with its budget lines
        ke(p, jalurSerapan, galat);

        p = new Pemeriksaan();
        sahSemua(validator, narasi, p);
        AturanNarasi.periksaNarasi(narasi, p);
        ke(p, jalurNarasi, galat);

        p = new Pemeriksaan();
        sahSemua(validator, bab, p);
        AturanNarasi.periksaBab(bab, p);
        ke(p, jalurBab, galat);
        return galat.stream().distinct().toList();
    }

    private static <T> void sahSemua(Validator validator, List<T> items, Pemeriksaan p) {
        for (int n = 0; n < items.size(); n++) {
            p.di("[" + n + "]").sah(validator, items.get(n));
        }
    }

    /** Problems at {@code [n].field} of a list of commands, placed at the n-th path with the document's field names. */
    private static void ke(Pemeriksaan p, List<String> jalur, List<Galat> galat) {
        for (DitolakException.Butir b : p.semua()) {
            Matcher m = BUTIR.matcher(b.field() == null ? "" : b.field());
            if (m.matches()) {
                galat.add(new Galat(jalur.get(Integer.parseInt(m.group(1))) + dokumen(m.group(2)), b.alasan()));
            }
        }
    }

    /** Problems of one command placed under {@code jalur}. */
    private static void ke(Pemeriksaan p, String jalur, List<Galat> galat) {
        for (DitolakException.Butir b : p.semua()) {
            galat.add(new Galat(jalur + (b.field() == null ? "" : dokumen("." + b.field())), b.alasan()));
        }
    }

    /** {@code .komponen[0].nama} → {@code .components[0].name}: the API's field names in the document's words. */
    static String dokumen(String sisa) {
        StringBuilder hasil = new StringBuilder();
        Matcher m = Pattern.compile("\\.([A-Za-z]+)|(\\[[^]]*])").matcher(sisa);
        int akhir = 0;
        boolean kunciPeta = false; // after ".komponen", ".x" is a component's name, kept as written
        while (m.find()) {
            hasil.append(sisa, akhir, m.start());
            if (m.group(1) != null) {
                String nama = kunciPeta ? m.group(1) : MEDAN.getOrDefault(m.group(1), m.group(1));
                kunciPeta = !kunciPeta && m.group(1).equals("komponen");
                if (!nama.isEmpty()) {
                    hasil.append('.').append(nama);
                }
            } else {
                hasil.append(m.group(2));
                kunciPeta = false;
            }
            akhir = m.end();
        }
        return hasil.append(sisa.substring(akhir)).toString();
    }
}
