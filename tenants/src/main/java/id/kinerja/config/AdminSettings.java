package id.kinerja.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The first provincial admin, created at start-up when no user of that name exists:
 * {@code KINERJA_ADMIN_USERNAME}, {@code KINERJA_ADMIN_PASSWORD} (at least 10 characters), {@code KINERJA_ADMIN_NAMA}.
 * There is no built-in default password; only the embedded demo creates its listed demo users.
 */
@ConfigurationProperties("kinerja.admin")
public record AdminSettings(@Nullable String username, @Nullable String password, @Nullable String nama) {
}
