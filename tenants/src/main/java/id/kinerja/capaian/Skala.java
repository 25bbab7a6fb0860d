package id.kinerja.capaian;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The ordinal scale of a tenant, by default Tabel 3.1 of the Lumajang LKjIP 2025:
 * {@code > 90} Sangat Tinggi · {@code > 75–90} Tinggi · {@code > 65–75} Sedang · {@code > 50–65} Rendah ·
 * {@code ≤ 50} Sangat Rendah.
 */
@io.micronaut.serde.annotation.Serdeable
public record Skala(List<KategoriSkala> kategori) {

    public static final Skala BAKU = new Skala(List.of(
            new KategoriSkala(null, new BigDecimal("90"), "Sangat Tinggi", 1),
            new KategoriSkala(null, new BigDecimal("75"), "Tinggi", 2),
            new KategoriSkala(null, new BigDecimal("65"), "Sedang", 3),
            new KategoriSkala(null, new BigDecimal("50"), "Rendah", 4),
            new KategoriSkala(null, null, "Sangat Rendah", 5)));

    public Skala {
        kategori = kategori.stream()
                .sorted(Comparator.comparing(KategoriSkala::batasBawah, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** The category of a capaian in percent; null for no capaian. */
    @Nullable
    public String kategori(@Nullable BigDecimal capaian) {
        if (capaian == null) {
            return null;
        }
        for (KategoriSkala k : kategori) {
            if (k.batasBawah() == null || capaian.compareTo(k.batasBawah()) > 0) {
                return k.label();
            }
        }
        return kategori.getLast().label();
    }
}
