package id.kinerja.basisdata;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseTest {

    @Test
    void keepsItsDataAcrossRestarts(@TempDir Path folder) throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(folder)) {
            execute(db, "CREATE TABLE catatan (isi text)", "INSERT INTO catatan VALUES ('tetap ada')");
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(folder)) {
            assertThat(query(db, "SELECT isi FROM catatan")).isEqualTo("tetap ada");
        }
    }

    @Test
    void stopsThePostmasterOfACrashedRun(@TempDir Path folder) throws Exception {
        // Another JVM starts the database, writes, and is killed with SIGKILL: its postmaster lives on.
        Process crashed = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                EmbeddedDatabaseProcess.class.getName(), folder.toString())
                .redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(crashed.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                // start-up log
            }
            assertThat(line).as("the other JVM started its database").isEqualTo("READY");
        }
        crashed.destroyForcibly();
        assertThat(crashed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long orphan = Long.parseLong(Files.readAllLines(folder.resolve("postmaster.pid")).getFirst().trim());
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("orphaned postmaster").contains(true);

        try (EmbeddedDatabase db = EmbeddedDatabase.start(folder)) {
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(query(db, "SELECT isi FROM catatan")).isEqualTo("dari proses yang mati");
        }
    }

    private static void execute(EmbeddedDatabase db, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl()); var st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    private static String query(EmbeddedDatabase db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl()); var st = c.createStatement();
             var rs = st.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
