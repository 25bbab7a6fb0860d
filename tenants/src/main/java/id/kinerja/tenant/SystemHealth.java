package id.kinerja.tenant;

import id.kinerja.basisdata.KumpulanServer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.util.List;

/**
 * Is the database reachable, how many tenants are there, and did their migrations go through; and each database server
 * with its dinas. UP as long as the main server (platform schema) answers: a further server that is down takes only
 * its own dinas out (they answer 503), and shows here as DOWN.
 */
@Singleton
public final class SystemHealth {

    /** What a health check says when the database fails; its details are logged, never shown. */
    static final String TIDAK_MENJAWAB = "Basis data tidak menjawab";
    private static final Logger LOG = LoggerFactory.getLogger(SystemHealth.class);

    private final TransactionOperations<Connection> transactions;
    private final TenantRegistry registry;
    private final Migrations migrations;
    private final PeluncuranMigrasi peluncuran;
    private final KumpulanServer servers;
    private final TenantRepository tenants;

    SystemHealth(TransactionOperations<Connection> transactions, TenantRegistry registry, Migrations migrations,
                 PeluncuranMigrasi peluncuran, KumpulanServer servers, TenantRepository tenants) {
        this.tenants = tenants;
        this.peluncuran = peluncuran;
        this.transactions = transactions;
        this.registry = registry;
        this.migrations = migrations;
        this.servers = servers;
    }

    public Health check() {
        long started = System.nanoTime();
        try {
            TenantRegistry.Counts counts = transactions.executeRead(status -> registry.counts());
            long millis = (System.nanoTime() - started) / 1_000_000;
            List<Server> perServer = servers.periksa().stream().map(k -> new Server(k.nama(), k.up() ? "UP" : "DOWN",
                    k.latencyMillis(), tenants.countByLocator(k.nama()), k.error())).toList();
            return new Health("UP",
                    new Database("UP", servers.embedded(), millis, null),
                    new Tenants(counts.total(), counts.total() - counts.migrationFailed() - counts.pending(),
                            counts.migrationFailed(), counts.pending(), migrations.tenantVersion(), peluncuran.kemajuan()),
                    perServer);
        } catch (Exception e) {
            // anyone may ask: the database's own words (host, port, user, SQL) go to the log only
            LOG.warn("Health check: the database does not answer: {}", Migrations.message(e));
            return new Health("DOWN", new Database("DOWN", servers.embedded(), null, TIDAK_MENJAWAB), null, List.of());
        }
    }

    @Serdeable
    public record Health(String status, Database database, @Nullable Tenants tenants, List<Server> servers) {
        public boolean up() {
            return "UP".equals(status);
        }
    }

    @Serdeable
    public record Database(String status, boolean embedded, @Nullable Long latencyMillis, @Nullable String error) {
    }

    /** One database server: {@code default} is the main one; {@code dinas} of the registry live on it. */
    @Serdeable
    public record Server(String name, String status, @Nullable Long latencyMillis, long dinas, @Nullable String error) {
    }

    /**
     * {@code migrated + migrationFailed + pending = total}; {@code changelogVersion} is the version every tenant should be
     * at; {@code pembaruan} is the background roll-out of it (pending dinas answer 503 until it reaches them).
     */
    @Serdeable
    public record Tenants(long total, long migrated, long migrationFailed, long pending, String changelogVersion,
                          PeluncuranMigrasi.Kemajuan pembaruan) {
    }
}
