package id.kinerja.ui.target;

import id.kinerja.target.JenisTarget;
import io.micronaut.core.annotation.Nullable;

/** The columns of the target grid: the five versions of the year's target side by side, then the four quarters. */
enum Kolom {
    RENSTRA(JenisTarget.RENSTRA, null, "Renstra"),
    RENJA(JenisTarget.RENJA, null, "Renja"),
    P_RENJA(JenisTarget.P_RENJA, null, "P-Renja"),
    PK(JenisTarget.PK, null, "PK"),
    PK_PERUBAHAN(JenisTarget.PK_PERUBAHAN, null, "PK Perubahan"),
    TW1(null, 1, "TW I"),
    TW2(null, 2, "TW II"),
    TW3(null, 3, "TW III"),
    TW4(null, 4, "TW IV");

    @Nullable
    final JenisTarget jenis;
    @Nullable
    final Integer triwulan;
    final String label;

    Kolom(@Nullable JenisTarget jenis, @Nullable Integer triwulan, String label) {
        this.jenis = jenis;
        this.triwulan = triwulan;
        this.label = label;
    }

    static Kolom dari(JenisTarget j) {
        return valueOf(j.name());
    }

    static Kolom triwulan(int tw) {
        return values()[PK_PERUBAHAN.ordinal() + tw];
    }
}
