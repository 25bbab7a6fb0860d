package id.kinerja.anggaran;

import id.kinerja.common.Pemeriksaan;
import id.kinerja.renstra.Tingkat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules of budgets, in one place: only programs, kegiatan and sub kegiatan carry them; one budget per node
 * and year, one spending per node, year and quarter in a request. The amounts' bounds are on the commands.
 */
public final class AturanAnggaran {

    private static final Set<Tingkat> BERANGGARAN = Set.of(Tingkat.PROGRAM, Tingkat.KEGIATAN, Tingkat.SUB_KEGIATAN);

    private AturanAnggaran() {
    }

    /** Whether a node of this level may carry a budget; the reason when not. */
    public static void tingkat(Tingkat tingkat, String field, Pemeriksaan p) {
        if (!BERANGGARAN.contains(tingkat)) {
            p.tambah(field, "anggaran dicatat pada program, kegiatan atau sub kegiatan, bukan " + tingkat.label().toLowerCase());
        }
    }

    /** Every problem of a bulk write of budgets; {@code tingkat} gives a node's level, null when it does not exist. */
    public static void periksaAnggaran(List<AnggaranInput> items, Function<Long, Tingkat> tingkat, Pemeriksaan p) {
        Set<String> dilihat = new HashSet<>();
        for (int n = 0; n < items.size(); n++) {
            AnggaranInput in = items.get(n);
            Pemeriksaan di = p.di("[" + n + "]");
            if (simpul(in.simpulId(), tingkat, di) && !dilihat.add(in.simpulId() + "/" + in.tahun())) {
                di.tambah(null, "anggaran simpul dan tahun " + in.tahun() + " yang sama muncul dua kali");
            }
        }
    }

    /** Every problem of a bulk write of spending. */
    public static void periksaRealisasi(List<RealisasiAnggaranInput> items, Function<Long, Tingkat> tingkat, Pemeriksaan p) {
        Set<String> dilihat = new HashSet<>();
        for (int n = 0; n < items.size(); n++) {
            RealisasiAnggaranInput in = items.get(n);
            Pemeriksaan di = p.di("[" + n + "]");
            if (simpul(in.simpulId(), tingkat, di) && !dilihat.add(in.simpulId() + "/" + in.tahun() + "/" + in.triwulan())) {
                di.tambah(null, "realisasi anggaran tahun " + in.tahun() + " triwulan " + in.triwulan() + " muncul dua kali");
            }
        }
    }

    private static boolean simpul(Long simpulId, Function<Long, Tingkat> tingkat, Pemeriksaan p) {
        Tingkat t = tingkat.apply(simpulId);
        if (t == null) {
            p.tambah("simpulId", "simpul " + simpulId + " tidak ditemukan");
            return false;
        }
        tingkat(t, "simpulId", p);
        return true;
    }
}
