package id.kinerja.ui.realisasi;

import id.kinerja.capaian.DataKinerja;
import id.kinerja.capaian.Kalkulator;
import id.kinerja.capaian.PohonCapaian.IndikatorCapaian;
import id.kinerja.indikator.Indikator;
import id.kinerja.indikator.Komponen;
import id.kinerja.realisasi.Realisasi;
import id.kinerja.realisasi.RealisasiKomponen;
import id.kinerja.renstra.Simpul;
import id.kinerja.target.Target;
import id.kinerja.target.TargetTriwulan;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The capaian of one indicator with what is typed now in place of the quarter's saved realisation, computed by the
 * same {@link Kalkulator} the API and the reports use (roll-up of quarters, formulas with {@code x[N-1]}, polarity,
 * the dinas's scale): the data of the period read once, cut down to the indicator for each calculation.
 */
final class Hitungan {

    /** The id the typed realisation takes in the calculation; saved ones have positive ids. */
    private static final long KETIKAN = -1L;

    private final DataKinerja data;
    private final int tahun;
    private final int triwulan;
    private final Map<Long, Simpul> simpul = new HashMap<>();
    private final Map<Long, List<Komponen>> komponen = new HashMap<>();
    private final Map<Long, List<Target>> target = new HashMap<>();
    private final Map<Long, List<TargetTriwulan>> targetTriwulan = new HashMap<>();
    private final Map<Long, List<Realisasi>> realisasi = new HashMap<>();
    private final Map<Long, List<RealisasiKomponen>> nilaiKomponen = new HashMap<>();

    Hitungan(DataKinerja data, int tahun, int triwulan) {
        this.data = data;
        this.tahun = tahun;
        this.triwulan = triwulan;
        data.simpul().forEach(s -> simpul.put(s.id(), s));
        data.komponen().forEach(k -> komponen.computeIfAbsent(k.indikatorId(), x -> new ArrayList<>()).add(k));
        data.target().forEach(t -> target.computeIfAbsent(t.indikatorId(), x -> new ArrayList<>()).add(t));
        data.targetTriwulan().forEach(t -> targetTriwulan.computeIfAbsent(t.indikatorId(), x -> new ArrayList<>()).add(t));
        data.realisasi().forEach(r -> realisasi.computeIfAbsent(r.indikatorId(), x -> new ArrayList<>()).add(r));
        data.nilaiKomponen().forEach(k -> nilaiKomponen.computeIfAbsent(k.realisasiId(), x -> new ArrayList<>()).add(k));
    }

    List<Komponen> komponen(long indikatorId) {
        return komponen.getOrDefault(indikatorId, List.of());
    }

    /** The quarter's saved realisation of an indicator, with its component values. */
    @Nullable
    Realisasi realisasi(long indikatorId) {
        return realisasi.getOrDefault(indikatorId, List.of()).stream()
                .filter(r -> r.tahun() == tahun && Objects.equals(r.triwulan(), triwulan)).findFirst().orElse(null);
    }

    Map<String, BigDecimal> komponenDari(@Nullable Realisasi r) {
        Map<String, BigDecimal> m = new HashMap<>();
        if (r != null) {
            nilaiKomponen.getOrDefault(r.id(), List.of()).forEach(k -> m.put(k.nama(), k.nilai()));
        }
        return m;
    }

    /** The indicator's capaian with {@code ketikan} (null: nothing) as the quarter's realisation. */
    IndikatorCapaian hitung(Indikator ind, @Nullable Keadaan ketikan) {
        Simpul s = simpul.get(ind.simpulId());
        Simpul sendiri = new Simpul(s.id(), s.periodeId(), null, s.tingkat(), s.kode(), s.nama(), 0, s.unitKerja(),
                s.outcome(), s.lokasi(), s.version());
        List<Realisasi> real = new ArrayList<>();
        List<RealisasiKomponen> nilai = new ArrayList<>();
        for (Realisasi r : realisasi.getOrDefault(ind.id(), List.of())) {
            if (r.tahun() == tahun && Objects.equals(r.triwulan(), triwulan)) {
                continue;
            }
            real.add(r);
            nilai.addAll(nilaiKomponen.getOrDefault(r.id(), List.of()));
        }
        if (ketikan != null) {
            real.add(new Realisasi(KETIKAN, ind.id(), tahun, triwulan, ketikan.nilai(), ketikan.status(), ketikan.alasan(),
                    ketikan.sumber(), ketikan.perkiraanTanggal(), ketikan.catatan(), null));
            ketikan.komponen().forEach((n, v) -> nilai.add(new RealisasiKomponen(null, KETIKAN, n, v)));
        }
        DataKinerja satu = new DataKinerja(data.periode(), List.of(sendiri), List.of(ind), komponen(ind.id()),
                target.getOrDefault(ind.id(), List.of()), targetTriwulan.getOrDefault(ind.id(), List.of()), real, nilai,
                List.of(), List.of(), data.skala());
        return Kalkulator.hitung(satu, tahun, triwulan).tujuan().getFirst().indikator().getFirst();
    }
}
