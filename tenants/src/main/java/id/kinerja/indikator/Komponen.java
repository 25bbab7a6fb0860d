package id.kinerja.indikator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** A named data component of an indicator's formula (e.g. {@code jumlah_koperasi_rat}). */
@Serdeable
@MappedEntity("komponen")
public record Komponen(
        @Id @GeneratedValue @Nullable Long id,
        long indikatorId,
        String nama,
        String label,
        @Nullable String satuan,
        int urutan) {
}
