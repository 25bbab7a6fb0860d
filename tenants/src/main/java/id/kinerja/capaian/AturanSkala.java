package id.kinerja.capaian;

import id.kinerja.common.Pemeriksaan;

import java.math.BigDecimal;
import java.util.List;

/** The rules of a scale, in one place: each bound lower than the one before, only the last step without a bound. */
public final class AturanSkala {

    private AturanSkala() {
    }

    /** Every problem of {@code langkah}, at {@code [i].batasBawah}. */
    public static void periksa(List<SkalaInput> langkah, Pemeriksaan p) {
        BigDecimal sebelumnya = null;
        for (int i = 0; i < langkah.size(); i++) {
            BigDecimal batas = langkah.get(i).batasBawah();
            boolean terakhir = i == langkah.size() - 1;
            if (terakhir != (batas == null)) {
                p.tambah("[" + i + "].batasBawah", terakhir
                        ? "kategori terakhir tidak punya batas bawah" : "wajib diisi kecuali pada kategori terakhir");
            } else if (batas != null && sebelumnya != null && batas.compareTo(sebelumnya) >= 0) {
                p.tambah("[" + i + "].batasBawah", "harus lebih kecil dari batas sebelumnya " + sebelumnya);
            }
            sebelumnya = batas;
        }
    }
}
