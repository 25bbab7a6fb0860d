package id.kinerja.tenant;

import id.kinerja.common.Sebab;

import id.kinerja.config.MigrationSettings;
import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * Schema migrations: the platform schema at start-up, before anything serves; then every tenant whose recorded
 * changelog version differs from the current one, one tenant per transaction ({@link PeluncuranMigrasi} does this in
 * the background while the others serve). A tenant whose migration fails is marked in the registry (it answers 503)
 * and the others go on. Tenants already at the current version cost one registry query in total: Liquibase is not
 * run for them.
 */
@Singleton
public final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private final Changelog platform;
    private final Changelog tenant;
    private final TransactionOperations<Connection> transactions;
    private final TenantRepository tenants;
    private final ConnectionOperations<Connection> connections;

    Migrations(MigrationSettings settings, TransactionOperations<Connection> transactions, TenantRepository tenants,
               ConnectionOperations<Connection> connections) {
        this.connections = connections;
        this.platform = new Changelog(settings.platformChangelog());
        this.tenant = new Changelog(settings.tenantChangelog());
        this.transactions = transactions;
        this.tenants = tenants;
    }

    /** Creates the platform and sentinel schemas and brings the platform schema to its changelog. */
    public void migratePlatform() {
        transactions.executeWrite(status -> {
            Connection c = status.getConnection();
            try (Statement st = c.createStatement()) {
                st.execute("SELECT pg_advisory_xact_lock(7140001)"); // one migrating instance at a time
                st.execute("CREATE SCHEMA IF NOT EXISTS " + TenantSchemas.NONE);
                st.execute("CREATE SCHEMA IF NOT EXISTS " + TenantSchemas.PLATFORM);
            }
            if (!hasChangeSet(c, TenantSchemas.PLATFORM, platform.version())) {
                platform.apply(c, TenantSchemas.PLATFORM);
            }
            return null;
        });
    }

    /** The tenants not at the current changelog version (failed ones included: a rerun tries them again). */
    List<Tenant> tenantsBehind() {
        return tenants.findNotAtVersion(tenant.version());
    }

    /** Migrates one tenant in its own transaction; false (and the tenant marked failed) when it fails. */
    boolean migrate(Tenant t, String version) {
        try {
            transactions.executeWrite(status -> {
                Connection c = status.getConnection();
                lockSchema(c, t.schemaName());
                tenant.upgrade(c, t.schemaName(), t.changelogVersion(), this::onOwnConnection);
                tenants.markMigrated(t.id(), version, Instant.now());
                return null;
            });
            return true;
        } catch (Exception e) { // the callback's SQLException arrives unwrapped
            String reason = message(e);
            LOG.error("Migration of tenant {} failed: {}", t.slug(), reason);
            transactions.executeWrite(status -> {
                tenants.markFailed(t.id(), reason, Instant.now());
                return null;
            });
            return false;
        }
    }

    /** Runs {@code work} on a connection of its own (auto-commit), outside the current transaction. */
    private void onOwnConnection(Changelog.SqlWork work) throws SQLException {
        connections.execute(ConnectionDefinition.REQUIRES_NEW, status -> {
            try {
                work.run(status.getConnection());
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }

    /** Creates {@code schema} and applies the tenant changelog, inside the caller's transaction. */
    void createTenantSchema(Connection c, String schema) throws SQLException {
        if (!tenant.generated()) {
            onOwnConnection(tenant::generate);
        }
        lockSchema(c, schema);
        try (Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        tenant.replay(c, schema);
    }

    public String tenantVersion() {
        return tenant.version();
    }

    /** Existing tenant schemas migrated since start, by Liquibase or its replayed SQL (0 when every one was up to date). */
    public long tenantLiquibaseRuns() {
        return tenant.runs();
    }

    private static void lockSchema(Connection c, String schema) throws SQLException {
        try (var st = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            st.setString(1, schema);
            st.execute();
        }
    }

    private static boolean hasChangeSet(Connection c, String schema, String id) throws SQLException {
        try (var st = c.prepareStatement("SELECT to_regclass(? || '.databasechangelog') IS NOT NULL")) {
            st.setString(1, schema);
            try (var rs = st.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return false;
                }
            }
        }
        try (var st = c.prepareStatement("SELECT 1 FROM " + schema + ".databasechangelog WHERE id = ?")) {
            st.setString(1, id);
            try (var rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The database's own words where there are some, not the wrappers' around them. */
    static String message(Throwable e) {
        return Sebab.pesanBasisData(e);
    }
}
