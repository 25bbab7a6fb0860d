package id.kinerja.target;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;

/** An indicator's target for a year in one version (Renstra, Renja, P-Renja, PK, PK Perubahan). */
@Serdeable
@MappedEntity("target")
public record Target(
        @Id @GeneratedValue @Nullable Long id,
        long indikatorId,
        int tahun,
        JenisTarget jenis,
        BigDecimal nilai,
        @Version @Nullable Long version) {
}
