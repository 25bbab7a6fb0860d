package id.kinerja.tenant;

import id.kinerja.basisdata.DatabaseServer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;

/** Is the database reachable, how many tenants are there, and did their migrations go through. */
@Singleton
public final class SystemHealth {

    /** What a health check says when the database fails; its details are logged, never shown. */
    static final String TIDAK_MENJAWAB = "Basis data tidak menjawab";
    private static final Logger LOG = LoggerFactory.getLogger(SystemHealth.class);

    private final TransactionOperations<Connection> transactions;
    private final TenantRegistry registry;
    private final Migrations migrations;
    private final DatabaseServer server;

    SystemHealth(TransactionOperations<Connection> transactions, TenantRegistry registry, Migrations migrations,
                 DatabaseServer server) {
        this.transactions = transactions;
        this.registry = registry;
        this.migrations = migrations;
        this.server = server;
    }

    public Health check() {
        long started = System.nanoTime();
        try {
            TenantRegistry.Counts counts = transactions.executeRead(status -> registry.counts());
            long millis = (System.nanoTime() - started) / 1_000_000;
            return new Health("UP",
                    new Database("UP", server.isEmbedded(), millis, null),
                    new Tenants(counts.total(), counts.total() - counts.migrationFailed(), counts.migrationFailed(),
                            migrations.tenantVersion()));
        } catch (Exception e) {
            // anyone may ask: the database's own words (host, port, user, SQL) go to the log only
            LOG.warn("Health check: the database does not answer: {}", Migrations.message(e));
            return new Health("DOWN", new Database("DOWN", server.isEmbedded(), null, TIDAK_MENJAWAB), null);
        }
    }

    @Serdeable
    public record Health(String status, Database database, @Nullable Tenants tenants) {
        public boolean up() {
            return "UP".equals(status);
        }
    }

    @Serdeable
    public record Database(String status, boolean embedded, @Nullable Long latencyMillis, @Nullable String error) {
    }

    /** {@code migrated + migrationFailed = total}; {@code changelogVersion} is the version every tenant should be at. */
    @Serdeable
    public record Tenants(long total, long migrated, long migrationFailed, String changelogVersion) {
    }
}
