package id.kinerja.basisdata;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import id.kinerja.config.DatabaseSettings;
import id.kinerja.tenant.TenantSchemas;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Factory;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import javax.sql.DataSource;


/**
 * The one connection pool, shared by the platform and every tenant of the default locator.
 * Its default schema is the empty sentinel: Hikari puts it back on every connection a tenant has used,
 * so a query that forgot its tenant fails ("relation does not exist") instead of reading someone else's rows.
 * Its connections are handed out through {@link KoneksiTercatat}, which counts the committed writes per schema.
 */
@Factory
final class DataSourceFactory implements AutoCloseable {

    private final DatabaseServer server;
    private HikariDataSource pool;

    DataSourceFactory(DatabaseServer server) {
        this.server = server;
    }

    @Singleton
    @Named("default")
    DataSource dataSource(DatabaseSettings settings, MeterRegistry meters, VersiTulis versi) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("kinerja");
        config.setJdbcUrl(server.url());
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(Math.min(2, settings.poolSize()));
        config.setSchema(TenantSchemas.NONE);
        config.setConnectionTimeout(5_000);
        config.setInitializationFailTimeout(-1);
        config.addDataSourceProperty("ApplicationName", "kinerja");
        config.setMetricRegistry(meters); // hikaricp_connections_{active,idle,pending,max,…}{pool="kinerja"}
        pool = new HikariDataSource(config);
        return KoneksiTercatat.bungkus(pool, versi); // every committed write moves its schema's VersiTulis

    }

    /** Micronaut wraps the bean in a proxy, so the pool is closed here rather than through the bean. */
    @Override
    @PreDestroy
    public void close() {
        if (pool != null) {
            pool.close();
        }
    }
}
