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
    private final TenantScope scope;

    Migrations(MigrationSettings settings, TransactionOperations<Connection> transactions, TenantRepository tenants,
               ConnectionOperations<Connection> connections, TenantScope scope) {
        this.connections = connections;
        this.scope = scope;
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

    /**
     * Migrates one tenant in its own transaction on its own server; false (and the tenant marked failed) when it fails.
     * The registry (main server) is marked after that transaction commits: should marking fail, the schema's own
     * changelog table says where it is, and the next run starts from there.
     */
    boolean migrate(Tenant t, String version) {
        try {
            scope.call(t.ref(), () -> transactions.executeWrite(status -> {
                Connection c = status.getConnection();
                lockSchema(c, t.schemaName());
                String versi = versiSkema(c, t.schemaName()).orElse(t.changelogVersion());
                if (!version.equals(versi)) {
                    tenant.upgrade(c, t.schemaName(), versi, this::onOwnConnection);
                }
                return null;
            }));
            tenants.markMigrated(t.id(), version, Instant.now());
            return true;
        } catch (Exception e) { // the callback's SQLException arrives unwrapped
            String reason = message(e);
            LOG.error("Migration of tenant {} failed: {}", t.slug(), reason);
            tenants.markFailed(t.id(), reason, Instant.now());
            return false;
        }
    }

    /** The last changeset recorded in {@code schema}'s own changelog table, if it has one. */
    private static java.util.Optional<String> versiSkema(Connection c, String schema) throws SQLException {
        try (var st = c.prepareStatement("SELECT to_regclass(? || '.databasechangelog') IS NOT NULL")) {
            st.setString(1, schema);
            try (var rs = st.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return java.util.Optional.empty();
                }
            }
        }
        try (var st = c.createStatement(); var rs = st.executeQuery(
                "SELECT id FROM " + schema + ".databasechangelog ORDER BY orderexecuted DESC LIMIT 1")) {
            return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
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

    /** Creates {@code schema} and applies the tenant changelog, inside the caller's transaction (on the dinas's server). */
    void createTenantSchema(Connection c, String schema) throws SQLException {
        if (!tenant.generated()) {
            onOwnConnection(tenant::generate);
        }
        siapkanServer(c);
        lockSchema(c, schema);
        try (Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        tenant.replay(c, schema);
    }

    /**
     * On a server without the platform schema (a further one): its stub, holding only the sequence {@code kinerja_id}
     * that the tenant changesets before 0010 name as the default of their ids; 0010 then moves every table onto the
     * schema's own sequence, so no tenant table depends on it afterwards. And the empty sentinel schema.
     */
    private static void siapkanServer(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery(
                "SELECT to_regclass('" + TenantSchemas.PLATFORM + ".kinerja_id') IS NOT NULL")) {
            rs.next();
            if (rs.getBoolean(1)) {
                return;
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(7140001)");
            st.execute("CREATE SCHEMA IF NOT EXISTS " + TenantSchemas.NONE);
            st.execute("CREATE SCHEMA IF NOT EXISTS " + TenantSchemas.PLATFORM);
            st.execute("CREATE SEQUENCE IF NOT EXISTS " + TenantSchemas.PLATFORM + ".kinerja_id");
        }
    }

    /** The tenant changelog's fingerprint ({@link Changelog#sidikJari()}): ids and file contents, 8 hex digits. */
    String tenantSidikJari() {
        return tenant.sidikJari();
    }

    public String tenantVersion() {
        return tenant.version();
    }

    /** Existing tenant schemas migrated since start, by Liquibase or its replayed SQL (0 when every one was up to date). */
    public long tenantLiquibaseRuns() {
        return tenant.runs();
    }

    /**
     * {@link #lockSchema}'s lock if it is free now (true, then held to the end of the transaction), else false at once:
     * a schema whose lock is held is being made, taken or moved by another transaction.
     */
    static boolean tryLockSchema(Connection c, String schema) throws SQLException {
        try (var st = c.prepareStatement("SELECT pg_try_advisory_xact_lock(hashtext(?))")) {
            st.setString(1, schema);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    static void lockSchema(Connection c, String schema) throws SQLException {
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
