package id.kinerja.renstra;

import io.micronaut.core.annotation.Nullable;

/** Levels of the framework tree, each under the one before it. */
public enum Tingkat {
    TUJUAN, SASARAN, PROGRAM, KEGIATAN, SUB_KEGIATAN;

    /** The level a node of this level hangs under; null for tujuan (the roots). */
    @Nullable
    public Tingkat induk() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }

    /** The level of this level's children; null for sub kegiatan (the leaves). */
    @Nullable
    public Tingkat bawah() {
        return ordinal() + 1 == values().length ? null : values()[ordinal() + 1];
    }

    public String label() {
        return switch (this) {
            case TUJUAN -> "Tujuan";
            case SASARAN -> "Sasaran";
            case PROGRAM -> "Program";
            case KEGIATAN -> "Kegiatan";
            case SUB_KEGIATAN -> "Sub Kegiatan";
        };
    }
}
