package id.kinerja.config;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * A further PostgreSQL server for dinas schemas, beside the main one ({@code default}: {@link DatabaseSettings}, which
 * also holds the {@code platform} schema). {@code kinerja.servers.<name>.url} …; a dinas's registry row names its
 * server in {@code locator}. Environment: {@code KINERJA_SERVERS_DUA_URL} → {@code kinerja.servers.dua.url}.
 *
 * @param name              the server's name, the dinas's locator (lower-case letters, digits, hyphens; not {@code default})
 * @param url               JDBC URL, e.g. {@code jdbc:postgresql://db2.example:5432/kinerja}
 * @param user              database user
 * @param password          database password
 * @param poolSize          maximum connections of its own pool
 * @param connectionTimeout how long a request waits for a connection before its dinas answers 503 (server down)
 */
@EachProperty("kinerja.servers")
public record ServerSettings(
        @Parameter String name,
        String url,
        @Nullable String user,
        @Nullable String password,
        @Bindable(defaultValue = "5") int poolSize,
        @Bindable(defaultValue = "2s") Duration connectionTimeout) {
}
