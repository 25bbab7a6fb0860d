package id.kinerja.capaian;

import id.kinerja.basisdata.Transaksi;
import id.kinerja.common.NotFoundException;
import id.kinerja.anggaran.AnggaranService;
import id.kinerja.indikator.Indikator;
import id.kinerja.indikator.IndikatorService;
import id.kinerja.realisasi.RealisasiService;
import id.kinerja.target.TargetService;
import id.kinerja.indikator.Komponen;
import id.kinerja.realisasi.Realisasi;
import id.kinerja.realisasi.RealisasiKomponen;
import id.kinerja.target.Target;
import id.kinerja.target.TargetTriwulan;
import id.kinerja.renstra.Periode;
import id.kinerja.renstra.RenstraService;
import id.kinerja.renstra.Simpul;
import id.kinerja.rumus.Rumus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loads a period's data in one read transaction, then computes capaian with {@link Kalkulator} after it has
 * ended: no calculation ever runs while a connection is held.
 */
@Singleton
public class CapaianService {

    private final RenstraService renstra;
    private final IndikatorService indikator;
    private final TargetService target;
    private final RealisasiService realisasi;
    private final AnggaranService anggaran;
    private final SkalaService skala;
    private final Transaksi transaksi;

    CapaianService(RenstraService renstra, IndikatorService indikator, TargetService target, RealisasiService realisasi,
                   AnggaranService anggaran, SkalaService skala, Transaksi transaksi) {
        this.renstra = renstra;
        this.indikator = indikator;
        this.target = target;
        this.realisasi = realisasi;
        this.anggaran = anggaran;
        this.skala = skala;
        this.transaksi = transaksi;
    }

    /** The whole tree for {@code tahun} up to quarter {@code triwulan}, of the given period or the one measuring that year. */
    public PohonCapaian pohon(@Nullable Long periodeId, int tahun, int triwulan) {
        return hitung(muat(periodeId, tahun), tahun, triwulan);
    }

    /** The tree from data already read (see {@link #muat}); refused inside a transaction. */
    public PohonCapaian hitung(DataKinerja data, int tahun, int triwulan) {
        transaksi.pastikanDiLuarTransaksi("Capaian");
        return Kalkulator.hitung(data, tahun, triwulan);
    }

    /**
     * Everything of the period (given, or the one measuring {@code tahun}) the calculation of {@code tahun} reads,
     * with realisations back to the formulas' reach, in one read transaction.
     */
    @Transactional(readOnly = true)
    public DataKinerja muat(@Nullable Long periodeId, int tahun) {
        Periode periode = periodeId == null ? renstra.periodeUntuk(tahun) : renstra.periode(periodeId);
        long id = periode.id();
        int dari = tahun - Rumus.TAHUN_KE_BELAKANG;
        return new DataKinerja(periode, renstra.pohon(id), indikator.diPeriode(id), indikator.komponenDiPeriode(id),
                target.diPeriode(id), target.triwulananDiPeriode(id), realisasi.diPeriode(id, dari, tahun),
                realisasi.komponenDiPeriode(id, dari, tahun), anggaran.diPeriode(id), anggaran.realisasiDiPeriode(id),
                skala.baca());
    }

    /**
     * The period's framework alone (nodes, indicators, components), for a document that prints words and no numbers
     * (the IKU): three reads instead of the calculation's ten; the lists of numbers are empty.
     */
    @Transactional(readOnly = true)
    public DataKinerja muatKerangka(long periodeId) {
        Periode periode = renstra.periode(periodeId);
        return new DataKinerja(periode, renstra.pohon(periodeId), indikator.diPeriode(periodeId), indikator.komponenDiPeriode(periodeId),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), skala.baca());
    }

    /** An indicator across the years it has targets or realisations for: each year measured to its end. */
    public Riwayat riwayat(long indikatorId) {
        DataKinerja data = muatRiwayat(indikatorId);
        transaksi.pastikanDiLuarTransaksi("Riwayat capaian");
        return riwayatDari(data);
    }

    /**
     * The histories ({@link #riwayat(long)}) of some indicators of a period whose data is already read ({@link #muat}:
     * its framework and every year's targets): only the realisations of all years are read, in one read transaction
     * of two queries, instead of five queries per indicator.
     */
    public Map<Long, Riwayat> riwayat(DataKinerja data, Collection<Long> indikatorIds) {
        Set<Long> ids = new HashSet<>(indikatorIds);
        if (ids.isEmpty()) {
            return Map.of();
        }
        RealisasiSemuaTahun r = muatRealisasiSemuaTahun(ids);
        transaksi.pastikanDiLuarTransaksi("Riwayat capaian");
        Map<Long, Simpul> simpul = new HashMap<>();
        data.simpul().forEach(s -> simpul.put(s.id(), s));
        Map<Long, Long> realisasiKe = new HashMap<>();
        r.realisasi().forEach(x -> realisasiKe.put(x.id(), x.indikatorId()));
        Map<Long, Riwayat> out = new HashMap<>();
        for (Indikator ind : data.indikator()) {
            Simpul s = simpul.get(ind.simpulId());
            if (!ids.contains(ind.id()) || s == null) {
                continue;
            }
            long id = ind.id();
            Simpul sendiri = new Simpul(s.id(), s.periodeId(), null, s.tingkat(), s.kode(), s.nama(), 0,
                    s.unitKerja(), s.outcome(), s.lokasi(), s.version());
            List<Realisasi> real = r.realisasi().stream().filter(x -> x.indikatorId() == id)
                    .sorted(Comparator.comparingInt(Realisasi::tahun)
                            .thenComparing(Realisasi::triwulan, Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            out.put(id, riwayatDari(new DataKinerja(data.periode(), List.of(sendiri), List.of(ind),
                    data.komponen().stream().filter(k -> k.indikatorId() == id).sorted(Comparator.comparingInt(Komponen::urutan)).toList(),
                    data.target().stream().filter(t -> t.indikatorId() == id)
                            .sorted(Comparator.comparingInt(Target::tahun).thenComparing(t -> t.jenis().name())).toList(),
                    data.targetTriwulan().stream().filter(t -> t.indikatorId() == id)
                            .sorted(Comparator.comparingInt(TargetTriwulan::tahun).thenComparingInt(TargetTriwulan::triwulan)).toList(),
                    real,
                    r.nilaiKomponen().stream().filter(n -> Long.valueOf(id).equals(realisasiKe.get(n.realisasiId()))).toList(),
                    List.of(), List.of(), data.skala())));
        }
        return out;
    }

    /** The realisations of every year of some indicators, with their component values. */
    @Transactional(readOnly = true)
    RealisasiSemuaTahun muatRealisasiSemuaTahun(Collection<Long> indikatorIds) {
        List<Realisasi> real = realisasi.semuaMilik(indikatorIds);
        return new RealisasiSemuaTahun(real, real.isEmpty() ? List.of()
                : realisasi.nilaiKomponen(real.stream().map(Realisasi::id).toList()));
    }

    record RealisasiSemuaTahun(List<Realisasi> realisasi, List<RealisasiKomponen> nilaiKomponen) {
    }

    private Riwayat riwayatDari(DataKinerja data) {
        Set<Integer> tahun = new TreeSet<>();
        data.target().forEach(t -> tahun.add(t.tahun()));
        data.targetTriwulan().forEach(t -> tahun.add(t.tahun()));
        data.realisasi().forEach(r -> tahun.add(r.tahun()));
        Indikator ind = data.indikator().getFirst();
        List<Riwayat.Tahun> perTahun = tahun.stream()
                .map(t -> new Riwayat.Tahun(t, Kalkulator.hitung(data, t, 4).tujuan().getFirst().indikator().getFirst()))
                .toList();
        return new Riwayat(ind.id(), ind.kode(), ind.nama(), ind.satuan(), perTahun);
    }

    /** One indicator with all its years, under its node alone. */
    @Transactional(readOnly = true)
    DataKinerja muatRiwayat(long indikatorId) {
        Indikator ind = indikator.cari(indikatorId)
                .orElseThrow(() -> new NotFoundException("Indikator " + indikatorId + " tidak ditemukan"));
        Simpul simpul = renstra.simpul(ind.simpulId());
        Periode periode = renstra.periode(simpul.periodeId());
        List<Realisasi> real = realisasi.daftarMilik(indikatorId);
        Simpul sendiri = new Simpul(simpul.id(), simpul.periodeId(), null, simpul.tingkat(), simpul.kode(), simpul.nama(), 0,
                simpul.unitKerja(), simpul.outcome(), simpul.lokasi(), simpul.version());
        return new DataKinerja(periode, List.of(sendiri), List.of(ind), indikator.komponen(indikatorId),
                target.tahunan(indikatorId),
                target.triwulanan(indikatorId), real,
                realisasi.nilaiKomponen(real.stream().map(Realisasi::id).toList()), List.of(), List.of(), skala.baca());
    }

    /** Per-indicator history across years. */
    @Serdeable
    public record Riwayat(long indikatorId, String kode, String nama, @Nullable String satuan, List<Tahun> tahun) {
        @Serdeable
        public record Tahun(int tahun, PohonCapaian.IndikatorCapaian capaian) {
        }
    }
}
