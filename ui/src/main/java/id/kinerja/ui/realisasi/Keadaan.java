package id.kinerja.ui.realisasi;

import id.kinerja.capaian.Kalkulasi;
import id.kinerja.realisasi.Realisasi;
import id.kinerja.realisasi.StatusRealisasi;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import static id.kinerja.common.Teks.rapi;

/**
 * A quarter's realisation of one indicator in a comparable form (numbers without trailing zeros, texts trimmed):
 * what was read and what is typed now are equal exactly when nothing changed.
 */
record Keadaan(StatusRealisasi status, @Nullable BigDecimal nilai, Map<String, BigDecimal> komponen, @Nullable String alasan,
               @Nullable String sumber, @Nullable LocalDate perkiraanTanggal, @Nullable String catatan) {

    Keadaan {
        nilai = Kalkulasi.bersih(nilai);
        Map<String, BigDecimal> k = new TreeMap<>();
        komponen.forEach((n, v) -> {
            if (v != null) {
                k.put(n, Kalkulasi.bersih(v));
            }
        });
        komponen = Map.copyOf(k);
        alasan = rapi(alasan);
        sumber = rapi(sumber);
        catatan = rapi(catatan);
    }

    @Nullable
    static Keadaan dari(@Nullable Realisasi r, Map<String, BigDecimal> komponen) {
        return r == null ? null : new Keadaan(r.status(), r.nilai(), komponen, r.alasan(), r.sumber(), r.perkiraanTanggal(),
                r.catatan());
    }
}
