package id.kinerja.pertukaran;

import id.kinerja.pertukaran.dokumen.Dokumen;
import id.kinerja.pertukaran.dokumen.KodeDokumen;
import id.kinerja.pertukaran.dokumen.PohonDokumen;

import id.kinerja.anggaran.Anggaran;
import id.kinerja.anggaran.RealisasiAnggaran;
import id.kinerja.capaian.KategoriSkala;
import id.kinerja.capaian.SkalaService;
import id.kinerja.indikator.Indikator;
import id.kinerja.indikator.Komponen;
import id.kinerja.narasi.Bab;
import id.kinerja.narasi.Narasi;
import id.kinerja.narasi.NarasiService;
import id.kinerja.pertukaran.dokumen.Dokumen.Node;
import id.kinerja.profil.ProfilData;
import id.kinerja.profil.ProfilService;
import id.kinerja.realisasi.Realisasi;
import id.kinerja.anggaran.AnggaranService;
import id.kinerja.indikator.IndikatorService;
import id.kinerja.realisasi.RealisasiService;
import id.kinerja.target.TargetService;
import id.kinerja.renstra.Periode;
import id.kinerja.renstra.RenstraService;
import id.kinerja.renstra.Simpul;
import id.kinerja.target.Target;
import id.kinerja.target.TargetTriwulan;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static id.kinerja.capaian.Kalkulasi.bersih;

/**
 * The current tenant as an exchange document, in a canonical order (tree order, then year, kind and quarter),
 * so that exporting what was imported from an export gives the same document again.
 */
@Singleton
public class Ekspor {

    private final ProfilService profil;
    private final SkalaService skala;
    private final RenstraService renstra;
    private final IndikatorService indikator;
    private final TargetService target;
    private final RealisasiService realisasi;
    private final AnggaranService anggaran;
    private final NarasiService narasi;

    Ekspor(ProfilService profil, SkalaService skala, RenstraService renstra, IndikatorService indikator, TargetService target,
           RealisasiService realisasi, AnggaranService anggaran, NarasiService narasi) {
        this.profil = profil;
        this.skala = skala;
        this.renstra = renstra;
        this.indikator = indikator;
        this.target = target;
        this.realisasi = realisasi;
        this.anggaran = anggaran;
        this.narasi = narasi;
    }

    /** The whole tenant; {@code tenant} is the identity block written at the top. */
    @Transactional(readOnly = true)
    public Dokumen ekspor(@Nullable Dokumen.Tenant tenant) {
        List<Dokumen.Period> periods = renstra.daftarPeriode().stream().map(this::periode).toList();
        List<Dokumen.ScaleStep> scale = skala.baca().kategori().stream()
                .sorted(Comparator.comparingInt(KategoriSkala::urutan))
                .map(k -> new Dokumen.ScaleStep(bersih(k.batasBawah()), k.label())).toList();
        return new Dokumen(Dokumen.FORMAT, Dokumen.VERSION, tenant, profil(profil.baca()), periods, scale, null);
    }

    /** The framework only (structure and indicators, no figures): what a template tenant gives a new dinas. */
    @Transactional(readOnly = true)
    public Dokumen kerangka() {
        Dokumen penuh = ekspor(null);
        List<Dokumen.Period> periods = penuh.periods().stream()
                .map(p -> new Dokumen.Period(p.name(), p.startYear(), p.endYear(), p.tujuan().stream().map(Ekspor::tanpaAngka).toList(),
                        List.of(), List.of()))
                .toList();
        return new Dokumen(Dokumen.FORMAT, Dokumen.VERSION, null, null, periods, penuh.scale(), null);
    }

    private static Node tanpaAngka(Node n) {
        List<Dokumen.Indicator> indicators = n.indicators().stream()
                .map(i -> new Dokumen.Indicator(i.code(), i.name(), i.satuan(), i.formulaText(), i.formula(), i.components(),
                        i.polarity(), i.rollup(), i.dataSource(), i.unit(), i.iku(), i.precision(), List.of(), List.of(), List.of(),
                        null))
                .toList();
        return new Node(n.code(), n.name(), n.outcome(), n.unit(), n.lokasi(), indicators, List.of(),
                map(n.sasaran()), map(n.programs()), map(n.kegiatan()), map(n.subKegiatan()));
    }

    @Nullable
    private static List<Node> map(@Nullable List<Node> nodes) {
        return nodes == null ? null : nodes.stream().map(Ekspor::tanpaAngka).toList();
    }

    private Dokumen.Period periode(Periode p) {
        long id = p.id();
        Data data = new Data(renstra.pohon(id), indikator.diPeriode(id), indikator.komponenDiPeriode(id), target.diPeriode(id),
                target.triwulananDiPeriode(id), realisasi.diPeriode(id, 1900, 2200), anggaran.diPeriode(id),
                anggaran.realisasiDiPeriode(id));
        Map<Long, Map<String, BigDecimal>> nilai = RealisasiService.komponenDari(realisasi.komponenDiPeriode(id, 1900, 2200));
        List<Dokumen.Narrative> narratives = new ArrayList<>();
        Map<Long, Simpul> simpul = new HashMap<>();
        data.simpul.forEach(s -> simpul.put(s.id(), s));
        for (Narasi n : narasi.narasi(id)) {
            Simpul s = simpul.get(n.simpulId());
            narratives.add(new Dokumen.Narrative(s.tingkat().name().toLowerCase(Locale.ROOT), s.kode(), n.tahun(), n.triwulan(),
                    n.faktorPendukung(), n.faktorPenghambat(), n.upayaSolusi()));
        }
        narratives.sort(Comparator.comparing(Dokumen.Narrative::year).thenComparing(Dokumen.Narrative::quarter,
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Dokumen.Narrative::level).thenComparing(Dokumen.Narrative::code));
        List<Dokumen.Chapter> chapters = narasi.bab(id).stream()
                .sorted(Comparator.comparing(Bab::tahun).thenComparing(Bab::triwulan, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Bab::kunci))
                .map(b -> new Dokumen.Chapter(b.kunci(), b.tahun(), b.triwulan(), b.teks())).toList();
        List<Node> tujuan = data.anak(null).stream().map(s -> node(s, data, nilai)).toList();
        return new Dokumen.Period(p.nama(), p.tahunAwal(), p.tahunAkhir(), tujuan, narratives, chapters);
    }

    private Node node(Simpul s, Data data, Map<Long, Map<String, BigDecimal>> nilai) {
        List<Dokumen.Indicator> indicators = data.indikator.stream().filter(i -> i.simpulId() == s.id())
                .sorted(Comparator.comparingInt(Indikator::urutan).thenComparing(Indikator::id))
                .map(i -> indicator(i, data, nilai)).toList();
        List<Node> children = data.anak(s.id()).stream().map(c -> node(c, data, nilai)).toList();
        return PohonDokumen.dengan(new Node(s.kode(), s.nama(), s.outcome(), s.unitKerja(), s.lokasi(), indicators,
                budgets(s, data), null, null, null, null), s.tingkat(), children);
    }

    private static Dokumen.Indicator indicator(Indikator i, Data data, Map<Long, Map<String, BigDecimal>> nilai) {
        List<Dokumen.Component> components = data.komponen.stream().filter(k -> k.indikatorId() == i.id())
                .sorted(Comparator.comparingInt(Komponen::urutan))
                .map(k -> new Dokumen.Component(k.nama(), k.label(), k.satuan())).toList();
        List<Dokumen.TargetValue> targets = data.target.stream().filter(t -> t.indikatorId() == i.id())
                .sorted(Comparator.comparing(Target::tahun).thenComparing(Target::jenis))
                .map(t -> new Dokumen.TargetValue(t.tahun(), t.jenis().name(), bersih(t.nilai()))).toList();
        List<Dokumen.QuarterTarget> quarterly = data.targetTriwulan.stream().filter(t -> t.indikatorId() == i.id())
                .sorted(Comparator.comparing(TargetTriwulan::tahun).thenComparing(TargetTriwulan::triwulan))
                .map(t -> new Dokumen.QuarterTarget(t.tahun(), t.triwulan(), bersih(t.nilai()))).toList();
        List<Dokumen.Realisation> realisations = data.realisasi.stream().filter(r -> r.indikatorId() == i.id())
                .sorted(Comparator.comparing(Realisasi::tahun).thenComparing(Realisasi::triwulan, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(r -> new Dokumen.Realisation(r.tahun(), r.triwulan(), bersih(r.nilai()), komponen(nilai.get(r.id())),
                        r.tersedia() ? null : KodeDokumen.BELUM_TERSEDIA, r.alasan(), r.sumber(), r.perkiraanTanggal(), r.catatan()))
                .toList();
        return new Dokumen.Indicator(i.kode(), i.nama(), i.satuan(), i.formulaTeks(), i.formula(), components,
                KodeDokumen.kode(i.polaritas()), KodeDokumen.kode(i.agregasi()), i.sumberData(), i.unitKerja(),
                i.iku(), i.presisi(), targets, quarterly, realisations, null);
    }

    @Nullable
    private static Map<String, BigDecimal> komponen(@Nullable Map<String, BigDecimal> nilai) {
        if (nilai == null || nilai.isEmpty()) {
            return null;
        }
        Map<String, BigDecimal> out = new TreeMap<>();
        nilai.forEach((k, v) -> out.put(k, bersih(v)));
        return out;
    }

    /** Budget lines per year in entry order; the year's cumulative spending rides on its first line. */
    private static List<Dokumen.Budget> budgets(Simpul s, Data data) {
        Map<Integer, List<Anggaran>> lines = new TreeMap<>();
        data.anggaran.stream().filter(a -> a.simpulId() == s.id()).sorted(Comparator.comparing(Anggaran::id))
                .forEach(a -> lines.computeIfAbsent(a.tahun(), y -> new ArrayList<>()).add(a));
        Map<Integer, List<Dokumen.BudgetRealisation>> spent = new TreeMap<>();
        data.realisasiAnggaran.stream().filter(r -> r.simpulId() == s.id())
                .sorted(Comparator.comparing(RealisasiAnggaran::triwulan))
                .forEach(r -> spent.computeIfAbsent(r.tahun(), y -> new ArrayList<>())
                        .add(new Dokumen.BudgetRealisation(r.triwulan(), bersih(r.kumulatif()))));
        Map<Integer, Boolean> years = new TreeMap<>();
        lines.keySet().forEach(y -> years.put(y, true));
        spent.keySet().forEach(y -> years.putIfAbsent(y, false));
        List<Dokumen.Budget> out = new ArrayList<>();
        for (int year : years.keySet()) {
            List<Anggaran> l = lines.getOrDefault(year, List.of());
            List<Dokumen.BudgetRealisation> r = spent.getOrDefault(year, List.of());
            if (l.isEmpty()) {
                out.add(new Dokumen.Budget(year, null, null, r));
            }
            for (int k = 0; k < l.size(); k++) {
                out.add(new Dokumen.Budget(year, bersih(l.get(k).jumlah()), l.get(k).sumberDana(), k == 0 ? r : List.of()));
            }
        }
        return out;
    }

    static Dokumen.Profile profil(ProfilData p) {
        return new Dokumen.Profile(p.namaResmi(), p.alamat(), p.wilayah(), p.tugas(), p.fungsi(), p.visi(), p.misi(),
                pejabat(p.kepala()), pejabat(p.atasan()));
    }

    @Nullable
    private static Dokumen.Official pejabat(@Nullable ProfilData.Pejabat p) {
        return p == null ? null : new Dokumen.Official(p.nama(), p.pangkat(), p.golongan(), p.nip(), p.jabatan(), p.plt());
    }

    /** A period's rows, with the tree's children in order. */
    private record Data(List<Simpul> simpul, List<Indikator> indikator, List<Komponen> komponen, List<Target> target,
                        List<TargetTriwulan> targetTriwulan, List<Realisasi> realisasi, List<Anggaran> anggaran,
                        List<RealisasiAnggaran> realisasiAnggaran) {

        List<Simpul> anak(@Nullable Long parent) {
            return simpul.stream().filter(s -> java.util.Objects.equals(s.parentId(), parent))
                    .sorted(Comparator.comparingInt(Simpul::urutan).thenComparing(Simpul::id)).toList();
        }
    }

}
