package id.kinerja.testing;

import id.kinerja.basisdata.EmbeddedDatabase;

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

    /** Properties pointing a Micronaut context at {@code jdbcUrl}; a mutable map, for tests to add to. */
    public static Map<String, Object> properties(String jdbcUrl) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("kinerja.database.url", jdbcUrl);
        properties.put("kinerja.database.user", EmbeddedDatabase.USER);
        properties.put("kinerja.data", FOLDER_DATA.toString());
        return properties;
    }

    /** Creates an empty database and returns its JDBC URL. */
    public static synchronized String createDatabase() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres"), EmbeddedDatabase.USER, null);
             var st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return url(name);
    }

    /** A plain JDBC connection (no pool, no tenant context) for checking what really is in the database. */
    public static Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, EmbeddedDatabase.USER, null);
    }

    private static synchronized String url(String database) {
        if (server == null) {
            try {
                Path folder = Files.createTempDirectory("kinerja-test-pg");
                server = EmbeddedDatabase.start(folder);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    delete(folder);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return "jdbc:postgresql://localhost:" + server.port() + "/" + database;
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder; the OS cleans up what is left
        }
    }
}
