package id.kinerja.common;

import io.micronaut.core.annotation.Nullable;

/** Optimistic versioning: an edit names the version it was based on; a stale one is a conflict (409). */
public final class Versions {

    private Versions() {
    }

    public static void check(@Nullable Long expected, @Nullable Long actual, String what) {
        if (expected == null) {
            throw new InvalidInputException("version", "wajib diisi: versi data yang diubah");
        }
        if (!expected.equals(actual)) {
            throw new ConflictException("version", what + " sudah diubah orang lain (versi " + actual
                    + ", bukan " + expected + "); muat ulang lalu ulangi perubahan");
        }
    }
}
