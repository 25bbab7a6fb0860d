package id.kinerja.target;

import id.kinerja.common.ConflictException;
import id.kinerja.common.HasilSimpan;
import id.kinerja.common.Pemeriksaan;
import id.kinerja.common.Versions;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Targets per indicator and year, annual (in versions) and quarterly; written in bulk, all or nothing. */
@Singleton
public class TargetService {

    private final TargetRepository tahunan;
    private final TargetTriwulanRepository triwulanan;

    TargetService(TargetRepository tahunan, TargetTriwulanRepository triwulanan) {
        this.tahunan = tahunan;
        this.triwulanan = triwulanan;
    }

    public List<Target> tahunan(long indikatorId) {
        return tahunan.findByIndikatorIdOrderByTahunAndJenis(indikatorId);
    }

    public List<TargetTriwulan> triwulanan(long indikatorId) {
        return triwulanan.findByIndikatorIdOrderByTahunAndTriwulan(indikatorId);
    }

    /** The annual targets of a period's indicators. */
    public List<Target> diPeriode(long periodeId) {
        return tahunan.diPeriode(periodeId);
    }

    /** The quarterly targets of a period's indicators. */
    public List<TargetTriwulan> triwulananDiPeriode(long periodeId) {
        return triwulanan.diPeriode(periodeId);
    }

    /**
     * Adds many targets in one batch (an imported framework), for indicators that have none yet for the same year
     * and kind or quarter (an existing one collides); an item without {@code nilai} adds nothing. Every problem is
     * reported at once, at {@code [n].field}.
     */
    @Transactional
    public HasilSimpan tambahSemua(List<@Valid TargetInput> items) {
        if (items.isEmpty()) {
            return new HasilSimpan(0, 0, List.of());
        }
        Set<Long> ada = new HashSet<>(tahunan.kunciIndikator(items.stream().map(TargetInput::indikatorId).collect(
                java.util.stream.Collectors.toSet())));
        Pemeriksaan p = new Pemeriksaan();
        AturanTarget.periksaSemua(items, ada::contains, p);
        p.lempar();
        List<Target> a = items.stream().filter(i -> i.jenis() != null && i.nilai() != null)
                .map(i -> new Target(null, i.indikatorId(), i.tahun(), i.jenis(), i.nilai(), null)).toList();
        List<TargetTriwulan> b = items.stream().filter(i -> i.triwulan() != null && i.nilai() != null)
                .map(i -> new TargetTriwulan(null, i.indikatorId(), i.tahun(), i.triwulan(), i.nilai(), null)).toList();
        List<Long> dibuat = new java.util.ArrayList<>();
        if (!a.isEmpty()) {
            tahunan.saveAll(a).forEach(t -> dibuat.add(t.id()));
        }
        if (!b.isEmpty()) {
            triwulanan.saveAll(b).forEach(t -> dibuat.add(t.id()));
        }
        return new HasilSimpan(dibuat.size(), 0, dibuat);
    }

    /** Upserts (or deletes, when {@code nilai} is null) every item; any error rolls back all of them. */
    @Transactional
    public HasilSimpan simpan(List<@Valid TargetInput> items) {
        Set<Long> ids = new HashSet<>();
        items.forEach(i -> ids.add(i.indikatorId()));
        // locking the indicators makes racing writers of the same new target take turns (never a duplicate key)
        Set<Long> ada = new HashSet<>(ids.isEmpty() ? List.of() : tahunan.kunciIndikator(ids));
        Map<String, Target> lamaTahunan = new HashMap<>();
        tahunan.findByIndikatorIdInList(ids).forEach(t -> lamaTahunan.put(t.indikatorId() + "/" + t.tahun() + "/" + t.jenis().name(), t));
        Map<String, TargetTriwulan> lamaTriwulan = new HashMap<>();
        triwulanan.findByIndikatorIdInList(ids).forEach(t -> lamaTriwulan.put(t.indikatorId() + "/" + t.tahun() + "/TW" + t.triwulan(), t));

        Pemeriksaan p = new Pemeriksaan();
        AturanTarget.periksaSemua(items, ada::contains, p);
        p.lempar();

        int disimpan = 0;
        int dihapus = 0;
        List<Long> dibuat = new java.util.ArrayList<>();
        for (int n = 0; n < items.size(); n++) {
            TargetInput in = items.get(n);
            String di = "[" + n + "]";
            String kunci = AturanTarget.kunci(in);
            if (in.jenis() != null) {
                Target lama = lamaTahunan.get(kunci);
                periksaVersi(in, lama == null ? null : lama.version(), "Target " + di);
                if (in.nilai() == null) {
                    if (lama != null) {
                        tahunan.delete(lama);
                        dihapus++;
                    }
                } else if (lama == null) {
                    dibuat.add(tahunan.save(new Target(null, in.indikatorId(), in.tahun(), in.jenis(), in.nilai(), null)).id());
                    disimpan++;
                } else if (lama.nilai().compareTo(in.nilai()) != 0) {
                    tahunan.update(new Target(lama.id(), lama.indikatorId(), lama.tahun(), lama.jenis(), in.nilai(), lama.version()));
                    disimpan++;
                }
            } else {
                TargetTriwulan lama = lamaTriwulan.get(kunci);
                periksaVersi(in, lama == null ? null : lama.version(), "Target triwulan " + di);
                if (in.nilai() == null) {
                    if (lama != null) {
                        triwulanan.delete(lama);
                        dihapus++;
                    }
                } else if (lama == null) {
                    dibuat.add(triwulanan.save(new TargetTriwulan(null, in.indikatorId(), in.tahun(), in.triwulan(), in.nilai(), null)).id());
                    disimpan++;
                } else if (lama.nilai().compareTo(in.nilai()) != 0) {
                    triwulanan.update(new TargetTriwulan(lama.id(), lama.indikatorId(), lama.tahun(), lama.triwulan(),
                            in.nilai(), lama.version()));
                    disimpan++;
                }
            }
        }
        return new HasilSimpan(disimpan, dihapus, dibuat);
    }

    /**
     * The writer's view against what is there: a {@code version} must be current (and the target still there, unless
     * it is being emptied anyway); {@code baru} means no target may be there yet.
     */
    private static void periksaVersi(TargetInput in, @Nullable Long ada, String apa) {
        if (Boolean.TRUE.equals(in.baru())) {
            if (ada != null) {
                throw new ConflictException("version", apa + " sudah diisi orang lain (versi " + ada
                        + "); muat ulang lalu ulangi perubahan");
            }
        } else if (in.version() != null) {
            if (ada == null) {
                if (in.nilai() != null) {
                    throw new ConflictException("version", apa + " sudah dihapus orang lain; muat ulang lalu ulangi perubahan");
                }
            } else {
                Versions.check(in.version(), ada, apa);
            }
        }
    }



}
