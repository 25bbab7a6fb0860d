package id.kinerja.capaian;

import id.kinerja.anggaran.AnggaranRepository;
import id.kinerja.anggaran.RealisasiAnggaranRepository;
import id.kinerja.common.NotFoundException;
import id.kinerja.indikator.Indikator;
import id.kinerja.indikator.IndikatorRepository;
import id.kinerja.indikator.KomponenRepository;
import id.kinerja.realisasi.Realisasi;
import id.kinerja.realisasi.RealisasiKomponenRepository;
import id.kinerja.realisasi.RealisasiRepository;
import id.kinerja.renstra.Periode;
import id.kinerja.renstra.RenstraService;
import id.kinerja.renstra.Simpul;
import id.kinerja.rumus.Rumus;
import id.kinerja.target.Target;
import id.kinerja.target.TargetRepository;
import id.kinerja.target.TargetTriwulan;
import id.kinerja.target.TargetTriwulanRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Loads a period's data in one read transaction and computes capaian with {@link Kalkulator}. */
@Singleton
public class CapaianService {

    private final RenstraService renstra;
    private final IndikatorRepository indikator;
    private final KomponenRepository komponen;
    private final TargetRepository target;
    private final TargetTriwulanRepository targetTriwulan;
    private final RealisasiRepository realisasi;
    private final RealisasiKomponenRepository nilaiKomponen;
    private final AnggaranRepository anggaran;
    private final RealisasiAnggaranRepository realisasiAnggaran;
    private final SkalaService skala;

    CapaianService(RenstraService renstra, IndikatorRepository indikator, KomponenRepository komponen, TargetRepository target,
                   TargetTriwulanRepository targetTriwulan, RealisasiRepository realisasi,
                   RealisasiKomponenRepository nilaiKomponen, AnggaranRepository anggaran,
                   RealisasiAnggaranRepository realisasiAnggaran, SkalaService skala) {
        this.renstra = renstra;
        this.indikator = indikator;
        this.komponen = komponen;
        this.target = target;
        this.targetTriwulan = targetTriwulan;
        this.realisasi = realisasi;
        this.nilaiKomponen = nilaiKomponen;
        this.anggaran = anggaran;
        this.realisasiAnggaran = realisasiAnggaran;
        this.skala = skala;
    }

    /** The whole tree for {@code tahun} up to quarter {@code triwulan}, of the given period or the one measuring that year. */
    @Transactional(readOnly = true)
    public PohonCapaian pohon(@Nullable Long periodeId, int tahun, int triwulan) {
        Periode periode = periodeId == null ? renstra.periodeUntuk(tahun) : renstra.periode(periodeId);
        return Kalkulator.hitung(muat(periode, tahun), tahun, triwulan);
    }

    /** Everything of a period the calculation of {@code tahun} reads (realisations back to the formulas' reach). */
    @Transactional(readOnly = true)
    public DataKinerja muat(Periode periode, int tahun) {
        long id = periode.id();
        int dari = tahun - Rumus.TAHUN_KE_BELAKANG;
        return new DataKinerja(periode, renstra.pohon(id), indikator.diPeriode(id), komponen.diPeriode(id),
                target.diPeriode(id), targetTriwulan.diPeriode(id), realisasi.diPeriode(id, dari, tahun),
                nilaiKomponen.diPeriode(id, dari, tahun), anggaran.diPeriode(id), realisasiAnggaran.diPeriode(id),
                skala.baca());
    }

    /** An indicator across the years it has targets or realisations for: each year measured to its end. */
    @Transactional(readOnly = true)
    public Riwayat riwayat(long indikatorId) {
        Indikator ind = indikator.findById(indikatorId)
                .orElseThrow(() -> new NotFoundException("Indikator " + indikatorId + " tidak ditemukan"));
        Simpul simpul = renstra.simpul(ind.simpulId());
        Periode periode = renstra.periode(simpul.periodeId());
        List<Target> targets = target.findByIndikatorIdOrderByTahunAndJenis(indikatorId);
        List<TargetTriwulan> tw = targetTriwulan.findByIndikatorIdOrderByTahunAndTriwulan(indikatorId);
        List<Realisasi> real = realisasi.findByIndikatorIdOrderByTahunAndTriwulan(indikatorId);
        Set<Integer> tahun = new TreeSet<>();
        targets.forEach(t -> tahun.add(t.tahun()));
        tw.forEach(t -> tahun.add(t.tahun()));
        real.forEach(r -> tahun.add(r.tahun()));
        Simpul sendiri = new Simpul(simpul.id(), simpul.periodeId(), null, simpul.tingkat(), simpul.kode(), simpul.nama(), 0,
                simpul.unitKerja(), simpul.outcome(), simpul.lokasi(), simpul.version());
        DataKinerja data = new DataKinerja(periode, List.of(sendiri), List.of(ind), komponen.findByIndikatorIdOrderByUrutan(indikatorId),
                targets, tw, real, nilaiKomponen.findByRealisasiIdInList(real.stream().map(Realisasi::id).toList()),
                List.of(), List.of(), skala.baca());
        List<Riwayat.Tahun> perTahun = tahun.stream()
                .map(t -> new Riwayat.Tahun(t, Kalkulator.hitung(data, t, 4).tujuan().getFirst().indikator().getFirst()))
                .toList();
        return new Riwayat(ind.id(), ind.kode(), ind.nama(), ind.satuan(), perTahun);
    }

    /** Per-indicator history across years. */
    @Serdeable
    public record Riwayat(long indikatorId, String kode, String nama, @Nullable String satuan, List<Tahun> tahun) {
        @Serdeable
        public record Tahun(int tahun, PohonCapaian.IndikatorCapaian capaian) {
        }
    }
}
