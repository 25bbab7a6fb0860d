package id.kinerja.pertukaran;

import id.kinerja.pertukaran.dokumen.Dokumen;
import id.kinerja.pertukaran.dokumen.DokumenTidakValidException;
import id.kinerja.pertukaran.dokumen.Galat;
import id.kinerja.pertukaran.dokumen.PemeriksaDokumen;

import id.kinerja.anggaran.AnggaranInput;
import id.kinerja.anggaran.AnggaranService;
import id.kinerja.anggaran.RealisasiAnggaranInput;
import id.kinerja.bukti.BuktiService;
import id.kinerja.capaian.SkalaInput;
import id.kinerja.capaian.SkalaService;
import id.kinerja.capaian.AturanSkala;
import id.kinerja.common.ConflictException;
import id.kinerja.common.InvalidInputException;
import id.kinerja.common.Pemeriksaan;
import id.kinerja.common.Penolakan;
import id.kinerja.indikator.IndikatorBaru;
import id.kinerja.indikator.IndikatorService;
import id.kinerja.jejak.JejakService;
import id.kinerja.narasi.BabInput;
import id.kinerja.narasi.NarasiInput;
import id.kinerja.narasi.NarasiService;
import id.kinerja.profil.ProfilData;
import id.kinerja.profil.ProfilService;
import id.kinerja.realisasi.RealisasiInput;
import id.kinerja.realisasi.RealisasiService;
import id.kinerja.renstra.Periode;
import id.kinerja.renstra.RenstraService;
import id.kinerja.renstra.Simpul;
import id.kinerja.renstra.SimpulBaru;
import id.kinerja.target.TargetInput;
import id.kinerja.target.TargetService;
import id.kinerja.tenant.JejakKonteks;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.kinerja.common.Teks.daftar;

/**
 * Writes an exchange document into the current tenant, in one transaction: on any error nothing is written.
 * Every problem is found first, all at once ({@link #periksa}, {@link DokumenTidakValidException}): the document's
 * own rules ({@link PemeriksaDokumen}: the tree's levels, references) and each feature's rules on the commands
 * the document becomes ({@link RencanaImpor}). The writes then go through the features' services, in batches
 * level by level of the tree, so that onboarding a whole framework costs a few dozen statements, not thousands.
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
    private final IndikatorService indikator;
    private final TargetService target;
    private final RealisasiService realisasi;
    private final AnggaranService anggaran;
    private final NarasiService narasi;
    private final JejakService jejak;
    private final Validator validator;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Impor(ProfilService profil, BuktiService bukti, SkalaService skala, RenstraService renstra, IndikatorService indikator,
          TargetService target, RealisasiService realisasi, AnggaranService anggaran, NarasiService narasi, JejakService jejak,
          Validator validator) {
        this.profil = profil;
        this.bukti = bukti;
        this.skala = skala;
        this.renstra = renstra;
        this.indikator = indikator;
        this.target = target;
        this.realisasi = realisasi;
        this.anggaran = anggaran;
        this.narasi = narasi;
        this.jejak = jejak;
        this.validator = validator;
    }

    /** Every problem of a document, none written: its own rules and the features' rules, each at its path. */
    public List<Galat> periksa(Dokumen dokumen) {
        List<Galat> galat = new ArrayList<>(PemeriksaDokumen.periksa(dokumen));
        List<Dokumen.Period> periods = daftar(dokumen.periods());
        for (int i = 0; i < periods.size(); i++) {
            galat.addAll(new RencanaImpor(periods.get(i), "periods[" + i + "]").periksa(validator));
        }
        Pemeriksaan p = new Pemeriksaan();
        AturanSkala.periksa(skala(dokumen), p);
        p.semua().forEach(b -> galat.add(new Galat("scale" + RencanaImpor.dokumen(b.field()), b.alasan())));
        return galat.stream().distinct().toList();
    }

    private static List<SkalaInput> skala(Dokumen dokumen) {
        return daftar(dokumen.scale()).stream().map(s -> new SkalaInput(s.lowerBound(), s.label())).toList();
    }

    /**
     * Imports with one summary row in the audit log instead of a row per change (hundreds, for a framework).
     */
    @Transactional
    public Ringkasan impor(Dokumen dokumen, Mode mode) {
        Ringkasan r = JejakKonteks.ringkas(() -> tulis(dokumen, mode));
        catat(mode, r);
        return r;
    }

    /**
     * The framework part of an onboarding ({@code kerangka}: a document without profile and tenant) written into an
     * empty schema ahead of time, for the stock of filled schemas: as {@link #impor} in {@link Mode#GANTI} but without
     * the audit summary row — that row belongs to the onboarding that later takes the schema
     * ({@link #imporAtasKerangka}), with its user and time (the audit log is append-only: a row written now could not
     * be taken back).
     */
    @Transactional
    public Ringkasan tulisKerangka(Dokumen kerangka) {
        if (kerangka.profile() != null || kerangka.tenant() != null) {
            throw new IllegalArgumentException("a framework has no profile and no tenant");
        }
        return JejakKonteks.ringkas(() -> tulis(kerangka, Mode.GANTI));
    }

    /**
     * Completes {@link #impor impor(dokumen, GANTI)} in a schema that already holds {@code dokumen}'s framework written
     * by {@link #tulisKerangka} (the caller guarantees it: same content key): checks the whole document as the import
     * would, writes its profile and the audit summary row the import writes. The result is the import's.
     */
    @Transactional
    public Ringkasan imporAtasKerangka(Dokumen dokumen) {
        List<Galat> galat = periksa(dokumen);
        if (!galat.isEmpty()) {
            throw new DokumenTidakValidException(galat);
        }
        Ringkasan r = new Ringkasan();
        List<Dokumen.Period> periods = daftar(dokumen.periods());
        for (int i = 0; i < periods.size(); i++) {
            RencanaImpor rencana = new RencanaImpor(periods.get(i), "periods[" + i + "]");
            r.periode++;
            r.simpul += rencana.simpul.size();
            r.indikator += rencana.indikator.size();
            r.narasi += rencana.narasi.size(); // what NarasiService.tambahSemua counts
        }
        if (dokumen.profile() != null) {
            JejakKonteks.ringkas(() -> {
                ProfilData baru = profil(dokumen.profile(), profil.baca().version());
                return jalankan("profile", () -> profil.simpan(baru));
            });
        }
        catat(Mode.GANTI, r);
        return r;
    }

    private void catat(Mode mode, Ringkasan r) {
        jejak.ringkasan(JejakKonteks.sekarang().pengguna(), "IMPOR", "dokumen",
                Map.of("mode", mode.name(), "periode", r.periode, "simpul", r.simpul, "indikator", r.indikator));
    }

    private Ringkasan tulis(Dokumen dokumen, Mode mode) {
        List<Galat> galat = periksa(dokumen);
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
            jalankan("scale", () -> skala.simpan(skala(dokumen)));
        }
        Ringkasan r = new Ringkasan();
        List<Dokumen.Period> periods = daftar(dokumen.periods());
        for (int i = 0; i < periods.size(); i++) {
            RencanaImpor rencana = new RencanaImpor(periods.get(i), "periods[" + i + "]");
            jalankan(rencana.jalur, () -> tulis(rencana, r));
        }
        return r;
    }

    /** Writes a checked period: the plan's places become the ids the services return. */
    private Void tulis(RencanaImpor rencana, Ringkasan r) {
        long periodeId = renstra.salinPeriode(rencana.periode).id();
        r.periode++;
        long[] simpulId = new long[rencana.simpul.size()];
        for (List<Integer> level : rencana.tingkat) {
            List<SimpulBaru> rows = level.stream().map(n -> {
                RencanaImpor.Simpul s = rencana.simpul.get(n);
                Dokumen.Node d = s.node();
                return new SimpulBaru(periodeId, s.induk() < 0 ? null : simpulId[s.induk()], s.tingkat(), d.code(), d.name(),
                        s.urutan(), d.unit(), d.outcome(), d.lokasi());
            }).toList();
            List<Simpul> saved = renstra.tambahSemua(rows);
            for (int i = 0; i < level.size(); i++) {
                simpulId[level.get(i)] = saved.get(i).id();
            }
            r.simpul += saved.size();
        }
        List<Long> indikatorId = indikator.tambahSemua(rencana.indikator.stream()
                .map(i -> new IndikatorBaru(simpulId[i.simpulId().intValue()], i.indikator())).toList());
        r.indikator += indikatorId.size();
        target.tambahSemua(rencana.target.stream().map(t -> new TargetInput(indikatorId.get(t.indikatorId().intValue()), t.tahun(),
                t.jenis(), t.triwulan(), t.nilai(), null)).toList());
        realisasi.tambahSemua(rencana.realisasi.stream().map(x -> new RealisasiInput(indikatorId.get(x.indikatorId().intValue()),
                x.tahun(), x.triwulan(), x.nilai(), x.komponen(), x.status(), x.alasan(), x.sumber(), x.perkiraanTanggal(),
                x.catatan(), null, null)).toList());
        anggaran.tambahSemua(rencana.anggaran.stream().map(a -> new AnggaranInput(simpulId[a.simpulId().intValue()], a.tahun(),
                        a.baris())).toList(),
                rencana.serapan.stream().map(a -> new RealisasiAnggaranInput(simpulId[a.simpulId().intValue()], a.tahun(),
                        a.triwulan(), a.kumulatif(), null)).toList());
        r.narasi += narasi.tambahSemua(rencana.narasi.stream().map(n -> new NarasiInput(simpulId[n.simpulId().intValue()], n.tahun(),
                        n.triwulan(), n.faktorPendukung(), n.faktorPenghambat(), n.upayaSolusi(), null)).toList(),
                rencana.bab.stream().map(b -> new BabInput(periodeId, b.kunci(), b.tahun(), b.triwulan(), b.teks(), null)).toList());
        return null;
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
