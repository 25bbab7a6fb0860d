package id.kinerja.server;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.kinerja.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A healthy start, onboarding a dinas and a good Excel export log no warning and no error: neither through SLF4J nor
 * through java.util.logging (Liquibase), and POI's Log4j API finds its provider (SLF4J) instead of complaining.
 */
class LogBersihTest {

    @Test
    void aHealthyStartAndAGoodExportLogNoWarningsOrErrors() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> slf4j = new ListAppender<>();
        slf4j.start();
        root.addAppender(slf4j);
        List<LogRecord> jul = new CopyOnWriteArrayList<>();
        Handler tangkap = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                    jul.add(r);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger julRoot = java.util.logging.Logger.getLogger("");
        julRoot.addHandler(tangkap);
        try (RunningKinerja app = RunningKinerja.start(TestDatabase.freshDatabase())) {
            app.provision("dinas-log");
            HttpResponse<byte[]> xlsx = app.getBytes("/api/t/dinas-log/export.xlsx");
            assertThat(xlsx.statusCode()).isEqualTo(200);
        } finally {
            root.detachAppender(slf4j);
            julRoot.removeHandler(tangkap);
        }
        assertThat(slf4j.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(e -> e.getLevel() + " " + e.getLoggerName() + ": " + e.getFormattedMessage()).isEmpty();
        assertThat(jul).extracting(r -> r.getLevel() + " " + r.getLoggerName() + ": " + r.getMessage()).isEmpty();
        assertThat(org.apache.logging.log4j.LogManager.getLogger("poi").getClass().getName()).contains("slf4j");
    }
}
