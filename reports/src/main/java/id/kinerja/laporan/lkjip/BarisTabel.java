package id.kinerja.laporan.lkjip;

import io.micronaut.core.annotation.Nullable;

/**
 * A row of one of the Laporan Kinerja's tables (templates {@code lkjip-tabel-*}): cells {@code k1…k11} in the
 * order of the template's columns, each a text or a {@code Nilai}; {@code tebal} for a total row.
 */
public record BarisTabel(boolean tebal, @Nullable Object k1, @Nullable Object k2, @Nullable Object k3, @Nullable Object k4,
                         @Nullable Object k5, @Nullable Object k6, @Nullable Object k7, @Nullable Object k8, @Nullable Object k9,
                         @Nullable Object k10, @Nullable Object k11) {

    static BarisTabel dari(Object... sel) {
        return buat(false, sel);
    }

    static BarisTabel jumlah(Object... sel) {
        return buat(true, sel);
    }

    private static BarisTabel buat(boolean tebal, Object... sel) {
        Object[] k = java.util.Arrays.copyOf(sel, 11);
        return new BarisTabel(tebal, k[0], k[1], k[2], k[3], k[4], k[5], k[6], k[7], k[8], k[9], k[10]);
    }
}
