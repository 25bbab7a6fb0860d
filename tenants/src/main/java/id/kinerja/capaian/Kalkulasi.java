package id.kinerja.capaian;

import id.kinerja.indikator.Agregasi;
import id.kinerja.indikator.Polaritas;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.SortedMap;

/**
 * The SAKIP arithmetic of PermenPAN-RB 53/2014 as applied in the Lumajang LKjIP 2025, on exact decimals
 * (34 significant digits). Each function returns null where the answer is not known; never 0 in its place.
 */
public final class Kalkulasi {

    public static final MathContext PRESISI = MathContext.DECIMAL128;
    private static final BigDecimal SERATUS = BigDecimal.valueOf(100);

    private Kalkulasi() {
    }

    /**
     * Capaian in percent. Positive polarity: {@code realisasi / target × 100}; negative:
     * {@code (target − (realisasi − target)) / target × 100}. Null without realisation or target, or with a
     * zero target.
     */
    @Nullable
    public static BigDecimal capaian(@Nullable BigDecimal realisasi, @Nullable BigDecimal target, Polaritas polaritas) {
        if (realisasi == null || target == null || target.signum() == 0) {
            return null;
        }
        BigDecimal pembilang = polaritas == Polaritas.POSITIF ? realisasi : target.subtract(realisasi.subtract(target));
        return pembilang.multiply(SERATUS).divide(target, PRESISI);
    }

    /** {@code bagian / keseluruhan × 100}; null when either is unknown or the whole is zero. */
    @Nullable
    public static BigDecimal persen(@Nullable BigDecimal bagian, @Nullable BigDecimal keseluruhan) {
        if (bagian == null || keseluruhan == null || keseluruhan.signum() == 0) {
            return null;
        }
        return bagian.multiply(SERATUS).divide(keseluruhan, PRESISI);
    }

    /** Capaian minus absorption (Tabel 3.3's efficiency); null when either is unknown. */
    @Nullable
    public static BigDecimal efisiensi(@Nullable BigDecimal capaian, @Nullable BigDecimal penyerapan) {
        return capaian == null || penyerapan == null ? null : capaian.subtract(penyerapan);
    }

    /**
     * The year's value up to quarter {@code sampai} from the known quarterly values (quarter → value; quarters
     * without a known value are absent), by the indicator's roll-up rule.
     */
    @Nullable
    public static BigDecimal agregasi(Agregasi aturan, SortedMap<Integer, BigDecimal> perTriwulan, int sampai) {
        SortedMap<Integer, BigDecimal> sejauh = perTriwulan.headMap(sampai + 1);
        if (sejauh.isEmpty()) {
            return null;
        }
        return switch (aturan) {
            case JUMLAH -> sejauh.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case TERAKHIR -> sejauh.get(sejauh.lastKey());
            case AKHIR_TAHUN -> sampai == 4 ? sejauh.get(4) : null;
            case RATA_RATA -> rataRata(List.copyOf(sejauh.values()));
        };
    }

    @Nullable
    static BigDecimal rataRata(List<BigDecimal> nilai) {
        if (nilai.isEmpty()) {
            return null;
        }
        return nilai.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(nilai.size()), PRESISI);
    }

    /** Exact value without trailing zeros and without exponent, for JSON and display: {@link id.kinerja.common.AngkaRapi#bersih}. */
    @Nullable
    public static BigDecimal bersih(@Nullable BigDecimal v) {
        return id.kinerja.common.AngkaRapi.bersih(v);
    }
}
