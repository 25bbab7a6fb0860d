package id.kinerja.narasi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

/** Free text of a report chapter ({@code kata_pengantar}, {@code isu_strategis}, …) for a year (and quarter). */
@Serdeable
@MappedEntity("bab")
public record Bab(
        @Id @GeneratedValue @Nullable Long id,
        long periodeId,
        String kunci,
        int tahun,
        @Nullable Integer triwulan,
        String teks,
        @Version @Nullable Long version) {
}
