package id.kinerja.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The first provincial admin, created at the first start when no provincial admin exists:
 * {@code KINERJA_ADMIN_USERNAME}, {@code KINERJA_ADMIN_PASSWORD} (at least 10 characters), {@code KINERJA_ADMIN_NAMA}.
 * There is no built-in default password; only the embedded demo creates its listed demo users.
 */
@ConfigurationProperties("kinerja.admin")
public record AdminSettings(@Nullable String username, @Nullable String password, @Nullable String nama) {
}
