package id.kinerja.persetujuan;

import id.kinerja.capaian.PohonCapaian;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;

import java.time.Instant;

/** The approval state of one quarter of one year; a locked quarter keeps the capaian tree it was locked with. */
@MappedEntity("persetujuan")
record Persetujuan(
        @Id @GeneratedValue @Nullable Long id,
        int tahun,
        int triwulan,
        StatusPersetujuan status,
        @Nullable String alasan,
        @Nullable String diubahOleh,
        @Nullable Instant diubahPada,
        @Nullable @TypeDef(type = DataType.JSON) PohonCapaian snapshot,
        @Version @Nullable Long version) {
}
