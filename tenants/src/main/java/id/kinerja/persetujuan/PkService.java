package id.kinerja.persetujuan;

import id.kinerja.capaian.CapaianService;
import id.kinerja.capaian.DataKinerja;
import id.kinerja.capaian.PohonCapaian;
import id.kinerja.capaian.PohonCapaian.SimpulCapaian;
import id.kinerja.common.ConflictException;
import id.kinerja.common.InvalidInputException;
import id.kinerja.pengguna.Pelaku;
import id.kinerja.profil.ProfilData;
import id.kinerja.profil.ProfilService;
import id.kinerja.renstra.Tingkat;
import id.kinerja.target.JenisTarget;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Perjanjian Kinerja of a year: a draft computed from the framework until it is signed; signing freezes
 * it as a snapshot, after which its PK targets cannot change (later changes are PK Perubahan targets). The PK
 * Perubahan of the year amends the signed PK the same way: drafted from the PK_PERUBAHAN targets, signed once.
 */
@Singleton
public class PkService {

    private final PerjanjianKinerjaRepository pk;
    private final CapaianService capaian;
    private final ProfilService profil;

    PkService(PerjanjianKinerjaRepository pk, CapaianService capaian, ProfilService profil) {
        this.pk = pk;
        this.capaian = capaian;
        this.profil = profil;
    }

    /** The signed PK of {@code tahun}, or the draft the framework gives today. */
    public IsiPk baca(int tahun) {
        return baca((Long) null, tahun, false);
    }

    /** As {@link #baca(int)}, the draft taken from the given period (null: the one measuring the year). */
    public IsiPk baca(@Nullable Long periodeId, int tahun) {
        return baca(periodeId, tahun, false);
    }

    /** As {@link #baca(Long, int)}, the draft computed from the period's data already read ({@code CapaianService.muat}). */
    public IsiPk baca(DataKinerja data, int tahun) {
        return baca(data, tahun, false);
    }

    /**
     * The PK ({@code perubahan} false) or the PK Perubahan of {@code tahun}: as signed, or the draft the framework gives
     * today (from the given period; null: the one measuring the year). A PK Perubahan amends a signed PK: refused
     * (409) while the year's PK is not signed.
     */
    public IsiPk baca(@Nullable Long periodeId, int tahun, boolean perubahan) {
        return baca(tahun, perubahan, () -> capaian.muat(periodeId, tahun));
    }

    /** As {@link #baca(Long, int, boolean)}, the draft computed from the period's data already read. */
    public IsiPk baca(DataKinerja data, int tahun, boolean perubahan) {
        return baca(tahun, perubahan, () -> data);
    }

    private IsiPk baca(int tahun, boolean perubahan, Supplier<DataKinerja> data) {
        Optional<PerjanjianKinerja> ada = pk.findByTahunAndPerubahan(tahun, perubahan);
        if (ada.isPresent()) {
            return ada.get().snapshot();
        }
        if (perubahan) {
            pastikanPkDitandatangani(tahun);
        }
        return susun(data.get(), tahun, perubahan).isi();
    }

    /** Whether the PK of {@code tahun} is signed: its PK targets are then frozen (the database refuses changes). */
    public boolean ditandatangani(int tahun) {
        return ditandatangani(tahun, false);
    }

    /** Whether the PK ({@code perubahan} false) or the PK Perubahan of {@code tahun} is signed. */
    public boolean ditandatangani(int tahun, boolean perubahan) {
        return pk.findByTahunAndPerubahan(tahun, perubahan).isPresent();
    }

    /**
     * Signs the PK of {@code tahun}: the draft is computed before the write's transaction opens, and the write
     * checks that the data it was computed from has not changed meanwhile.
     */
    public IsiPk tandatangani(int tahun) {
        return tandatangani(tahun, false);
    }

    /**
     * Signs the PK ({@code perubahan} false) or the PK Perubahan of {@code tahun}, as {@link #tandatangani(int)}. A PK
     * Perubahan needs the year's PK signed and at least one PK_PERUBAHAN target; once signed, the year's PK_PERUBAHAN
     * targets are frozen too.
     */
    public IsiPk tandatangani(int tahun, boolean perubahan) {
        sudahDitandatangani(tahun, perubahan);
        if (perubahan) {
            pastikanPkDitandatangani(tahun);
        }
        DataKinerja data = capaian.muat(null, tahun);
        return simpan(tahun, perubahan, susun(data, tahun, perubahan), data);
    }

    private void sudahDitandatangani(int tahun, boolean perubahan) {
        if (ditandatangani(tahun, perubahan)) {
            throw new ConflictException("tahun", nama(perubahan) + " tahun " + tahun + " sudah ditandatangani");
        }
    }

    private void pastikanPkDitandatangani(int tahun) {
        if (!ditandatangani(tahun, false)) {
            throw new ConflictException("tahun", "Perjanjian Kinerja tahun " + tahun + " belum ditandatangani: "
                    + "PK Perubahan mengubah PK yang sudah ditandatangani; tandatangani PK-nya lebih dahulu");
        }
    }

    private static String nama(boolean perubahan) {
        return perubahan ? "Perjanjian Kinerja Perubahan" : "Perjanjian Kinerja";
    }

    @Transactional
    IsiPk simpan(int tahun, boolean perubahan, Draf draf, DataKinerja dibaca) {
        sudahDitandatangani(tahun, perubahan);
        if (perubahan) {
            pastikanPkDitandatangani(tahun);
        }
        if (!capaian.muat(null, tahun).equals(dibaca)) {
            throw new ConflictException("tahun", "Target atau anggaran tahun " + tahun
                    + " berubah selama penandatanganan; muat ulang lalu ulangi");
        }
        IsiPk d = draf.isi();
        if (d.sasaran().isEmpty()) {
            throw new InvalidInputException("tahun", "belum ada target PK tahun " + tahun + " untuk ditandatangani");
        }
        if (perubahan && draf.targetPerubahan() == 0) {
            throw new InvalidInputException("tahun", "belum ada target PK Perubahan (PK_PERUBAHAN) tahun " + tahun
                    + ": isi target yang berubah lebih dahulu");
        }
        String oleh = Pelaku.current().map(Pelaku::username).orElse(null);
        IsiPk isi = new IsiPk(tahun, true, java.time.Instant.now(), oleh, d.pihakPertama(), d.pihakKedua(), d.sasaran(),
                d.program(), d.jumlahAnggaran(), perubahan);
        pk.save(new PerjanjianKinerja(null, tahun, perubahan, isi.ditandatanganiPada(), oleh, isi));
        return isi;
    }

    /** A draft and how many of its targets are PK_PERUBAHAN ones. */
    record Draf(IsiPk isi, int targetPerubahan) {
    }

    /**
     * The draft of the year from the framework: the sasaran's indicators with their PK target (for a PK Perubahan,
     * their PK_PERUBAHAN target where there is one, else the PK target), and the programs with their budgets.
     */
    private Draf susun(DataKinerja data, int tahun, boolean perubahan) {
        PohonCapaian pohon = capaian.hitung(data, tahun, 4);
        List<IsiPk.Sasaran> sasaran = new ArrayList<>();
        List<IsiPk.Program> program = new ArrayList<>();
        int[] berubah = {0};
        jelajah(pohon.tujuan(), s -> {
            if (s.tingkat() == Tingkat.SASARAN) {
                for (var i : s.indikator()) {
                    BigDecimal target = i.target().get(JenisTarget.PK);
                    BigDecimal ubah = perubahan ? i.target().get(JenisTarget.PK_PERUBAHAN) : null;
                    if (ubah != null) {
                        target = ubah;
                        berubah[0]++;
                    }
                    if (target != null) {
                        sasaran.add(new IsiPk.Sasaran(s.kode(), s.nama(), i.kode(), i.nama(), i.satuan(), target));
                    }
                }
            }
            if (s.tingkat() == Tingkat.PROGRAM && s.anggaran().anggaran() != null) {
                program.add(new IsiPk.Program(s.kode(), s.nama(), s.anggaran().anggaran(), s.anggaran().sumberDana()));
            }
        });
        BigDecimal jumlah = program.stream().map(IsiPk.Program::anggaran).reduce(BigDecimal.ZERO, BigDecimal::add);
        ProfilData p = profil.baca();
        ProfilData.Pejabat k = p.kepala();
        ProfilData.Pejabat a = p.atasan();
        return new Draf(new IsiPk(tahun, false, null, null,
                new IsiPk.Pihak(k.nama(), "Kepala " + (p.namaResmi() == null ? "Dinas" : p.namaResmi()), k.pangkat(), k.nip(), false),
                new IsiPk.Pihak(a.nama(), a.jabatan(), a.pangkat(), a.nip(), Boolean.TRUE.equals(a.plt())),
                sasaran, program, program.isEmpty() ? null : jumlah, perubahan), berubah[0]);
    }

    private static void jelajah(List<SimpulCapaian> nodes, Consumer<SimpulCapaian> visit) {
        for (SimpulCapaian s : nodes) {
            visit.accept(s);
            jelajah(s.anak(), visit);
        }
    }
}
