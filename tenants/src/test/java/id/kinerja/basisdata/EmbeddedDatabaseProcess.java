package id.kinerja.basisdata;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/** Run in a separate JVM by {@link EmbeddedDatabaseTest}: starts the database, writes, says READY, waits to be killed. */
public final class EmbeddedDatabaseProcess {

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]));
        try (Connection c = DriverManager.getConnection(db.jdbcUrl()); var st = c.createStatement()) {
            st.execute("CREATE TABLE catatan (isi text)");
            st.execute("INSERT INTO catatan VALUES ('dari proses yang mati')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
