package id.kinerja.basisdata;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import id.kinerja.config.DatabaseSettings;
import id.kinerja.config.ServerSettings;
import id.kinerja.tenant.TenantSchemas;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The PostgreSQL servers dinas schemas live on, each with its own pool: {@code default}, the main server (embedded or
 * {@code kinerja.database.*}, which also holds the {@code platform} schema), and those of {@code kinerja.servers.*}.
 * A dinas's registry row names its server ({@code locator}). The platform schema has a small pool of its own on the
 * main server, so that a registry or user read never waits behind (or lands inside) a dinas's transaction.
 * Every pool hands its connections out through {@link KoneksiTercatat}; Hikari's metrics carry the pool's name
 * ({@code kinerja}, {@code kinerja-platform}, {@code kinerja-<server>}).
 */
@Singleton
public final class KumpulanServer implements AutoCloseable {

    /** The main server's name, the locator of every dinas placed before there were others. */
    public static final String UTAMA = "default";
    private static final Pattern NAMA = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Logger LOG = LoggerFactory.getLogger(KumpulanServer.class);

    /** How long the health check waits for the servers' answers. */
    static final Duration BATAS_PERIKSA = Duration.ofSeconds(1);

    private final Map<String, Pool> server = new LinkedHashMap<>();
    private final Pool platform;
    private final boolean embedded;

    KumpulanServer(DatabaseServer utama, DatabaseSettings settings, List<ServerSettings> tambahan, MeterRegistry meters,
                   VersiTulis versi) {
        embedded = utama.isEmbedded();
        server.put(UTAMA, pool("kinerja", utama.url(), utama.user(), utama.password(), settings.poolSize(),
                Duration.ofSeconds(5), meters, versi));
        platform = pool("kinerja-platform", utama.url(), utama.user(), utama.password(), settings.platformPoolSize(),
                Duration.ofSeconds(5), meters, versi);
        for (ServerSettings s : tambahan.stream().sorted(java.util.Comparator.comparing(ServerSettings::name)).toList()) {
            if (!NAMA.matcher(s.name()).matches() || UTAMA.equals(s.name())) {
                throw new IllegalStateException("kinerja.servers." + s.name() + ": a server's name is lower-case letters,"
                        + " digits and hyphens, and not '" + UTAMA + "' (the main server is kinerja.database)");
            }
            server.put(s.name(), pool("kinerja-" + s.name(), s.url(), s.user(), s.password(), s.poolSize(),
                    s.connectionTimeout(), meters, versi));
        }
    }

    private static Pool pool(String nama, String url, @Nullable String user, @Nullable String password, int ukuran,
                             Duration tunggu, MeterRegistry meters, VersiTulis versi) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(nama);
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(ukuran);
        config.setMinimumIdle(Math.min(2, ukuran));
        // the empty sentinel: Hikari puts it back on every connection a tenant has used, so a query that forgot its
        // tenant fails ("relation does not exist") instead of reading someone else's rows
        config.setSchema(TenantSchemas.NONE);
        config.setConnectionTimeout(tunggu.toMillis());
        config.setInitializationFailTimeout(-1); // a server down at start-up does not stop Kinerja: its dinas answer 503
        config.addDataSourceProperty("ApplicationName", "kinerja");
        config.addDataSourceProperty("connectTimeout", String.valueOf(Math.max(1, tunggu.toSeconds())));
        config.setMetricRegistry(meters); // hikaricp_connections_{active,idle,pending,max,…}{pool="…"}
        HikariDataSource hikari = new HikariDataSource(config);
        return new Pool(hikari, KoneksiTercatat.bungkus(hikari, versi));
    }

    /** The servers' names, {@code default} first. */
    public Set<String> nama() {
        return server.keySet();
    }

    public boolean ada(String nama) {
        return server.containsKey(nama);
    }

    /** Whether the main server is Kinerja's own embedded one. */
    public boolean embedded() {
        return embedded;
    }

    /** The pool of server {@code nama}; {@link IllegalArgumentException} when no server has that name. */
    public DataSource sumber(String nama) {
        Pool p = server.get(nama);
        if (p == null) {
            throw new IllegalArgumentException("database server '" + nama + "' is not configured");
        }
        return p.sumber();
    }

    /** The platform schema's pool (on the main server). */
    public DataSource platform() {
        return platform.sumber();
    }

    /**
     * Asks every server for a connection, all at once, each answer waited for at most {@link #BATAS_PERIKSA}: a server
     * that is down costs the health check one bound, not its pool's connection timeout, and not once per server.
     */
    public List<Keadaan> periksa() {
        // not closed with try-with-resources: close() would wait for a connect that hangs
        var pelaksana = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();
        try {
            Map<String, java.util.concurrent.Future<Keadaan>> tanya = new LinkedHashMap<>();
            server.keySet().forEach(n -> tanya.put(n, pelaksana.submit(() -> tanya(n))));
            long batas = System.nanoTime() + BATAS_PERIKSA.toNanos();
            return tanya.entrySet().stream().map(e -> {
                try {
                    return e.getValue().get(Math.max(0, batas - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
                } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException x) {
                    return new Keadaan(e.getKey(), false, null, "Server basis data tidak menjawab");
                } catch (InterruptedException x) {
                    Thread.currentThread().interrupt();
                    return new Keadaan(e.getKey(), false, null, "Pemeriksaan terputus");
                }
            }).toList();
        } finally {
            pelaksana.shutdownNow(); // the slow ones are not waited for: their answer came too late
        }
    }

    private Keadaan tanya(String nama) {
        long t0 = System.nanoTime();
        try (Connection c = sumber(nama).getConnection(); var st = c.createStatement()) {
            st.execute("SELECT 1");
            return new Keadaan(nama, true, (System.nanoTime() - t0) / 1_000_000, null);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Health check: database server {} does not answer: {}", nama, e.getMessage());
            return new Keadaan(nama, false, null, "Server basis data tidak menjawab");
        }
    }

    /** One server's answer to {@link #periksa()}. */
    public record Keadaan(String nama, boolean up, @Nullable Long latencyMillis, @Nullable String error) {
    }

    /** Micronaut wraps the DataSource beans in proxies, so the pools are closed here rather than through them. */
    @Override
    @PreDestroy
    public void close() {
        server.values().forEach(p -> p.hikari().close());
        platform.hikari().close();
    }

    private record Pool(HikariDataSource hikari, DataSource sumber) {
    }
}
