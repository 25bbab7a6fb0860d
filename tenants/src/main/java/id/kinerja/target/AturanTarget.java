package id.kinerja.target;

import id.kinerja.common.Pemeriksaan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rules of targets, in one place: annual (a kind) or quarterly (a quarter), one of them; one target per
 * indicator, year and kind or quarter in a request; {@code version} or {@code baru}, not both.
 */
public final class AturanTarget {

    private AturanTarget() {
    }

    /** Every problem of a bulk request, at {@code [n].field}; {@code ada} tells which indicators exist. */
    public static void periksaSemua(List<TargetInput> items, Predicate<Long> ada, Pemeriksaan p) {
        Set<String> dilihat = new HashSet<>();
        for (int n = 0; n < items.size(); n++) {
            TargetInput in = items.get(n);
            Pemeriksaan di = p.di("[" + n + "]");
            if (!ada.test(in.indikatorId())) {
                di.tambah("indikatorId", "indikator " + in.indikatorId() + " tidak ditemukan");
                continue;
            }
            if ((in.jenis() == null) == (in.triwulan() == null)) {
                di.tambah(null, "isi jenis (target tahunan) atau triwulan (target triwulan), salah satu");
                continue;
            }
            if (!dilihat.add(kunci(in))) {
                di.tambah(null, (in.jenis() != null ? "target " + in.jenis() : "target triwulan " + in.triwulan())
                        + " tahun " + in.tahun() + " muncul dua kali");
            }
            if (Boolean.TRUE.equals(in.baru()) && in.version() != null) {
                di.tambah("baru", "isi version (mengubah target yang ada) atau baru, bukan keduanya");
            }
        }
    }

    static String kunci(TargetInput in) {
        return in.indikatorId() + "/" + in.tahun() + "/" + (in.jenis() != null ? in.jenis().name() : "TW" + in.triwulan());
    }
}
