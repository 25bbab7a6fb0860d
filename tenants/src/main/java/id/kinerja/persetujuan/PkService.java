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
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Perjanjian Kinerja of a year: a draft computed from the framework until it is signed; signing freezes
 * it as a snapshot, after which its PK targets cannot change (later changes are PK Perubahan targets).
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
        return baca((Long) null, tahun);
    }

    /** As {@link #baca(int)}, the draft taken from the given period (null: the one measuring the year). */
    public IsiPk baca(@io.micronaut.core.annotation.Nullable Long periodeId, int tahun) {
        return pk.findByTahun(tahun).map(PerjanjianKinerja::snapshot).orElseGet(() -> susun(capaian.muat(periodeId, tahun), tahun));
    }

    /** As {@link #baca(Long, int)}, the draft computed from the period's data already read ({@code CapaianService.muat}). */
    public IsiPk baca(DataKinerja data, int tahun) {
        return pk.findByTahun(tahun).map(PerjanjianKinerja::snapshot).orElseGet(() -> susun(data, tahun));
    }

    /** Whether the PK of {@code tahun} is signed: its PK targets are then frozen (the database refuses changes). */
    public boolean ditandatangani(int tahun) {
        return pk.findByTahun(tahun).isPresent();
    }

    /**
     * Signs the PK of {@code tahun}: the draft is computed before the write's transaction opens, and the write
     * checks that the data it was computed from has not changed meanwhile.
     */
    public IsiPk tandatangani(int tahun) {
        sudahDitandatangani(tahun);
        DataKinerja data = capaian.muat(null, tahun);
        return simpan(tahun, susun(data, tahun), data);
    }

    private void sudahDitandatangani(int tahun) {
        if (pk.findByTahun(tahun).isPresent()) {
            throw new ConflictException("tahun", "Perjanjian Kinerja tahun " + tahun + " sudah ditandatangani");
        }
    }

    @Transactional
    IsiPk simpan(int tahun, IsiPk draf, DataKinerja dibaca) {
        sudahDitandatangani(tahun);
        if (!capaian.muat(null, tahun).equals(dibaca)) {
            throw new ConflictException("tahun", "Target atau anggaran tahun " + tahun
                    + " berubah selama penandatanganan; muat ulang lalu ulangi");
        }
        if (draf.sasaran().isEmpty()) {
            throw new InvalidInputException("tahun", "belum ada target PK tahun " + tahun + " untuk ditandatangani");
        }
        String oleh = Pelaku.current().map(Pelaku::username).orElse(null);
        IsiPk isi = new IsiPk(tahun, true, java.time.Instant.now(), oleh, draf.pihakPertama(), draf.pihakKedua(), draf.sasaran(),
                draf.program(), draf.jumlahAnggaran());
        pk.save(new PerjanjianKinerja(null, tahun, isi.ditandatanganiPada(), oleh, isi));
        return isi;
    }

    private IsiPk susun(DataKinerja data, int tahun) {
        PohonCapaian pohon = capaian.hitung(data, tahun, 4);
        List<IsiPk.Sasaran> sasaran = new ArrayList<>();
        List<IsiPk.Program> program = new ArrayList<>();
        jelajah(pohon.tujuan(), s -> {
            if (s.tingkat() == Tingkat.SASARAN) {
                s.indikator().stream().filter(i -> i.target().containsKey(JenisTarget.PK))
                        .forEach(i -> sasaran.add(new IsiPk.Sasaran(s.kode(), s.nama(), i.kode(), i.nama(), i.satuan(),
                                i.target().get(JenisTarget.PK))));
            }
            if (s.tingkat() == Tingkat.PROGRAM && s.anggaran().anggaran() != null) {
                program.add(new IsiPk.Program(s.kode(), s.nama(), s.anggaran().anggaran(), s.anggaran().sumberDana()));
            }
        });
        BigDecimal jumlah = program.stream().map(IsiPk.Program::anggaran).reduce(BigDecimal.ZERO, BigDecimal::add);
        ProfilData p = profil.baca();
        ProfilData.Pejabat k = p.kepala();
        ProfilData.Pejabat a = p.atasan();
        return new IsiPk(tahun, false, null, null,
                new IsiPk.Pihak(k.nama(), "Kepala " + (p.namaResmi() == null ? "Dinas" : p.namaResmi()), k.pangkat(), k.nip(), false),
                new IsiPk.Pihak(a.nama(), a.jabatan(), a.pangkat(), a.nip(), Boolean.TRUE.equals(a.plt())),
                sasaran, program, program.isEmpty() ? null : jumlah);
    }

    private static void jelajah(List<SimpulCapaian> nodes, Consumer<SimpulCapaian> visit) {
        for (SimpulCapaian s : nodes) {
            visit.accept(s);
            jelajah(s.anak(), visit);
        }
    }
}
