package id.kinerja.pertukaran;

import id.kinerja.anggaran.Anggaran;
import id.kinerja.anggaran.AnggaranRepository;
import id.kinerja.anggaran.RealisasiAnggaran;
import id.kinerja.anggaran.RealisasiAnggaranRepository;
import id.kinerja.bukti.BuktiService;
import id.kinerja.capaian.SkalaInput;
import id.kinerja.capaian.SkalaService;
import id.kinerja.common.ConflictException;
import id.kinerja.common.InvalidInputException;
import id.kinerja.common.Penolakan;
import id.kinerja.indikator.Indikator;
import id.kinerja.indikator.IndikatorRepository;
import id.kinerja.indikator.Komponen;
import id.kinerja.indikator.KomponenRepository;
import id.kinerja.jejak.JejakService;
import id.kinerja.narasi.Bab;
import id.kinerja.narasi.BabRepository;
import id.kinerja.narasi.Narasi;
import id.kinerja.narasi.NarasiRepository;
import id.kinerja.pertukaran.Dokumen.Node;
import id.kinerja.profil.ProfilData;
import id.kinerja.profil.ProfilService;
import id.kinerja.realisasi.Realisasi;
import id.kinerja.realisasi.RealisasiKomponen;
import id.kinerja.realisasi.RealisasiKomponenRepository;
import id.kinerja.realisasi.RealisasiRepository;
import id.kinerja.realisasi.StatusRealisasi;
import id.kinerja.renstra.Periode;
import id.kinerja.renstra.PeriodeRepository;
import id.kinerja.renstra.RenstraService;
import id.kinerja.renstra.Simpul;
import id.kinerja.renstra.SimpulRepository;
import id.kinerja.renstra.Tingkat;
import id.kinerja.target.JenisTarget;
import id.kinerja.target.Target;
import id.kinerja.target.TargetRepository;
import id.kinerja.target.TargetTriwulan;
import id.kinerja.target.TargetTriwulanRepository;
import id.kinerja.tenant.JejakKonteks;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static id.kinerja.common.Teks.rapi;

import static id.kinerja.common.Teks.daftar;

/**
 * Writes an exchange document into the current tenant, in one transaction: on any error nothing is written.
 * The document's domain rules are checked first, all at once ({@link DokumenTidakValidException} lists them);
 * its schema is checked where documents come in ({@link Pertukaran}). Rows are written in batches, level by
 * level of the tree, so that onboarding a whole framework costs a few dozen statements, not thousands.
 * {@link Mode#GANTI} first removes the tenant's periods; {@link Mode#GABUNG} adds the document's periods beside them.
 */
@Singleton
public class Impor {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Impor.class);

    /** Replace the tenant's framework, or add to it. */
    public enum Mode { GANTI, GABUNG }

    private final ProfilService profil;
    private final BuktiService bukti;
    private final SkalaService skala;
    private final RenstraService renstra;
    private final PeriodeRepository periode;
    private final SimpulRepository simpul;
    private final IndikatorRepository indikator;
    private final KomponenRepository komponen;
    private final TargetRepository target;
    private final TargetTriwulanRepository targetTriwulan;
    private final RealisasiRepository realisasi;
    private final RealisasiKomponenRepository nilaiKomponen;
    private final AnggaranRepository anggaran;
    private final RealisasiAnggaranRepository realisasiAnggaran;
    private final NarasiRepository narasi;
    private final BabRepository bab;
    private final JejakService jejak;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Impor(ProfilService profil, SkalaService skala, RenstraService renstra, PeriodeRepository periode, SimpulRepository simpul,
          IndikatorRepository indikator, KomponenRepository komponen, TargetRepository target,
          TargetTriwulanRepository targetTriwulan, RealisasiRepository realisasi, RealisasiKomponenRepository nilaiKomponen,
          AnggaranRepository anggaran, RealisasiAnggaranRepository realisasiAnggaran, NarasiRepository narasi,
          BabRepository bab, JejakService jejak, BuktiService bukti) {
        this.jejak = jejak;
        this.bukti = bukti;
        this.profil = profil;
        this.skala = skala;
        this.renstra = renstra;
        this.periode = periode;
        this.simpul = simpul;
        this.indikator = indikator;
        this.komponen = komponen;
        this.target = target;
        this.targetTriwulan = targetTriwulan;
        this.realisasi = realisasi;
        this.nilaiKomponen = nilaiKomponen;
        this.anggaran = anggaran;
        this.realisasiAnggaran = realisasiAnggaran;
        this.narasi = narasi;
        this.bab = bab;
    }

    /**
     * Imports with one summary row in the audit log instead of a row per change (hundreds, for a framework).
     */
    @Transactional
    public Ringkasan impor(Dokumen dokumen, Mode mode) {
        Ringkasan r = JejakKonteks.ringkas(() -> tulis(dokumen, mode));
        jejak.ringkasan(JejakKonteks.sekarang().pengguna(), "IMPOR", "dokumen",
                Map.of("mode", mode.name(), "periode", r.periode, "simpul", r.simpul, "indikator", r.indikator));
        return r;
    }

    private Ringkasan tulis(Dokumen dokumen, Mode mode) {
        List<Galat> galat = PemeriksaDokumen.periksa(dokumen);
        if (!galat.isEmpty()) {
            throw new DokumenTidakValidException(galat);
        }
        if (mode == Mode.GANTI) {
            // evidence cannot travel in a document, and replacing the framework would delete it with its indicators
            long berkas = bukti.jumlah();
            if (berkas > 0) {
                throw new ConflictException("mode", "Dinas ini menyimpan " + berkas + " berkas bukti dukung yang akan ikut terhapus "
                        + "bila kerangka diganti; impor dengan mode GABUNG, atau hapus bukti tersebut dahulu");
            }
            for (Periode p : renstra.daftarPeriode()) {
                renstra.hapusPeriode(p.id(), true);
            }
        }
        if (dokumen.profile() != null) {
            ProfilData lama = profil.baca();
            ProfilData baru = profil(dokumen.profile(), lama.version());
            jalankan("profile", () -> profil.simpan(mode == Mode.GANTI ? baru : lengkapi(baru, lama)));
        }
        if (dokumen.scale() != null && !dokumen.scale().isEmpty()) {
            jalankan("scale", () -> skala.simpan(dokumen.scale().stream().map(s -> new SkalaInput(s.lowerBound(), s.label())).toList()));
        }
        Ringkasan r = new Ringkasan();
        List<Dokumen.Period> periods = daftar(dokumen.periods());
        for (int i = 0; i < periods.size(); i++) {
            Dokumen.Period p = periods.get(i);
            jalankan("periods[" + i + "]", () -> periode(p, r));
        }
        return r;
    }

    private Void periode(Dokumen.Period p, Ringkasan r) {
        Periode baru = periode.save(new Periode(null, p.name().strip(), p.startYear(), p.endYear(), null));
        r.periode++;
        Map<String, Simpul> menurutKode = new HashMap<>();
        List<Tertulis> tingkat = new ArrayList<>();
        List<Node> tujuan = daftar(p.tujuan());
        for (int i = 0; i < tujuan.size(); i++) {
            tingkat.add(new Tertulis(tujuan.get(i), null, i));
        }
        Tingkat level = Tingkat.TUJUAN;
        List<Tertulis> semua = new ArrayList<>();
        while (!tingkat.isEmpty()) {
            Tingkat lvl = level;
            List<Simpul> rows = tingkat.stream().map(t -> new Simpul(null, baru.id(), t.parentId, lvl, t.node.code().strip(),
                    t.node.name().strip(), t.urutan, rapi(t.node.unit()), rapi(t.node.outcome()), rapi(t.node.lokasi()), null)).toList();
            List<Simpul> saved = simpanSemua(simpul, rows);
            List<Tertulis> berikut = new ArrayList<>();
            for (int i = 0; i < saved.size(); i++) {
                Tertulis t = tingkat.get(i);
                t.simpul = saved.get(i);
                menurutKode.putIfAbsent(lvl.name() + "/" + t.node.code(), t.simpul);
                semua.add(t);
                List<Node> children = PohonDokumen.anak(t.node, lvl);
                for (int k = 0; k < children.size(); k++) {
                    berikut.add(new Tertulis(children.get(k), t.simpul.id(), k));
                }
            }
            r.simpul += saved.size();
            tingkat = berikut;
            level = lvl.bawah(); // null only after sub kegiatan, which has no children, so the loop ends
        }
        indikatorDan(semua, r);
        anggaranDari(semua);
        narasiDan(p, baru, menurutKode, r);
        return null;
    }

    /** Indicators of every node, then their components, targets and realisations, each kind in one batch. */
    private void indikatorDan(List<Tertulis> nodes, Ringkasan r) {
        List<Indikator> rows = new ArrayList<>();
        List<Dokumen.Indicator> asal = new ArrayList<>();
        for (Tertulis t : nodes) {
            List<Dokumen.Indicator> indicators = daftar(t.node.indicators());
            for (int k = 0; k < indicators.size(); k++) {
                Dokumen.Indicator d = indicators.get(k);
                rows.add(new Indikator(null, t.simpul.id(), d.code().strip(), d.name().strip(), rapi(d.satuan()), rapi(d.formulaText()),
                        rapi(d.formula()), KodeDokumen.polaritas(d.polarity()), KodeDokumen.agregasi(d.rollup()), rapi(d.dataSource()), rapi(d.unit()),
                        Boolean.TRUE.equals(d.iku()), d.precision() == null ? 2 : d.precision(), k, null));
                asal.add(d);
            }
        }
        List<Indikator> saved = simpanSemua(indikator, rows);
        r.indikator += saved.size();
        List<Komponen> komponenRows = new ArrayList<>();
        List<Target> targetRows = new ArrayList<>();
        List<TargetTriwulan> twRows = new ArrayList<>();
        List<Realisasi> realisasiRows = new ArrayList<>();
        List<Map<String, BigDecimal>> komponenRealisasi = new ArrayList<>();
        for (int i = 0; i < saved.size(); i++) {
            long id = saved.get(i).id();
            Dokumen.Indicator d = asal.get(i);
            List<Dokumen.Component> components = daftar(d.components());
            for (int k = 0; k < components.size(); k++) {
                Dokumen.Component c = components.get(k);
                komponenRows.add(new Komponen(null, id, c.name().strip(), c.label().strip(), rapi(c.satuan()), k));
            }
            for (Dokumen.TargetValue t : daftar(d.targets())) {
                targetRows.add(new Target(null, id, t.year(), JenisTarget.valueOf(t.kind()), t.value(), null));
            }
            for (Dokumen.QuarterTarget t : daftar(d.quarterlyTargets())) {
                twRows.add(new TargetTriwulan(null, id, t.year(), t.quarter(), t.value(), null));
            }
            for (Dokumen.Realisation x : daftar(d.realisations())) {
                boolean belum = KodeDokumen.BELUM_TERSEDIA.equals(x.status());
                realisasiRows.add(new Realisasi(null, id, x.year(), x.quarter(), x.value(),
                        belum ? StatusRealisasi.BELUM_TERSEDIA : StatusRealisasi.TERSEDIA, rapi(x.alasan()), rapi(x.sourceAgency()),
                        x.expectedDate(), rapi(x.note()), null));
                komponenRealisasi.add(x.components());
            }
            for (Dokumen.History h : daftar(d.history())) {
                realisasiRows.add(new Realisasi(null, id, h.year(), null, h.value(), StatusRealisasi.TERSEDIA, null, null, null,
                        rapi(h.note()), null));
                komponenRealisasi.add(h.components());
            }
        }
        simpanSemua(komponen, komponenRows);
        simpanSemua(target, targetRows);
        simpanSemua(targetTriwulan, twRows);
        List<Realisasi> savedRealisasi = simpanSemua(realisasi, realisasiRows);
        List<RealisasiKomponen> nilai = new ArrayList<>();
        for (int i = 0; i < savedRealisasi.size(); i++) {
            Map<String, BigDecimal> k = komponenRealisasi.get(i);
            if (k != null) {
                long id = savedRealisasi.get(i).id();
                new TreeMap<>(k).forEach((nama, v) -> nilai.add(new RealisasiKomponen(null, id, nama, v)));
            }
        }
        simpanSemua(nilaiKomponen, nilai);
    }

    private void anggaranDari(List<Tertulis> nodes) {
        List<Anggaran> lines = new ArrayList<>();
        List<RealisasiAnggaran> spent = new ArrayList<>();
        for (Tertulis t : nodes) {
            for (Dokumen.Budget b : daftar(t.node.budgets())) {
                if (b.anggaran() != null) {
                    lines.add(new Anggaran(null, t.simpul.id(), b.year(), b.anggaran(), rapi(b.sumberDana()), null));
                }
                for (Dokumen.BudgetRealisation br : daftar(b.realisasi())) {
                    spent.add(new RealisasiAnggaran(null, t.simpul.id(), b.year(), br.quarter(), br.kumulatif(), null));
                }
            }
        }
        simpanSemua(anggaran, lines);
        simpanSemua(realisasiAnggaran, spent);
    }

    private void narasiDan(Dokumen.Period p, Periode baru, Map<String, Simpul> menurutKode, Ringkasan r) {
        List<Narasi> rows = new ArrayList<>();
        for (Dokumen.Narrative n : daftar(p.narratives())) {
            Simpul s = menurutKode.get(n.level().toUpperCase(Locale.ROOT) + "/" + n.code());
            rows.add(new Narasi(null, s.id(), n.year(), n.quarter(), rapi(n.faktorPendukung()), rapi(n.faktorPenghambat()),
                    rapi(n.upayaSolusi()), null));
        }
        r.narasi += simpanSemua(narasi, rows).size();
        simpanSemua(bab, daftar(p.chapters()).stream()
                .map(c -> new Bab(null, baru.id(), c.key(), c.year(), c.quarter(), c.text().strip(), null)).toList());
    }

    private static <T> List<T> simpanSemua(io.micronaut.data.repository.CrudRepository<T, Long> repository, List<T> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<T> saved = new ArrayList<>();
        repository.saveAll(rows).forEach(saved::add);
        return saved;
    }

    static ProfilData profil(Dokumen.Profile p, @Nullable Long version) {
        Dokumen.Official k = p.kepala();
        Dokumen.Official a = p.atasan();
        return new ProfilData(p.officialName(), p.address(), p.region(), p.tugas(), p.fungsi(), p.visi(), p.misi(),
                k == null ? null : new ProfilData.Pejabat(k.name(), k.pangkat(), k.golongan(), k.nip(), k.jabatan(), k.acting()),
                a == null ? null : new ProfilData.Pejabat(a.name(), a.pangkat(), a.golongan(), a.nip(), a.jabatan(), a.acting()),
                version);
    }

    /** Merging keeps what the document leaves out: a Profil sheet with only the name does not wipe visi and misi. */
    static ProfilData lengkapi(ProfilData baru, ProfilData lama) {
        return new ProfilData(atau(baru.namaResmi(), lama.namaResmi()), atau(baru.alamat(), lama.alamat()),
                atau(baru.wilayah(), lama.wilayah()), atau(baru.tugas(), lama.tugas()), atau(baru.fungsi(), lama.fungsi()),
                atau(baru.visi(), lama.visi()), atau(baru.misi(), lama.misi()),
                lengkapi(baru.kepala(), lama.kepala()), lengkapi(baru.atasan(), lama.atasan()), baru.version());
    }

    @Nullable
    private static ProfilData.Pejabat lengkapi(@Nullable ProfilData.Pejabat baru, @Nullable ProfilData.Pejabat lama) {
        if (baru == null || lama == null) {
            return baru == null ? lama : baru;
        }
        return new ProfilData.Pejabat(atau(baru.nama(), lama.nama()), atau(baru.pangkat(), lama.pangkat()),
                atau(baru.golongan(), lama.golongan()), atau(baru.nip(), lama.nip()), atau(baru.jabatan(), lama.jabatan()),
                atau(baru.plt(), lama.plt()));
    }

    @Nullable
    private static <T> T atau(@Nullable T baru, @Nullable T lama) {
        return baru != null ? baru : lama;
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
        } catch (DataAccessException e) {
            // the trigger's rule (a quarter under review, a signed PK) in its own words; never the database's text
            Optional<Penolakan.SebabBasisData> sebab = Penolakan.sebabBasisData(e);
            if (sebab.isEmpty()) {
                LOG.error("Import failed at {}", di, e);
            }
            throw new InvalidInputException(di, "tidak dapat disimpan: "
                    + sebab.map(Penolakan.SebabBasisData::pesan).orElse("kesalahan pada server; kejadian ini sudah dicatat"));
        }
    }



    /** A node of the document and, once written, its row. */
    private static final class Tertulis {
        final Node node;
        final Long parentId;
        final int urutan;
        Simpul simpul;

        Tertulis(Node node, @Nullable Long parentId, int urutan) {
            this.node = node;
            this.parentId = parentId;
            this.urutan = urutan;
        }
    }

    /** What an import wrote. */
    @Serdeable
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
