package id.kinerja.persetujuan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;

/**
 * A signed Perjanjian Kinerja, or ({@code perubahan}) the signed PK Perubahan of the year: its content frozen at
 * signing; the database refuses to change it.
 */
@MappedEntity("perjanjian_kinerja")
record PerjanjianKinerja(
        @Id @GeneratedValue @Nullable Long id,
        int tahun,
        boolean perubahan,
        @Nullable Instant ditandatanganiPada,
        @Nullable String ditandatanganiOleh,
        @TypeDef(type = DataType.JSON) IsiPk snapshot) {
}
