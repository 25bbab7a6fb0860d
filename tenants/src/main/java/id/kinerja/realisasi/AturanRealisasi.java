package id.kinerja.realisasi;

import id.kinerja.common.Pemeriksaan;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import static id.kinerja.common.Teks.rapi;

/**
 * The rules of realisations, in one place: a value, components or "not available" with a reason; only the
 * indicator's own components; one realisation per indicator, year and quarter in a request.
 */
public final class AturanRealisasi {

    private AturanRealisasi() {
    }

    /**
     * Every problem of a bulk request, at {@code [n].field}. {@code komponen} gives an indicator's component names,
     * null for an indicator that does not exist.
     */
    public static void periksaSemua(List<RealisasiInput> items, Function<Long, Set<String>> komponen, Pemeriksaan p) {
        Set<String> dilihat = new HashSet<>();
        for (int n = 0; n < items.size(); n++) {
            RealisasiInput in = items.get(n);
            Pemeriksaan di = p.di("[" + n + "]");
            Set<String> dikenal = komponen.apply(in.indikatorId());
            if (dikenal == null) {
                di.tambah("indikatorId", "indikator " + in.indikatorId() + " tidak ditemukan");
                continue;
            }
            if (!dilihat.add(kunci(in.indikatorId(), in.tahun(), in.triwulan()))) {
                di.tambah(null, "realisasi tahun " + in.tahun() + (in.triwulan() == null ? "" : " triwulan " + in.triwulan())
                        + " muncul dua kali");
            }
            if (!Boolean.TRUE.equals(in.hapus())) {
                periksa(in, dikenal, di);
            }
        }
    }

    /** Every problem of one realisation of an indicator with components {@code dikenal}. */
    public static void periksa(RealisasiInput in, Set<String> dikenal, Pemeriksaan p) {
        Map<String, BigDecimal> k = in.komponen() == null ? Map.of() : in.komponen();
        for (String nama : new TreeSet<>(k.keySet())) {
            if (!dikenal.contains(nama)) {
                p.tambah("komponen." + nama, "komponen '" + nama + "' tidak ada pada indikator ini"
                        + (dikenal.isEmpty() ? "" : "; yang ada: " + String.join(", ", new TreeSet<>(dikenal))));
            }
        }
        if (in.status() == StatusRealisasi.BELUM_TERSEDIA) {
            if (rapi(in.alasan()) == null) {
                p.tambah("alasan", "wajib diisi bila realisasi belum tersedia");
            }
            if (in.nilai() != null) {
                p.tambah("nilai", "realisasi yang belum tersedia tidak punya nilai");
            }
        } else if (in.nilai() == null && k.isEmpty()) {
            p.tambah("nilai", "isi nilai atau komponen, atau tandai BELUM_TERSEDIA dengan alasan");
        }
    }

    static String kunci(long indikatorId, int tahun, @Nullable Integer triwulan) {
        return indikatorId + "/" + tahun + "/" + Objects.toString(triwulan, "tahun");
    }
}
