package id.kinerja.pengguna;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A user's role in one dinas ({@code platform.keanggotaan}). */
@MappedEntity(value = "keanggotaan", schema = "platform")
public record Keanggotaan(
        @Id @GeneratedValue @Nullable Long id,
        long penggunaId,
        long tenantId,
        Peran peran) {
}
