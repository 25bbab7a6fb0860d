package id.kinerja.ui.target;

import id.kinerja.ui.komponen.Angka;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/**
 * One cell of the target grid: what was read (value and version), what is typed now, and its marks — not a number
 * ({@link #galat}), changed by someone else since it was read ({@link #basi}).
 */
final class Sel {

    @Nullable
    BigDecimal asal;
    @Nullable
    Long version;
    String teks;
    @Nullable
    BigDecimal nilai;
    @Nullable
    String galat;
    @Nullable
    String basi;

    Sel(@Nullable BigDecimal asal, @Nullable Long version) {
        this.asal = asal;
        this.version = version;
        this.nilai = asal;
        this.teks = Angka.tulisPenuh(asal);
    }

    /** What a person typed, read the Indonesian way; a text that is not a number is kept and marked. */
    void ketik(@Nullable String isi) {
        teks = isi == null ? "" : isi;
        try {
            nilai = Angka.baca(teks);
            galat = null;
        } catch (IllegalArgumentException e) {
            nilai = null;
            galat = e.getMessage();
        }
    }

    boolean berubah() {
        return galat != null || (nilai == null ? asal != null : asal == null || nilai.compareTo(asal) != 0);
    }
}
