package id.kinerja.ui.realisasi;

import id.kinerja.capaian.Kalkulasi;
import id.kinerja.ui.komponen.Angka;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/** A number typed into the grid: the text as typed, the number it reads as the Indonesian way, or why it is none. */
final class Isian {

    String teks;
    @Nullable
    BigDecimal nilai;
    @Nullable
    String galat;

    Isian(@Nullable BigDecimal asal) {
        nilai = Kalkulasi.bersih(asal);
        teks = Angka.tulisPenuh(nilai);
    }

    void ketik(@Nullable String isi) {
        teks = isi == null ? "" : isi;
        try {
            nilai = Kalkulasi.bersih(Angka.baca(teks));
            galat = null;
        } catch (IllegalArgumentException e) {
            nilai = null;
            galat = e.getMessage();
        }
    }
}
