package id.kinerja.jejak;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * Which rows of the audit log to read: from {@code dari} (inclusive) to {@code sampai} (exclusive), of one table
 * ({@code entitas}) and one user ({@code pengguna}); null leaves that side open.
 */
public record SaringJejak(@Nullable Instant dari, @Nullable Instant sampai, @Nullable String entitas, @Nullable String pengguna) {

    public static final SaringJejak SEMUA = new SaringJejak(null, null, null, null);
}
