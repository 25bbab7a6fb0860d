package id.kinerja.renstra;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

/** A Renstra period (e.g. 2025–2029) holding one framework; a year the documents do not give stays unknown (null). */
@Serdeable
@MappedEntity("periode")
public record Periode(
        @Id @GeneratedValue @Nullable Long id,
        String nama,
        @Nullable Integer tahunAwal,
        @Nullable Integer tahunAkhir,
        @Version @Nullable Long version) {
}
