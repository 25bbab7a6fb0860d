package id.kinerja.pengguna;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.Locale;

/** A user of Kinerja ({@code platform.pengguna}); {@code hash} is an Argon2id hash, never shown. */
@MappedEntity(value = "pengguna", schema = "platform")
public record Pengguna(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        String nama,
        String hash,
        boolean provinsi,
        boolean aktif,
        @io.micronaut.data.annotation.DateCreated @Nullable Instant dibuatPada,
        @Version @Nullable Long version) {

    /** A username as stored and looked up: trimmed, lower case; null is the empty name nobody has. */
    public static String baku(@Nullable String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
