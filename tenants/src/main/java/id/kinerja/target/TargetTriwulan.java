package id.kinerja.target;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/** A quarter's target (Rencana Aksi), read the way the indicator's roll-up rule reads realisations. */
@Serdeable
@MappedEntity("target_triwulan")
public record TargetTriwulan(
        @Id @GeneratedValue @Nullable Long id,
        long indikatorId,
        int tahun,
        int triwulan,
        BigDecimal nilai,
        @Version @Nullable Long version) {
}
