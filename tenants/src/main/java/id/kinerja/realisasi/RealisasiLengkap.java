package id.kinerja.realisasi;

import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.Map;

/** A realisation with its component values. */
@Serdeable
public record RealisasiLengkap(Realisasi realisasi, Map<String, BigDecimal> komponen) {
}
