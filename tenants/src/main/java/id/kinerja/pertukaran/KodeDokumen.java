package id.kinerja.pertukaran;

import id.kinerja.indikator.Agregasi;
import id.kinerja.indikator.Polaritas;
import io.micronaut.core.annotation.Nullable;

import java.util.EnumMap;
import java.util.Map;

/** The exchange document's English codes for the domain's Indonesian enums, both ways, in one place. */
final class KodeDokumen {

    /** The {@code status} of a realisation that is not known yet. */
    static final String BELUM_TERSEDIA = "NOT_AVAILABLE";

    private static final Map<Agregasi, String> AGREGASI = new EnumMap<>(Map.of(
            Agregasi.JUMLAH, "SUM", Agregasi.TERAKHIR, "LAST", Agregasi.AKHIR_TAHUN, "YEAR_END", Agregasi.RATA_RATA, "AVERAGE"));

    private KodeDokumen() {
    }

    static String kode(Agregasi a) {
        return AGREGASI.get(a);
    }

    /** A missing or unknown code is a sum, the most common roll-up. */
    static Agregasi agregasi(@Nullable String kode) {
        return AGREGASI.entrySet().stream().filter(e -> e.getValue().equals(kode)).map(Map.Entry::getKey)
                .findFirst().orElse(Agregasi.JUMLAH);
    }

    static String kode(Polaritas p) {
        return p == Polaritas.NEGATIF ? "NEGATIVE" : "POSITIVE";
    }

    /** A missing code is positive: higher is better. */
    static Polaritas polaritas(@Nullable String kode) {
        return "NEGATIVE".equals(kode) ? Polaritas.NEGATIF : Polaritas.POSITIF;
    }
}
