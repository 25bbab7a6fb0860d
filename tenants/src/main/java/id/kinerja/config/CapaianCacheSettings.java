package id.kinerja.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The kept answers of {@code GET /api/t/{slug}/capaian}. Environment: {@code KINERJA_CAPAIAN_CACHE_ENABLED},
 * {@code KINERJA_CAPAIAN_CACHE_MAX_BYTES}.
 *
 * @param enabled  keep answers (off: every request computes the tree; the ETag and 304 still work)
 * @param maxBytes the most bytes of JSON kept over all dinas (least recently used go first); ~130 KB per tree of a
 *                 dinas like Lumajang
 */
@ConfigurationProperties("kinerja.capaian-cache")
public record CapaianCacheSettings(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "33554432") long maxBytes) {
}
