package id.kinerja.realisasi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/** A component's value as of the end of the realisation's period (cumulative, e.g. 214 koperasi RAT so far). */
@Serdeable
@MappedEntity("realisasi_komponen")
public record RealisasiKomponen(
        @Id @GeneratedValue @Nullable Long id,
        long realisasiId,
        String nama,
        BigDecimal nilai) {
}
