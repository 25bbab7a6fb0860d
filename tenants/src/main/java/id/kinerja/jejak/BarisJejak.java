package id.kinerja.jejak;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** A row of the audit log as stored, old and new values as JSON text (exact). */
@Introspected
record BarisJejak(long id, Instant waktu, @Nullable String pengguna, String aksi, String entitas, @Nullable Long entitasId,
                  @Nullable String lama, @Nullable String baru, @Nullable String alasan) {
}
