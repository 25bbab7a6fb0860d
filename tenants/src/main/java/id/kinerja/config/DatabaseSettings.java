package id.kinerja.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Where the platform database lives. Without a URL Kinerja starts its own embedded PostgreSQL.
 * Environment: {@code KINERJA_DATABASE_URL}, {@code KINERJA_DATABASE_USER}, {@code KINERJA_DATABASE_PASSWORD}.
 *
 * @param url      JDBC URL, e.g. {@code jdbc:postgresql://db.example:5432/kinerja}; empty → embedded
 * @param user     database user
 * @param password database password
 * @param poolSize         maximum connections in the pool shared by the tenants on this server
 * @param platformPoolSize maximum connections of the platform schema's own pool (registry, users) on this server
 */
@ConfigurationProperties("kinerja.database")
public record DatabaseSettings(
        @Nullable String url,
        @Nullable String user,
        @Nullable String password,
        @Bindable(defaultValue = "10") int poolSize,
        @Bindable(defaultValue = "4") int platformPoolSize) {

    public boolean embedded() {
        return url == null || url.isBlank();
    }
}
