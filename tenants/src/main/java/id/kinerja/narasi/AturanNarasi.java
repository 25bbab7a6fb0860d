package id.kinerja.narasi;

import id.kinerja.common.Pemeriksaan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules of narratives and chapters in a bulk write: each (node or chapter, year, quarter) once. */
public final class AturanNarasi {

    private AturanNarasi() {
    }

    public static void periksaNarasi(List<NarasiInput> items, Pemeriksaan p) {
        Set<String> dilihat = new HashSet<>();
        for (int n = 0; n < items.size(); n++) {
            NarasiInput in = items.get(n);
            if (!dilihat.add(in.simpulId() + "/" + in.tahun() + "/" + in.triwulan())) {
                p.tambah("[" + n + "]", "narasi yang sama muncul dua kali");
            }
        }
    }

    public static void periksaBab(List<BabInput> items, Pemeriksaan p) {
        Set<String> dilihat = new HashSet<>();
        for (int n = 0; n < items.size(); n++) {
            BabInput in = items.get(n);
            if (!dilihat.add(in.periodeId() + "/" + in.kunci() + "/" + in.tahun() + "/" + in.triwulan())) {
                p.tambah("[" + n + "]", "bab '" + in.kunci() + "' tahun " + in.tahun() + " muncul dua kali");
            }
        }
    }
}
