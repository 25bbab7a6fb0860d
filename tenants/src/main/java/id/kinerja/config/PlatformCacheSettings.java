package id.kinerja.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * What a request's sign-in keeps from the platform schema (a token's user with their roles, a user by id, the registry
 * row of a slug), current while nothing in the platform schema has been written through this process. Environment:
 * {@code KINERJA_PLATFORM_CACHE_ENABLED}, {@code KINERJA_PLATFORM_CACHE_MAX_AGE}, {@code KINERJA_PLATFORM_CACHE_MAX_ENTRIES}.
 *
 * @param enabled    keep them (off: every request reads token, user, roles and registry row from the database)
 * @param maxAge     the longest anything is kept even without a write here: how long a write by another process
 *                   (another Kinerja node, psql) may go unseen, e.g. a token revoked on another node
 * @param maxEntries the most tokens (and as many users, and slugs) kept; past it everything kept is dropped
 */
@ConfigurationProperties("kinerja.platform-cache")
public record PlatformCacheSettings(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "5s") Duration maxAge,
        @Bindable(defaultValue = "10000") int maxEntries) {
}
