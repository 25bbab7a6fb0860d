package id.kinerja.jejak;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Map;

/**
 * One row of the audit log: written by database triggers on every change of a tenant table (or by bulk work
 * as a summary), never changed afterwards.
 *
 * @param aksi     INSERT, UPDATE, DELETE (or IMPOR for a bulk import)
 * @param entitas  the table changed
 * @param lama     old values of the columns that changed (the whole row when deleted)
 * @param baru     new values of the columns that changed (the whole row when inserted)
 */
@Serdeable
@MappedEntity("jejak")
public record Jejak(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable Instant waktu,
        @Nullable String pengguna,
        String aksi,
        String entitas,
        @Nullable Long entitasId,
        @Nullable @TypeDef(type = DataType.JSON) Map<String, Object> lama,
        @Nullable @TypeDef(type = DataType.JSON) Map<String, Object> baru,
        @Nullable String alasan) {
}
