package id.kinerja.tenant;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.change.Change;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.DropTableChange;
import liquibase.change.core.RenameTableChange;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One Liquibase changelog tree (platform or tenant), applied to one schema at a time on a connection the
 * caller owns. Liquibase's own commits are swallowed so that the caller's transaction decides: a schema is
 * migrated completely or not at all. Liquibase is run serially; parallel instances in one JVM are known to
 * leave locks set and skip schemas.
 */
final class Changelog {

    /** Liquibase logs through java.util.logging, which holds its loggers weakly: keep this one. */
    private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");

    static {
        // No phone-home from a closed network; no banner, summary tables or per-changeset chatter.
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
        System.setProperty("liquibase.command.showSummary", "OFF");
        System.setProperty("liquibase.command.showSummaryOutput", "LOG");
        LIQUIBASE_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    /**
     * Liquibase's lock service logger. In update-sql mode ({@link #generate}) Liquibase takes the lock of the placeholder
     * schema for real but writes its release into the script, so no row changes and it warns "Failed to release change
     * log lock" on the first tenant creation of every process; the schema is dropped right after, so that warning is
     * silenced for that one call only.
     */
    private static final java.util.logging.Logger LOCK_LOG = java.util.logging.Logger.getLogger("liquibase.lockservice");

    private final String path;
    private final ResourceAccessor resources;
    private final List<ChangeSet> changeSets;
    private final Set<String> tables;
    private final AtomicLong runs = new AtomicLong();

    Changelog(String path) {
        this.path = path;
        this.resources = new ClassLoaderResourceAccessor(Changelog.class.getClassLoader());
        try {
            DatabaseChangeLog log = ChangeLogParserFactory.getInstance().getParser(path, resources)
                    .parse(path, new ChangeLogParameters(), resources);
            this.changeSets = List.copyOf(log.getChangeSets());
        } catch (LiquibaseException e) {
            throw new IllegalStateException("Changelog " + path + " cannot be read: " + e.getMessage(), e);
        }
        if (changeSets.isEmpty()) {
            throw new IllegalStateException("Changelog " + path + " has no changesets");
        }
        this.tables = tablesCreatedBy(changeSets);
    }

    /** The id of the last changeset: a schema recorded at this version needs no Liquibase run. */
    String version() {
        return changeSets.getLast().getId();
    }

    /** How many times Liquibase itself was invoked through this changelog (start-up cost is measured with it). */
    long runs() {
        return runs.get();
    }

    /**
     * Brings {@code schema} to this changelog on {@code connection}, then checks the result. Commits nothing;
     * leaves the connection's schema on the sentinel.
     */
    void apply(Connection connection, String schema) throws SQLException {
        runs.incrementAndGet();
        try {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new CallerCommits(connection));
            database.setDefaultSchemaName(schema);
            database.setLiquibaseSchemaName(schema);
            Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () ->
                    new Liquibase(path, resources, database).update(new Contexts(), new LabelExpression()));
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException("Migration of " + schema + " failed: " + rootMessage(e), e);
        } finally {
            kembalikanSchema(connection);
        }
        verify(connection, schema);
    }

    /**
     * Creates a brand-new schema's tables by replaying the SQL Liquibase generates for this changelog (see
     * {@link #generate}), then checks it like {@link #apply}: the same tables, changelog rows and checksums as a
     * Liquibase run, at a fraction of the cost. Later releases migrate such a schema with Liquibase as usual.
     */
    void replay(Connection connection, String schema) throws SQLException {
        if (script == null) {
            throw new IllegalStateException("generate() first");
        }
        connection.setSchema(schema); // the changelog's own SQL names its tables without schema
        try (Statement st = connection.createStatement()) {
            st.execute(script.replace(templat, schema)); // the driver splits it, minding dollar-quoted functions
        } catch (SQLException e) {
            throw new SQLException("Migration of " + schema + " failed: " + penyebab(e), e.getSQLState(), e);
        } finally {
            kembalikanSchema(connection);
        }
        verify(connection, schema);
    }

    /**
     * Back to the sentinel schema. In a transaction a failure has aborted, this cannot run and need not: the
     * rollback that follows undoes the schema change too, and the original error is the one to report.
     */
    private static void kembalikanSchema(Connection connection) {
        try {
            connection.setSchema(TenantSchemas.NONE);
        } catch (SQLException ignored) {
            // transaction aborted; its rollback restores the search path
        }
    }

    /** The statement that failed, not the ones aborted after it (searched through causes and chained exceptions). */
    private static String penyebab(SQLException error) {
        java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>(List.of(error));
        java.util.Set<Throwable> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t.getMessage() != null && !t.getMessage().contains("current transaction is aborted")
                    && !(t instanceof java.sql.BatchUpdateException)) {
                return t.getMessage();
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof SQLException s && s.getNextException() != null) {
                todo.add(s.getNextException());
            }
        }
        return error.getMessage();
    }

    boolean generated() {
        return script != null;
    }

    private final String templat = "kinerja_templat_" + Long.toHexString(System.nanoTime());
    private volatile String script;

    /**
     * The SQL Liquibase would run for a new schema, generated once per process in update-sql mode for a
     * placeholder schema on {@code connection}, an auto-commit connection of its own (Liquibase probes its
     * lock table for real); whatever it leaves in the placeholder schema is dropped.
     */
    synchronized void generate(Connection connection) throws SQLException {
        if (script != null) {
            return;
        }
        StringWriter sql = new StringWriter();
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE SCHEMA " + templat);
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDefaultSchemaName(templat);
            database.setLiquibaseSchemaName(templat);
            java.util.logging.Level level = LOCK_LOG.getLevel();
            LOCK_LOG.setLevel(java.util.logging.Level.SEVERE);
            try {
                Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () ->
                        new Liquibase(path, resources, database).update(new Contexts(), new LabelExpression(), sql));
            } finally {
                LOCK_LOG.setLevel(level);
            }
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException("The SQL of " + path + " could not be generated: " + rootMessage(e), e);
        } finally {
            try (Statement st = connection.createStatement()) {
                st.execute("DROP SCHEMA IF EXISTS " + templat + " CASCADE");
            }
            connection.setSchema(TenantSchemas.NONE);
        }
        script = sql.toString();
    }

    /** Liquibase has bugs that skip schemas silently: the schema must hold every table and changeset. */
    private void verify(Connection connection, String schema) throws SQLException {
        Set<String> present = new HashSet<>();
        try (var st = connection.prepareStatement(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = ?")) {
            st.setString(1, schema);
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    present.add(rs.getString(1));
                }
            }
        }
        Set<String> missing = new HashSet<>(tables);
        missing.removeAll(present);
        if (!missing.isEmpty()) {
            throw new SQLException("Migration of " + schema + " left tables missing: " + missing);
        }
        try (var st = connection.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM " + schema + ".databasechangelog")) {
            rs.next();
            long applied = rs.getLong(1);
            if (applied < changeSets.size()) {
                throw new SQLException("Migration of " + schema + " applied " + applied + " of " + changeSets.size()
                        + " changesets");
            }
        }
    }

    private static Set<String> tablesCreatedBy(List<ChangeSet> changeSets) {
        Set<String> tables = new HashSet<>();
        for (ChangeSet changeSet : changeSets) {
            for (Change change : changeSet.getChanges()) {
                switch (change) {
                    case CreateTableChange c -> tables.add(c.getTableName().toLowerCase(Locale.ROOT));
                    case DropTableChange d -> tables.remove(d.getTableName().toLowerCase(Locale.ROOT));
                    case RenameTableChange r -> {
                        tables.remove(r.getOldTableName().toLowerCase(Locale.ROOT));
                        tables.add(r.getNewTableName().toLowerCase(Locale.ROOT));
                    }
                    default -> {
                    }
                }
            }
        }
        return Set.copyOf(tables);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /**
     * Hands Liquibase the caller's connection inside the caller's transaction. Liquibase's commits and
     * rollbacks become savepoints: it can still recover from a failed probe (PostgreSQL aborts the whole
     * transaction otherwise), but only the caller's commit makes anything permanent.
     */
    private static final class CallerCommits extends JdbcConnection {
        private final Connection connection;
        private Savepoint savepoint;

        CallerCommits(Connection connection) throws SQLException {
            super(connection);
            this.connection = connection;
            this.savepoint = connection.setSavepoint();
        }

        @Override
        public void commit() throws DatabaseException {
            try {
                connection.releaseSavepoint(savepoint);
                savepoint = connection.setSavepoint();
            } catch (SQLException e) {
                throw new DatabaseException(e);
            }
        }

        @Override
        public void rollback() throws DatabaseException {
            try {
                connection.rollback(savepoint);
            } catch (SQLException e) {
                throw new DatabaseException(e);
            }
        }

        @Override
        public void setAutoCommit(boolean autoCommit) {
        }

        @Override
        public void close() {
        }
    }
}
