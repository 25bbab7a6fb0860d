package id.kinerja.pertukaran.dokumen;

import id.kinerja.indikator.Agregasi;
import id.kinerja.indikator.Polaritas;
import id.kinerja.realisasi.StatusRealisasi;
import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;

/**
 * The exchange document's codes for the domain's enums, both ways, in one place. Since format version 2 they are
 * the enums' own names, the words the write routes use ({@code POSITIF}, {@code JUMLAH}, {@code BELUM_TERSEDIA}).
 */
public final class KodeDokumen {

    /** The {@code status} of a realisation that is not known yet. */
    public static final String BELUM_TERSEDIA = StatusRealisasi.BELUM_TERSEDIA.name();

    private KodeDokumen() {
    }

    public static String kode(Agregasi a) {
        return a.name();
    }

    /** A missing or unknown code is a sum, the most common roll-up. */
    public static Agregasi agregasi(@Nullable String kode) {
        return Arrays.stream(Agregasi.values()).filter(a -> a.name().equals(kode)).findFirst().orElse(Agregasi.JUMLAH);
    }

    public static String kode(Polaritas p) {
        return p.name();
    }

    /** A missing code is positive: higher is better. */
    public static Polaritas polaritas(@Nullable String kode) {
        return Polaritas.NEGATIF.name().equals(kode) ? Polaritas.NEGATIF : Polaritas.POSITIF;
    }
}
