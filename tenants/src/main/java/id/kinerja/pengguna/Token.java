package id.kinerja.pengguna;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A bearer token of an API client; only the SHA-256 of the token is kept. */
@MappedEntity(value = "token", schema = "platform")
record Token(
        @Id @GeneratedValue @Nullable Long id,
        long penggunaId,
        String hash,
        @Nullable String nama,
        @io.micronaut.data.annotation.DateCreated @Nullable Instant dibuatPada,
        Instant kedaluwarsa) {
}
