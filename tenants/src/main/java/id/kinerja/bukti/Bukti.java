package id.kinerja.bukti;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * An evidence file (bukti dukung) of an indicator's realisation in a year and quarter. The bytes live in the
 * data folder under the tenant's schema name and a random {@code lokasi}, never in a web-served place.
 */
@Serdeable
@MappedEntity("bukti")
public record Bukti(
        @Id @GeneratedValue @Nullable Long id,
        long indikatorId,
        int tahun,
        @Nullable Integer triwulan,
        String namaBerkas,
        String tipe,
        long ukuran,
        String sha256,
        @com.fasterxml.jackson.annotation.JsonIgnore String lokasi,
        @Nullable String diunggahOleh,
        @io.micronaut.data.annotation.DateCreated @Nullable Instant diunggahPada) {
}
