package id.kinerja.basisdata;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Run in a separate JVM by {@link EmbeddedDatabaseTest}: starts the (durable) database in {@code args[0]}, writes,
 * says READY and waits to be killed. With {@code args[1] = N} it then runs N writers, each printing
 * {@code ACK <id>} once the commit of row {@code id} has returned, until it is killed.
 */
public final class EmbeddedDatabaseProcess {

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]));
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, db.password());
             var st = c.createStatement()) {
            st.execute("CREATE TABLE catatan (id bigint PRIMARY KEY, isi text)");
            st.execute("INSERT INTO catatan VALUES (0, 'dari proses yang mati')");
        }
        System.out.println("READY");
        System.out.flush();
        int writers = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        AtomicLong ids = new AtomicLong();
        for (int i = 0; i < writers; i++) {
            Thread.ofPlatform().start(() -> {
                try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, db.password());
                     var insert = c.prepareStatement("INSERT INTO catatan VALUES (?, 'ditulis')")) {
                    while (true) {
                        long id = ids.incrementAndGet();
                        insert.setLong(1, id);
                        insert.executeUpdate(); // auto-commit: returned = acknowledged
                        synchronized (System.out) {
                            System.out.println("ACK " + id);
                            System.out.flush();
                        }
                    }
                } catch (Exception e) {
                    System.err.println("writer stopped: " + e.getMessage());
                }
            });
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
