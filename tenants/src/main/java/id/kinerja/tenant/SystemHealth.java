package id.kinerja.tenant;

import id.kinerja.basisdata.DatabaseServer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;

/** Is the database reachable, how many tenants are there, and did their migrations go through. */
@Singleton
public final class SystemHealth {

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
            return new Health("DOWN", new Database("DOWN", server.isEmbedded(), null, Migrations.message(e)), null);
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
