package id.kinerja.basisdata;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A PostgreSQL server started from Kinerja's own process, its data kept in a folder that survives restarts.
 * <ul>
 *   <li>Durable: every commit it acknowledges is flushed to disk first ({@code fsync}, {@code full_page_writes},
 *   {@code synchronous_commit} on), unlike the embedded library's test defaults.</li>
 *   <li>Private: only its superuser with the generated password of {@link EmbeddedAccess} may connect, never
 *   {@code trust}; a folder made by an earlier build (trust) is secured before its server listens.</li>
 *   <li>A postmaster left running by a crashed (kill -9) Kinerja is detected from its pid file and stopped first.</li>
 * </ul>
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "kinerja";
    public static final String USER = EmbeddedAccess.USER;
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /**
     * What a commit costs. Production always runs {@link #DURABLE}; only the test suite's throwaway servers
     * (whose data dies with the test JVM) may choose {@link #THROWAWAY}, through the test sources of this package.
     */
    enum Durability {
        /** An acknowledged commit is on disk: survives a crash of Kinerja, of PostgreSQL and of the machine. */
        DURABLE("on"),
        /** Nothing is flushed: a crash loses recent commits. For test databases only. */
        THROWAWAY("off");

        private final String setting;

        Durability(String setting) {
            this.setting = setting;
        }
    }

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    /** Starts (or restarts) the durable server whose data lives in {@code folder}, creating the folder when new. */
    public static EmbeddedDatabase start(Path folder) {
        return start(folder, Durability.DURABLE);
    }

    static EmbeddedDatabase start(Path folder, Durability durability) {
        Path dir = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            stopOrphanedPostmaster(dir);
            long started = System.nanoTime();
            EmbeddedAccess akses = EmbeddedAccess.of(dir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPgBinaryResolver(EmbeddedAccess.BINARIES)
                    .setOverrideWorkingDirectory(EmbeddedAccess.BINARIES.workingDirectory().toFile())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("timezone", "Asia/Jakarta")
                    // the library passes -F (fsync off) and synchronous_commit=off; later settings win
                    .setServerConfig("fsync", durability.setting)
                    .setServerConfig("full_page_writes", durability.setting)
                    .setServerConfig("synchronous_commit", durability.setting)
                    .setServerConfig("listen_addresses", "localhost")
                    .setConnectConfig("password", akses.password())
                    // runs after initdb and before the server first listens: password set, pg_hba.conf without trust
                    .setDataDirectoryCustomizer(data -> akses.secure())
                    .start();
            EmbeddedDatabase db = new EmbeddedDatabase(pg, akses.password());
            db.createDatabaseIfMissing();
            LOG.info("Embedded PostgreSQL on port {} with data in {} ({} ms)", pg.getPort(), dir,
                    (System.nanoTime() - started) / 1_000_000);
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** JDBC URL of the {@value #DATABASE} database; connect as {@link #USER} with {@link #password()}. */
    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    /** JDBC URL of another database of this server. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    /** The superuser's generated password (kept in the data folder, readable by its owner only). */
    public String password() {
        return password;
    }

    public int port() {
        return postgres.getPort();
    }

    private void createDatabaseIfMissing() {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, password);
             var st = c.createStatement();
             var rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
            if (!rs.next()) {
                st.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE + ": " + e.getMessage(), e);
        }
    }

    /**
     * A postmaster whose pid file points at a live process owns this folder although no Kinerja runs it
     * (the folder lock of the previous run died with its process): stop it, fast shutdown first.
     */
    static void stopOrphanedPostmaster(Path dir) throws IOException {
        Optional<ProcessHandle> process = postmaster(dir);
        if (process.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = process.get();
        LOG.warn("Stopping orphaned PostgreSQL (pid {}) left running in {}", postmaster.pid(), dir);
        try {
            // SIGINT is PostgreSQL's fast shutdown: roll back open transactions, checkpoint, exit.
            new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).start().waitFor();
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            postmaster.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IOException("Could not stop the orphaned PostgreSQL " + postmaster.pid(), e);
        }
    }

    /** The live postmaster named by the folder's pid file, if any. */
    static Optional<ProcessHandle> postmaster(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        return Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst()
                .map(String::trim).filter(s -> s.matches("\\d+"))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
