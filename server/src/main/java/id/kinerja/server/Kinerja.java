package id.kinerja.server;

import io.micronaut.context.ApplicationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts Kinerja: the Micronaut context (database, migrations) and then the web server on one port. */
public final class Kinerja {

    private static final Logger LOG = LoggerFactory.getLogger(Kinerja.class);

    private Kinerja() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        ApplicationContext context = ApplicationContext.builder().args(args).start();
        WebServer server = context.getBean(WebServer.class);
        try {
            server.start();
        } catch (RuntimeException e) {
            LOG.error("Kinerja tidak dapat berjalan: {}", e.getMessage(), e);
            context.close();
            System.exit(1);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            context.close();
        }, "kinerja-shutdown"));
        LOG.info("Kinerja berjalan di {} (siap dalam {} ms)", server.url(), (System.nanoTime() - started) / 1_000_000);
    }
}
