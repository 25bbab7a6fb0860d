package id.kinerja.tenant;

import id.kinerja.common.Sebab;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

import java.io.StringWriter;
import java.io.Writer;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SQL Liquibase would run for a brand-new schema, generated once per process for a placeholder schema, and
 * replayed for each new schema with the placeholder's name replaced: the same tables, changelog rows and checksums
 * as a Liquibase run, at a fraction of the cost.
 */
final class SkripSkemaBaru {

    private final String path;
    private final ResourceAccessor resources;
    private final String templat = "kinerja_templat_" + Long.toHexString(System.nanoTime());
    private volatile String script;

    SkripSkemaBaru(String path, ResourceAccessor resources) {
        this.path = path;
        this.resources = resources;
    }

    boolean ada() {
        return script != null;
    }

    /**
     * Generates the script in update-sql mode on {@code connection}, an auto-commit connection of its own
     * (Liquibase probes its lock table for real); whatever it leaves in the placeholder schema is dropped.
     */
    synchronized void buat(Connection connection) throws SQLException {
        if (script != null) {
            return;
        }
        script = hasilkan(connection, path, resources, templat,
                (liquibase, sql) -> liquibase.update(new Contexts(), new LabelExpression(), sql), "The SQL of " + path);
    }

    /** What {@link #hasilkan} has Liquibase do on the placeholder schema; the SQL to keep goes to {@code sql}. */
    interface Kerja {
        void jalankan(Liquibase liquibase, Writer sql) throws Exception;
    }

    /**
     * Creates the placeholder schema {@code templat} on {@code connection} (auto-commit, its own), lets {@code kerja}
     * run Liquibase on it in update-sql mode, drops it again and returns the SQL written.
     */
    static String hasilkan(Connection connection, String path, ResourceAccessor resources, String templat, Kerja kerja,
                           String apa) throws SQLException {
        StringWriter sql = new StringWriter();
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE SCHEMA " + templat);
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDefaultSchemaName(templat);
            database.setLiquibaseSchemaName(templat);
            LiquibaseSenyap.tanpaPeringatanKunci(() ->
                    Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () ->
                            kerja.jalankan(new Liquibase(path, resources, database), sql)));
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException(apa + " could not be generated: " + Sebab.pesanAkar(e), e);
        } finally {
            try (Statement st = connection.createStatement()) {
                st.execute("DROP SCHEMA IF EXISTS " + templat + " CASCADE");
            }
            if (!connection.getAutoCommit()) {
                connection.commit(); // Liquibase may leave auto-commit off: the drop must not wait in an open transaction
            }
            connection.setSchema(TenantSchemas.NONE);
        }
        return sql.toString();
    }

    /** Runs the script for {@code schema} on the caller's connection, in the caller's transaction. */
    void jalankan(Connection connection, String schema) throws SQLException {
        if (script == null) {
            throw new IllegalStateException("buat() first");
        }
        jalankan(connection, script, templat, schema);
    }

    /** Runs {@code script}, generated for the placeholder schema {@code templat}, for {@code schema}. */
    static void jalankan(Connection connection, String script, String templat, String schema) throws SQLException {
        connection.setSchema(schema); // the changelog's own SQL names its tables without schema
        try (Statement st = connection.createStatement()) {
            st.execute(script.replace(templat, schema)); // the driver splits it, minding dollar-quoted functions
        } catch (SQLException e) {
            throw new SQLException("Migration of " + schema + " failed: " + penyebab(e), e.getSQLState(), e);
        }
    }

    /**
     * The statement that failed, not the ones aborted after it (searched through causes and chained exceptions,
     * which {@link Sebab} does not follow: a batch reports its failures as a chain of next exceptions).
     */
    private static String penyebab(SQLException error) {
        ArrayDeque<Throwable> todo = new ArrayDeque<>(List.of(error));
        Set<Throwable> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t.getMessage() != null && !t.getMessage().contains("current transaction is aborted")
                    && !(t instanceof BatchUpdateException)) {
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
}
