package id.kinerja.narasi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

/** The analysis of a tujuan or sasaran for a year (and quarter): what helped, what hindered, what is done about it. */
@Serdeable
@MappedEntity("narasi")
public record Narasi(
        @Id @GeneratedValue @Nullable Long id,
        long simpulId,
        int tahun,
        @Nullable Integer triwulan,
        @Nullable String faktorPendukung,
        @Nullable String faktorPenghambat,
        @Nullable String upayaSolusi,
        @Version @Nullable Long version) {
}
