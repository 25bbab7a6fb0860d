package id.kinerja.realisasi;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.util.Map;

/** A realisation with its component values; in JSON one object, the realisation's fields with {@code komponen} beside them. */
@Serdeable
public record RealisasiLengkap(@JsonUnwrapped Realisasi realisasi, Map<String, BigDecimal> komponen) {
}
