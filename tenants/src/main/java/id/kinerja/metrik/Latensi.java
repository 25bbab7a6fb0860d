package id.kinerja.metrik;

import io.micrometer.core.instrument.Timer;

import java.time.Duration;

/** How Kinerja's timers are built: the same few latency buckets for every timer. */
public final class Latensi {

    /**
     * Buckets a Prometheus server turns into percentiles ({@code histogram_quantile}): ten fixed ones instead of
     * Micrometer's ~70 per series, so that every route × status series stays cheap.
     */
    private static final Duration[] BATAS = {
            Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
            Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private Latensi() {
    }

    /** A timer named {@code name} with Kinerja's latency buckets; the caller adds tags and registers it. */
    public static Timer.Builder timer(String name, String description) {
        return Timer.builder(name).description(description).serviceLevelObjectives(BATAS);
    }
}
