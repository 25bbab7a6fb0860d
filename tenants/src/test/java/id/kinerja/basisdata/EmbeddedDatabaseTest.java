package id.kinerja.basisdata;

import id.kinerja.testing.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedDatabaseTest {

    @Test
    void keepsItsDataAcrossRestartsFlushesEveryCommitAndTakesItsOwnPasswordOnly(@TempDir Path folder) throws Exception {
        Path password = folder.resolve("kinerja-password");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(folder)) {
            execute(db, "CREATE TABLE catatan (isi text)", "INSERT INTO catatan VALUES ('tetap ada')");
            // durable: an acknowledged commit is on disk
            assertThat(query(db, "SHOW fsync")).isEqualTo("on");
            assertThat(query(db, "SHOW full_page_writes")).isEqualTo("on");
            assertThat(query(db, "SHOW synchronous_commit")).isEqualTo("on");
            // private: a generated password in an owner-only file, no trust for anyone
            assertThat(Files.readString(password).strip()).isEqualTo(db.password()).hasSizeGreaterThanOrEqualTo(40);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(password))).isEqualTo("rw-------");
            assertNoTrust(folder);
            assertRefused(db, null);
            assertRefused(db, "");
            assertRefused(db, "postgres");
            // a physical backup (pg_basebackup, docs/operations.md) connects for replication, with the same password
            java.util.Properties replikasi = new java.util.Properties();
            replikasi.setProperty("user", EmbeddedDatabase.USER);
            replikasi.setProperty("password", db.password());
            replikasi.setProperty("replication", "true"); // physical, as pg_basebackup: only pg_hba.conf lines for "replication" match
            replikasi.setProperty("preferQueryMode", "simple");
            replikasi.setProperty("assumeMinServerVersion", "9.4"); // else PgJDBC leaves out the replication parameter
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), replikasi); var st = c.createStatement();
                 var rs = st.executeQuery("IDENTIFY_SYSTEM")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("systemid")).isNotBlank();
            }
            replikasi.setProperty("password", "postgres");
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), replikasi).close()).isInstanceOf(SQLException.class);
        }
        Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-r--r--"));
        String before = Files.readString(password).strip();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(folder)) {
            assertThat(query(db, "SELECT isi FROM catatan")).isEqualTo("tetap ada");
            assertThat(db.password()).isEqualTo(before);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(password))).isEqualTo("rw-------");
        }
    }

    @Test
    void onlyTheTestSuitesThrowawayServerSkipsFlushing() throws Exception {
        try (Connection c = TestDatabase.connect(TestDatabase.createDatabase()); var st = c.createStatement();
             var rs = st.executeQuery("SELECT current_setting('fsync'), current_setting('synchronous_commit')")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1) + " " + rs.getString(2)).isEqualTo("off off");
        }
    }

    @Test
    void securesAFolderAnEarlierBuildInitialisedWithTrust(@TempDir Path folder) throws Exception {
        // how builds before this one started the folder: the library's defaults, trust for every local user
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(folder).setCleanDataDirectory(false).start()) {
            try (Connection c = DriverManager.getConnection(old.getJdbcUrl("postgres", "postgres")); var st = c.createStatement()) {
                st.execute("CREATE DATABASE kinerja");
            }
            try (Connection c = DriverManager.getConnection(old.getJdbcUrl("postgres", "kinerja")); var st = c.createStatement()) {
                st.execute("CREATE TABLE catatan (isi text)");
                st.execute("INSERT INTO catatan VALUES ('dari versi lama')");
            }
        }
        assertThat(Files.readString(folder.resolve("pg_hba.conf"))).contains("trust");

        try (EmbeddedDatabase db = EmbeddedDatabase.start(folder)) {
            assertThat(query(db, "SELECT isi FROM catatan")).isEqualTo("dari versi lama");
            assertRefused(db, null);
            assertNoTrust(folder);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("kinerja-password"))))
                    .isEqualTo("rw-------");
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(folder)) {
            assertThat(query(db, "SELECT isi FROM catatan")).isEqualTo("dari versi lama");
        }
    }

    @Test
    void stopsThePostmasterOfACrashedRun(@TempDir Path folder) throws Exception {
        // Another JVM starts the database, writes, and is killed with SIGKILL: its postmaster lives on.
        Process crashed = otherJvm(folder, 0);
        awaitReady(crashed);
        crashed.destroyForcibly();
        assertThat(crashed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long orphan = Long.parseLong(Files.readAllLines(folder.resolve("postmaster.pid")).getFirst().trim());
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("orphaned postmaster").contains(true);

        try (EmbeddedDatabase db = EmbeddedDatabase.start(folder)) {
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(query(db, "SELECT isi FROM catatan WHERE id = 0")).isEqualTo("dari proses yang mati");
        }
    }

    /**
     * Writers in another JVM commit as fast as they can; that JVM and every PostgreSQL process are killed with
     * SIGKILL at once; after a restart on the same folder every commit that had returned is there.
     * (The HTTP-level version, through Kinerja itself, is {@code ./kinerja crash-test}, i.e. {@code bench/crash-test}.)
     */
    @Test
    void everyAcknowledgedCommitSurvivesKill9OfTheAppAndOfPostgres(@TempDir Path folder) throws Exception {
        Process writers = otherJvm(folder, 4);
        BufferedReader out = awaitReady(writers);
        Set<Long> acknowledged = new HashSet<>();
        String line;
        while (acknowledged.size() < 200 && (line = out.readLine()) != null) {
            if (line.startsWith("ACK ")) {
                acknowledged.add(Long.parseLong(line.substring(4)));
            }
        }
        // all at once, one kill(1): the writers' JVM, the postmaster and every backend, WAL writer and checkpointer
        ProcessHandle postmaster = EmbeddedDatabase.postmaster(folder).orElseThrow();
        List<ProcessHandle> victims = new ArrayList<>(postmaster.descendants().toList());
        victims.add(postmaster);
        victims.add(writers.toHandle());
        List<String> kill = new ArrayList<>(List.of("kill", "-KILL"));
        victims.forEach(p -> kill.add(Long.toString(p.pid())));
        new ProcessBuilder(kill).start().waitFor(); // a backend may have ended meanwhile: kill says 1 then
        for (ProcessHandle p : victims) {
            p.onExit().get(30, TimeUnit.SECONDS);
        }
        while ((line = out.readLine()) != null) { // what was printed before the kill was acknowledged too
            if (line.startsWith("ACK ")) {
                acknowledged.add(Long.parseLong(line.substring(4)));
            }
        }

        try (EmbeddedDatabase db = EmbeddedDatabase.start(folder);
             Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, db.password());
             var st = c.createStatement(); var rs = st.executeQuery("SELECT id FROM catatan")) {
            Set<Long> stored = new HashSet<>();
            while (rs.next()) {
                stored.add(rs.getLong(1));
            }
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(200);
            assertThat(stored).as("acknowledged commits after kill -9").containsAll(acknowledged);
        }
    }

    private static Process otherJvm(Path folder, int writers) throws Exception {
        return new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                EmbeddedDatabaseProcess.class.getName(), folder.toString(), Integer.toString(writers))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static BufferedReader awaitReady(Process process) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()));
        String line;
        while ((line = out.readLine()) != null && !line.equals("READY")) {
            // start-up log
        }
        assertThat(line).as("the other JVM started its database").isEqualTo("READY");
        return out;
    }

    private static void assertNoTrust(Path folder) throws Exception {
        assertThat(Files.readAllLines(folder.resolve("pg_hba.conf")))
                .noneMatch(line -> !line.startsWith("#") && line.contains("trust"));
    }

    private static void assertRefused(EmbeddedDatabase db, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, password).close())
                .isInstanceOf(SQLException.class);
    }

    private static void execute(EmbeddedDatabase db, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, db.password());
             var st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    private static String query(EmbeddedDatabase db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, db.password());
             var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
