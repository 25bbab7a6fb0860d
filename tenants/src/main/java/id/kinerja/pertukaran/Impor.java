package id.kinerja.pertukaran;

import id.kinerja.anggaran.AnggaranInput;
import id.kinerja.anggaran.AnggaranService;
import id.kinerja.anggaran.RealisasiAnggaranInput;
import id.kinerja.capaian.SkalaInput;
import id.kinerja.capaian.SkalaService;
import id.kinerja.common.InvalidInputException;
import id.kinerja.indikator.Agregasi;
import id.kinerja.indikator.IndikatorInput;
import id.kinerja.indikator.IndikatorLengkap;
import id.kinerja.indikator.IndikatorService;
import id.kinerja.indikator.KomponenInput;
import id.kinerja.indikator.Polaritas;
import id.kinerja.narasi.BabInput;
import id.kinerja.narasi.NarasiInput;
import id.kinerja.narasi.NarasiService;
import id.kinerja.pertukaran.Dokumen.Node;
import id.kinerja.profil.ProfilData;
import id.kinerja.profil.ProfilService;
import id.kinerja.realisasi.RealisasiInput;
import id.kinerja.realisasi.RealisasiService;
import id.kinerja.realisasi.StatusRealisasi;
import id.kinerja.renstra.Periode;
import id.kinerja.renstra.PeriodeInput;
import id.kinerja.renstra.RenstraService;
import id.kinerja.renstra.Simpul;
import id.kinerja.renstra.SimpulBaru;
import id.kinerja.renstra.Tingkat;
import id.kinerja.target.JenisTarget;
import id.kinerja.target.TargetInput;
import id.kinerja.target.TargetService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an exchange document into the current tenant, in one transaction: on any error nothing is written.
 * The document's domain rules are checked first, all at once ({@link DokumenTidakValidException} lists them).
 * {@link Mode#GANTI} first removes the tenant's periods; {@link Mode#GABUNG} adds the document's periods
 * beside the existing ones.
 */
@Singleton
public class Impor {

    /** Replace the tenant's framework, or add to it. */
    public enum Mode { GANTI, GABUNG }

    private final ProfilService profil;
    private final RenstraService renstra;
    private final IndikatorService indikator;
    private final TargetService target;
    private final RealisasiService realisasi;
    private final AnggaranService anggaran;
    private final NarasiService narasi;
    private final SkalaService skala;

    Impor(ProfilService profil, RenstraService renstra, IndikatorService indikator, TargetService target,
          RealisasiService realisasi, AnggaranService anggaran, NarasiService narasi, SkalaService skala) {
        this.skala = skala;
        this.profil = profil;
        this.renstra = renstra;
        this.indikator = indikator;
        this.target = target;
        this.realisasi = realisasi;
        this.anggaran = anggaran;
        this.narasi = narasi;
    }

    @Transactional
    public Ringkasan impor(Dokumen dokumen, Mode mode) {
        if (!Dokumen.FORMAT.equals(dokumen.format()) || dokumen.formatVersion() != Dokumen.VERSION) {
            throw new InvalidInputException("format", "bukan dokumen kinerja-exchange versi 1");
        }
        if (mode == Mode.GANTI) {
            for (Periode p : renstra.daftarPeriode()) {
                renstra.hapusPeriode(p.id(), true);
            }
        }
        List<Galat> galat = PemeriksaDokumen.periksa(dokumen);
        if (!galat.isEmpty()) {
            throw new DokumenTidakValidException(galat);
        }
        if (dokumen.profile() != null) {
            jalankan("profile", () -> profil.simpan(profil(dokumen.profile(), profil.baca().version())));
        }
        if (dokumen.scale() != null && !dokumen.scale().isEmpty()) {
            jalankan("scale", () -> skala.simpan(dokumen.scale().stream()
                    .map(s -> new SkalaInput(s.lowerBound(), s.label())).toList()));
        }
        Ringkasan r = new Ringkasan();
        List<Dokumen.Period> periods = daftar(dokumen.periods());
        for (int i = 0; i < periods.size(); i++) {
            periode(periods.get(i), "periods[" + i + "]", r);
        }
        return r;
    }

    private void periode(Dokumen.Period p, String di, Ringkasan r) {
        Periode periode = jalankan(di, () -> renstra.buatPeriode(new PeriodeInput(p.name(), p.startYear(), p.endYear(), null)));
        r.periode++;
        Batch batch = new Batch();
        Map<String, Simpul> menurutKode = new HashMap<>();
        List<Node> tujuan = daftar(p.tujuan());
        for (int i = 0; i < tujuan.size(); i++) {
            simpul(periode.id(), null, Tingkat.TUJUAN, tujuan.get(i), di + ".tujuan[" + i + "]", batch, menurutKode, r);
        }
        jalankan(di, () -> target.simpan(batch.target));
        jalankan(di, () -> realisasi.simpan(batch.realisasi));
        jalankan(di, () -> anggaran.simpanAnggaran(batch.anggaran));
        jalankan(di, () -> anggaran.simpanRealisasi(batch.realisasiAnggaran));
        List<Dokumen.Narrative> narratives = daftar(p.narratives());
        for (int i = 0; i < narratives.size(); i++) {
            Dokumen.Narrative n = narratives.get(i);
            String at = di + ".narratives[" + i + "]";
            Simpul s = menurutKode.get(n.level().toUpperCase() + "/" + n.code());
            if (s == null) {
                throw new InvalidInputException(at + ".code", n.level() + " dengan kode '" + n.code() + "' tidak ada di periode ini");
            }
            jalankan(at, () -> narasi.simpan(new NarasiInput(s.id(), n.year(), n.quarter(), n.faktorPendukung(),
                    n.faktorPenghambat(), n.upayaSolusi(), null)));
            r.narasi++;
        }
        List<Dokumen.Chapter> chapters = daftar(p.chapters());
        for (int i = 0; i < chapters.size(); i++) {
            Dokumen.Chapter c = chapters.get(i);
            jalankan(di + ".chapters[" + i + "]",
                    () -> narasi.simpan(new BabInput(periode.id(), c.key(), c.year(), c.quarter(), c.text(), null)));
        }
    }

    private void simpul(long periodeId, @Nullable Long parentId, Tingkat tingkat, Node n, String di, Batch batch,
                        Map<String, Simpul> menurutKode, Ringkasan r) {
        Simpul s = jalankan(di, () -> renstra.tambah(new SimpulBaru(periodeId, parentId, tingkat, n.code(), n.name(), null,
                n.unit(), n.outcome(), n.lokasi())));
        r.simpul++;
        menurutKode.putIfAbsent(tingkat.name() + "/" + n.code(), s);
        List<Dokumen.Indicator> indicators = daftar(n.indicators());
        for (int i = 0; i < indicators.size(); i++) {
            indikator(s.id(), indicators.get(i), di + ".indicators[" + i + "]", batch);
            r.indikator++;
        }
        Map<Integer, List<AnggaranInput.Baris>> baris = new LinkedHashMap<>();
        for (Dokumen.Budget b : daftar(n.budgets())) {
            List<AnggaranInput.Baris> tahun = baris.computeIfAbsent(b.year(), y -> new ArrayList<>());
            if (b.anggaran() != null) {
                tahun.add(new AnggaranInput.Baris(b.anggaran(), b.sumberDana()));
            }
            for (Dokumen.BudgetRealisation br : daftar(b.realisasi())) {
                batch.realisasiAnggaran.add(new RealisasiAnggaranInput(s.id(), b.year(), br.quarter(), br.cumulative(), null));
            }
        }
        baris.forEach((tahun, lines) -> {
            if (!lines.isEmpty()) {
                batch.anggaran.add(new AnggaranInput(s.id(), tahun, lines));
            }
        });
        Tingkat bawah = tingkat.ordinal() + 1 < Tingkat.values().length ? Tingkat.values()[tingkat.ordinal() + 1] : null;
        List<Node> children = switch (tingkat) {
            case TUJUAN -> daftar(n.sasaran());
            case SASARAN -> daftar(n.programs());
            case PROGRAM -> daftar(n.kegiatan());
            case KEGIATAN -> daftar(n.subKegiatan());
            case SUB_KEGIATAN -> List.of();
        };
        String nama = switch (tingkat) {
            case TUJUAN -> "sasaran";
            case SASARAN -> "programs";
            case PROGRAM -> "kegiatan";
            default -> "subKegiatan";
        };
        for (int i = 0; i < children.size(); i++) {
            simpul(periodeId, s.id(), bawah, children.get(i), di + "." + nama + "[" + i + "]", batch, menurutKode, r);
        }
    }

    private void indikator(long simpulId, Dokumen.Indicator d, String di, Batch batch) {
        List<KomponenInput> komponen = daftar(d.components()).stream()
                .map(c -> new KomponenInput(c.name(), c.label(), c.satuan())).toList();
        IndikatorLengkap i = jalankan(di, () -> indikator.tambah(simpulId, new IndikatorInput(d.code(), d.name(), d.satuan(),
                d.formulaText(), d.formula(), komponen, polaritas(d.polarity(), di), agregasi(d.rollup(), di), d.dataSource(),
                d.unit(), d.iku(), d.precision(), null, null)));
        long id = i.indikator().id();
        for (Dokumen.TargetValue t : daftar(d.targets())) {
            batch.target.add(new TargetInput(id, t.year(), jenis(t.kind(), di), null, t.value(), null));
        }
        for (Dokumen.QuarterTarget t : daftar(d.quarterlyTargets())) {
            batch.target.add(new TargetInput(id, t.year(), null, t.quarter(), t.value(), null));
        }
        for (Dokumen.Realisation x : daftar(d.realisations())) {
            boolean belum = "NOT_AVAILABLE".equals(x.status());
            if (x.status() != null && !belum && !"AVAILABLE".equals(x.status())) {
                throw new InvalidInputException(di + ".realisations.status", "harus AVAILABLE atau NOT_AVAILABLE");
            }
            batch.realisasi.add(new RealisasiInput(id, x.year(), x.quarter(), x.value(), x.components(),
                    belum ? StatusRealisasi.BELUM_TERSEDIA : StatusRealisasi.TERSEDIA, x.reason(), x.sourceAgency(),
                    x.expectedDate(), x.note(), null, null));
        }
        for (Dokumen.History h : daftar(d.history())) {
            batch.realisasi.add(new RealisasiInput(id, h.year(), null, h.value(), h.components(), StatusRealisasi.TERSEDIA,
                    null, null, null, h.note(), null, null));
        }
    }

    static ProfilData profil(Dokumen.Profile p, @Nullable Long version) {
        Dokumen.Official k = p.kepala();
        Dokumen.Official a = p.atasan();
        return new ProfilData(p.officialName(), p.address(), p.region(), p.tugas(), p.fungsi(), p.visi(), p.misi(),
                k == null ? null : new ProfilData.Pejabat(k.name(), k.pangkat(), k.golongan(), k.nip(), k.jabatan(), k.acting()),
                a == null ? null : new ProfilData.Pejabat(a.name(), a.pangkat(), a.golongan(), a.nip(), a.jabatan(), a.acting()),
                version);
    }

    static Polaritas polaritas(@Nullable String s, String di) {
        return s == null ? null : switch (s) {
            case "POSITIVE" -> Polaritas.POSITIF;
            case "NEGATIVE" -> Polaritas.NEGATIF;
            default -> throw new InvalidInputException(di + ".polarity", "harus POSITIVE atau NEGATIVE");
        };
    }

    static Agregasi agregasi(@Nullable String s, String di) {
        return s == null ? null : switch (s) {
            case "SUM" -> Agregasi.JUMLAH;
            case "LAST" -> Agregasi.TERAKHIR;
            case "YEAR_END" -> Agregasi.AKHIR_TAHUN;
            case "AVERAGE" -> Agregasi.RATA_RATA;
            default -> throw new InvalidInputException(di + ".rollup", "harus SUM, LAST, YEAR_END atau AVERAGE");
        };
    }

    static JenisTarget jenis(String s, String di) {
        try {
            return JenisTarget.valueOf(s);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(di + ".targets.kind", "harus RENSTRA, RENJA, P_RENJA, PK atau PK_PERUBAHAN");
        }
    }

    /** Runs one write, placing any error it raises under the document path {@code di}. */
    private static <T> T jalankan(String di, java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (InvalidInputException e) {
            throw e.under(di);
        } catch (ConstraintViolationException e) {
            var v = e.getConstraintViolations().iterator().next();
            String path = v.getPropertyPath().toString();
            String field = path.substring(path.indexOf('.', path.indexOf('.') + 1) + 1);
            throw new InvalidInputException(di + "." + field, v.getMessage());
        }
    }

    private static <T> List<T> daftar(@Nullable List<T> items) {
        return items == null ? List.of() : items;
    }

    /** The writes of a period that go in bulk once its tree exists. */
    private static final class Batch {
        final List<TargetInput> target = new ArrayList<>();
        final List<RealisasiInput> realisasi = new ArrayList<>();
        final List<AnggaranInput> anggaran = new ArrayList<>();
        final List<RealisasiAnggaranInput> realisasiAnggaran = new ArrayList<>();
    }

    /** What an import wrote. */
    @io.micronaut.serde.annotation.Serdeable
    public static final class Ringkasan {
        int periode;
        int simpul;
        int indikator;
        int narasi;

        public int getPeriode() {
            return periode;
        }

        public int getSimpul() {
            return simpul;
        }

        public int getIndikator() {
            return indikator;
        }

        public int getNarasi() {
            return narasi;
        }
    }
}
