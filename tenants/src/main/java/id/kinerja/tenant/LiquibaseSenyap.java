package id.kinerja.tenant;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Liquibase's process-wide settings, set once: no phone-home from a closed network, no banner, summary tables or
 * per-changeset chatter in the log.
 */
final class LiquibaseSenyap {

    /** Liquibase logs through java.util.logging, which holds its loggers weakly: keep this one. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    /**
     * Liquibase's lock service logger. In update-sql mode ({@link SkripSkemaBaru}) Liquibase takes the lock of the
     * placeholder schema for real but writes its release into the script, so no row changes and it warns "Failed to
     * release change log lock" on the first tenant creation of every process; the schema is dropped right after, so
     * that warning is silenced for that one call only.
     */
    private static final Logger LOCK_LOG = Logger.getLogger("liquibase.lockservice");

    static {
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
        System.setProperty("liquibase.command.showSummary", "OFF");
        System.setProperty("liquibase.command.showSummaryOutput", "LOG");
        LIQUIBASE_LOG.setLevel(Level.WARNING);
    }

    private LiquibaseSenyap() {
    }

    /** Makes sure the settings above are in place before Liquibase is first touched. */
    static void pasang() {
        // the static initialiser did the work
    }

    /** Work during which the lock service's warning is not logged (see {@link #LOCK_LOG}). */
    interface Kerja {
        void jalankan() throws Exception;
    }

    static void tanpaPeringatanKunci(Kerja kerja) throws Exception {
        Level level = LOCK_LOG.getLevel();
        LOCK_LOG.setLevel(Level.SEVERE);
        try {
            kerja.jalankan();
        } finally {
            LOCK_LOG.setLevel(level);
        }
    }
}
