package id.kinerja.testing;

import id.kinerja.basisdata.EmbeddedDatabase;
import id.kinerja.basisdata.ThrowawayDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One real PostgreSQL for a whole test JVM (the same embedded server Kinerja runs on), and a fresh empty
 * database for every test context, so tests see only their own tenants.
 */
public final class TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedDatabase server;
    /** Uploaded files of test contexts (each tenant has its own sub-folder, and test tenants have unique names). */
    private static final Path FOLDER_DATA = buatFolderData();

    private static Path buatFolderData() {
        try {
            Path p = Files.createTempDirectory("kinerja-test-data");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(p)));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestDatabase() {
    }

    /** Properties pointing a Micronaut context at a new, empty database. */
    public static Map<String, Object> freshDatabase() {
        return properties(createDatabase());
    }

    /** Properties pointing a Micronaut context at {@code jdbcUrl} of the shared test server; a mutable map, for tests to add to. */
    public static Map<String, Object> properties(String jdbcUrl) {
        return properties(jdbcUrl, server().password());
    }

    /** Properties pointing a Micronaut context at the {@code kinerja} database of another embedded server. */
    public static Map<String, Object> properties(EmbeddedDatabase database) {
        return properties(database.jdbcUrl(), database.password());
    }

    private static Map<String, Object> properties(String jdbcUrl, String password) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("kinerja.database.url", jdbcUrl);
        properties.put("kinerja.database.user", EmbeddedDatabase.USER);
        properties.put("kinerja.database.password", password);
        properties.put("kinerja.data", FOLDER_DATA.toString());
        return properties;
    }

    /** Creates an empty database and returns its JDBC URL. */
    public static synchronized String createDatabase() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = connect(server().jdbcUrl("postgres"));
             var st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return server().jdbcUrl(name);
    }

    /** A plain JDBC connection (no pool, no tenant context) for checking what really is in the database. */
    public static Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, EmbeddedDatabase.USER, server().password());
    }

    /**
     * Row counts and an md5 of the rows of every table of {@code schema} (the audit log and Liquibase's tables
     * aside), and the number of registered tenants: equal before and after means nothing was written.
     */
    public static String checksum(String jdbcUrl, String schema) throws SQLException {
        StringBuilder s = new StringBuilder();
        try (Connection c = connect(jdbcUrl); var st = c.prepareStatement("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = ? AND table_name NOT LIKE 'databasechangelog%' AND table_name <> 'jejak' ORDER BY 1")) {
            st.setString(1, schema);
            java.util.List<String> names = new java.util.ArrayList<>();
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String t : names) {
                try (var q = c.createStatement(); var rs = q.executeQuery("SELECT count(*), coalesce(md5(string_agg(x::text, ','"
                        + " ORDER BY x::text)), '') FROM " + schema + "." + t + " x")) {
                    rs.next();
                    s.append(t).append('=').append(rs.getLong(1)).append(':').append(rs.getString(2)).append(';');
                }
            }
            try (var q = c.createStatement(); var rs = q.executeQuery("SELECT count(*) FROM platform.tenant")) {
                rs.next();
                s.append("tenant=").append(rs.getLong(1));
            }
        }
        return s.toString();
    }

    /** The test JVM's server: throwaway, so it may skip flushing its commits. */
    private static synchronized EmbeddedDatabase server() {
        if (server == null) {
            try {
                Path folder = Files.createTempDirectory("kinerja-test-pg");
                server = ThrowawayDatabase.start(folder);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    delete(folder);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temp folder (files may still vanish under the walk as the server stops); the OS cleans up what is left
        }
    }
}
