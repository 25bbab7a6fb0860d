package id.kinerja.target;

import id.kinerja.common.ConflictException;
import id.kinerja.common.HasilSimpan;
import id.kinerja.common.InvalidInputException;
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

    /** Upserts (or deletes, when {@code nilai} is null) every item; any error rolls back all of them. */
    @Transactional
    public HasilSimpan simpan(List<@Valid TargetInput> items) {
        Set<Long> ids = new HashSet<>();
        items.forEach(i -> ids.add(i.indikatorId()));
        // locking the indicators makes racing writers of the same new target take turns (never a duplicate key)
        Set<Long> ada = new HashSet<>(ids.isEmpty() ? List.of() : tahunan.kunciIndikator(ids));
        Map<String, Target> lamaTahunan = new HashMap<>();
        tahunan.findByIndikatorIdInList(ids).forEach(t -> lamaTahunan.put(kunci(t.indikatorId(), t.tahun(), t.jenis().name()), t));
        Map<String, TargetTriwulan> lamaTriwulan = new HashMap<>();
        triwulanan.findByIndikatorIdInList(ids).forEach(t -> lamaTriwulan.put(kunci(t.indikatorId(), t.tahun(), "TW" + t.triwulan()), t));

        int disimpan = 0;
        int dihapus = 0;
        List<Long> dibuat = new java.util.ArrayList<>();
        Set<String> dilihat = new HashSet<>();
        for (int n = 0; n < items.size(); n++) {
            TargetInput in = items.get(n);
            String di = "[" + n + "]";
            if (!ada.contains(in.indikatorId())) {
                throw new InvalidInputException(di + ".indikatorId", "indikator " + in.indikatorId() + " tidak ditemukan");
            }
            if ((in.jenis() == null) == (in.triwulan() == null)) {
                throw new InvalidInputException(di, "isi jenis (target tahunan) atau triwulan (target triwulan), salah satu");
            }
            String kunci = kunci(in.indikatorId(), in.tahun(), in.jenis() != null ? in.jenis().name() : "TW" + in.triwulan());
            if (!dilihat.add(kunci)) {
                throw new InvalidInputException(di, "target yang sama muncul dua kali dalam permintaan ini");
            }
            if (in.jenis() != null) {
                Target lama = lamaTahunan.get(kunci);
                periksaVersi(in, lama == null ? null : lama.version(), "Target " + di, di);
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
                periksaVersi(in, lama == null ? null : lama.version(), "Target triwulan " + di, di);
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
    private static void periksaVersi(TargetInput in, @Nullable Long ada, String apa, String di) {
        if (Boolean.TRUE.equals(in.baru())) {
            if (in.version() != null) {
                throw new InvalidInputException(di + ".baru", "isi version (mengubah target yang ada) atau baru, bukan keduanya");
            }
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

    private static String kunci(long indikatorId, int tahun, String jenis) {
        return indikatorId + "/" + tahun + "/" + jenis;
    }


}
