package id.kinerja.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.nio.file.Path;

/**
 * Process-wide settings. Each maps to an environment variable: {@code KINERJA_PORT} → {@code kinerja.port},
 * {@code KINERJA_DATA} → {@code kinerja.data}.
 *
 * @param port the one HTTP port serving the API and the UI
 * @param data the folder that survives restarts (embedded PostgreSQL lives in {@code data/pg})
 * @param httpThreads the most threads serving HTTP requests ({@code KINERJA_HTTP_THREADS}); more requests wait in
 *                    arrival order. Jetty's own default of 200 let 50 clients on 2 cores time-slice into a long tail
 */
@ConfigurationProperties("kinerja")
public record KinerjaSettings(
        @Bindable(defaultValue = "8080") int port,
        @Bindable(defaultValue = "data") Path data,
        @Bindable(defaultValue = "32") int httpThreads) {
}
