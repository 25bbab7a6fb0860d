package id.kinerja.realisasi;

import id.kinerja.common.HasilSimpan;
import id.kinerja.common.Pemeriksaan;
import id.kinerja.common.Versions;
import id.kinerja.indikator.IndikatorService;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static id.kinerja.common.Teks.rapi;

/** Realisations per indicator, year and quarter, written in bulk, all or nothing. */
@Singleton
public class RealisasiService {

    private final RealisasiRepository realisasi;
    private final RealisasiKomponenRepository nilaiKomponen;
    private final IndikatorService indikator;

    RealisasiService(RealisasiRepository realisasi, RealisasiKomponenRepository nilaiKomponen, IndikatorService indikator) {
        this.realisasi = realisasi;
        this.nilaiKomponen = nilaiKomponen;
        this.indikator = indikator;
    }

    public List<RealisasiLengkap> milik(long indikatorId) {
        List<Realisasi> rows = realisasi.findByIndikatorIdOrderByTahunAndTriwulan(indikatorId);
        Map<Long, Map<String, BigDecimal>> k = komponenDari(nilaiKomponen.findByRealisasiIdInList(
                rows.stream().map(Realisasi::id).toList()));
        return rows.stream().map(r -> new RealisasiLengkap(r, k.getOrDefault(r.id(), Map.of()))).toList();
    }

    /** The realisations of a period's indicators in years {@code dari}..{@code sampai}. */
    public List<Realisasi> diPeriode(long periodeId, int dari, int sampai) {
        return realisasi.diPeriode(periodeId, dari, sampai);
    }

    /** Their component values. */
    public List<RealisasiKomponen> komponenDiPeriode(long periodeId, int dari, int sampai) {
        return nilaiKomponen.diPeriode(periodeId, dari, sampai);
    }

    /** Every realisation of some indicators. */
    public List<Realisasi> semuaMilik(java.util.Collection<Long> indikatorIds) {
        return indikatorIds.isEmpty() ? List.of() : realisasi.findByIndikatorIdInList(indikatorIds);
    }

    /** One indicator's realisations by year and quarter. */
    public List<Realisasi> daftarMilik(long indikatorId) {
        return realisasi.findByIndikatorIdOrderByTahunAndTriwulan(indikatorId);
    }

    /** The component values of some realisations. */
    public List<RealisasiKomponen> nilaiKomponen(java.util.Collection<Long> realisasiIds) {
        return realisasiIds.isEmpty() ? List.of() : nilaiKomponen.findByRealisasiIdInList(realisasiIds);
    }

    /** How many realisations (values, components or "not available") a quarter has. */
    public long jumlah(int tahun, int triwulan) {
        return realisasi.countByTahunAndTriwulan(tahun, triwulan);
    }

    /** Component values grouped by realisation id, names in order. */
    public static Map<Long, Map<String, BigDecimal>> komponenDari(List<RealisasiKomponen> rows) {
        Map<Long, Map<String, BigDecimal>> map = new HashMap<>();
        for (RealisasiKomponen k : rows) {
            map.computeIfAbsent(k.realisasiId(), x -> new TreeMap<>()).put(k.nama(), k.nilai());
        }
        return map;
    }

    /**
     * Adds many realisations in one batch (an imported framework): for indicators that have none yet for the same
     * year and quarter (an existing one collides). Every problem is reported at once, at {@code [n].field}.
     */
    @Transactional
    public HasilSimpan tambahSemua(List<@Valid RealisasiInput> items) {
        if (items.isEmpty()) {
            return new HasilSimpan(0, 0, List.of());
        }
        Pemeriksaan p = new Pemeriksaan();
        AturanRealisasi.periksaSemua(items, indikator.namaKomponen(items.stream().map(RealisasiInput::indikatorId)
                .collect(Collectors.toSet()))::get, p);
        p.lempar();
        List<Realisasi> rows = items.stream().map(in -> new Realisasi(null, in.indikatorId(), in.tahun(), in.triwulan(), in.nilai(),
                in.status() == null ? StatusRealisasi.TERSEDIA : in.status(), rapi(in.alasan()), rapi(in.sumber()),
                in.perkiraanTanggal(), rapi(in.catatan()), null)).toList();
        List<Long> ids = new java.util.ArrayList<>();
        realisasi.saveAll(rows).forEach(r -> ids.add(r.id()));
        List<RealisasiKomponen> nilai = new java.util.ArrayList<>();
        for (int n = 0; n < items.size(); n++) {
            if (items.get(n).komponen() != null) {
                long id = ids.get(n);
                new TreeMap<>(items.get(n).komponen()).forEach((nama, v) -> nilai.add(new RealisasiKomponen(null, id, nama, v)));
            }
        }
        if (!nilai.isEmpty()) {
            nilaiKomponen.saveAll(nilai);
        }
        return new HasilSimpan(ids.size(), 0, ids);
    }

    @Transactional
    public HasilSimpan simpan(List<@Valid RealisasiInput> items) {
        Set<Long> ids = items.stream().map(RealisasiInput::indikatorId).collect(Collectors.toSet());
        if (!ids.isEmpty()) {
            realisasi.kunciIndikator(ids); // racing writers of the same new realisation take turns (never a duplicate key)
        }
        Map<Long, Set<String>> namaKomponen = indikator.namaKomponen(ids);
        Map<String, Realisasi> lama = new HashMap<>();
        realisasi.findByIndikatorIdInList(ids).forEach(r -> lama.put(AturanRealisasi.kunci(r.indikatorId(), r.tahun(), r.triwulan()), r));

        Pemeriksaan p = new Pemeriksaan();
        AturanRealisasi.periksaSemua(items, namaKomponen::get, p);
        p.lempar();

        int disimpan = 0;
        int dihapus = 0;
        List<Long> dibuat = new java.util.ArrayList<>();
        for (int n = 0; n < items.size(); n++) {
            RealisasiInput in = items.get(n);
            String di = "[" + n + "]";
            String kunci = AturanRealisasi.kunci(in.indikatorId(), in.tahun(), in.triwulan());
            Realisasi sebelumnya = lama.get(kunci);
            if (sebelumnya != null && in.version() != null) {
                Versions.check(in.version(), sebelumnya.version(), "Realisasi " + di);
            }
            if (Boolean.TRUE.equals(in.hapus())) {
                if (sebelumnya != null) {
                    realisasi.delete(sebelumnya);
                    dihapus++;
                }
                continue;
            }
            Map<String, BigDecimal> k = in.komponen() == null ? Map.of() : in.komponen();
            StatusRealisasi status = in.status() == null ? StatusRealisasi.TERSEDIA : in.status();
            Realisasi baru = new Realisasi(sebelumnya == null ? null : sebelumnya.id(), in.indikatorId(), in.tahun(),
                    in.triwulan(), in.nilai(), status, rapi(in.alasan()), rapi(in.sumber()), in.perkiraanTanggal(),
                    rapi(in.catatan()), sebelumnya == null ? null : sebelumnya.version());
            Realisasi tersimpan;
            if (sebelumnya == null) {
                tersimpan = realisasi.save(baru);
                dibuat.add(tersimpan.id());
            } else {
                tersimpan = realisasi.update(baru);
                nilaiKomponen.deleteByRealisasiId(sebelumnya.id());
            }
            for (Map.Entry<String, BigDecimal> e : new TreeMap<>(k).entrySet()) {
                nilaiKomponen.save(new RealisasiKomponen(null, tersimpan.id(), e.getKey(), e.getValue()));
            }
            disimpan++;
        }
        return new HasilSimpan(disimpan, dihapus, dibuat);
    }



}
