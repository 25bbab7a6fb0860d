package id.kinerja.tenant;

import id.kinerja.basisdata.KumpulanServer;
import id.kinerja.config.PemulihanSettings;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * At start-up, in the background: the registry rows a crash left half done, put right from what the servers really
 * hold. Onboarding ({@link TenantProvisioning}) and moving ({@link PemindahanDinas}) each span two servers, so a process
 * that dies between their steps leaves a row that no one finishes:
 * <ul>
 * <li>{@code provisioning}: the schema and its content commit in one transaction, so a schema {@code t_<slug>} on the
 * row's server is complete: the row turns {@code active} (and is migrated if this release's changelog is newer).
 * No schema: the onboarding never committed, the row is deleted and the slug is free again.</li>
 * <li>{@code moving}: until the registry's locator changes, the source is the only copy ever served, and it is whole
 * (the move drops it in its source transaction, which a crash rolls back); a schema of the dinas on any other server is
 * a copy nobody served (complete or not): it is dropped and the row turns {@code active} on its server. A schema missing
 * from the row's own server is not something a crash makes: left for an operator.</li>
 * </ul>
 * Another node may be onboarding or moving that very row. A row is only taken once it has been in its status for
 * {@link PemulihanSettings#umurMinimum()}, and even then only when the locks that work holds are free: the onboarding
 * transaction's (and the move's target transaction's) {@code pg_advisory_xact_lock(hashtext(schema))}, tried with
 * {@code pg_try_advisory_xact_lock} and held while deciding; the move's {@code SHARE} locks on the source's tables,
 * tried with {@code LOCK … IN EXCLUSIVE MODE NOWAIT} (which also fails behind a move still queued for them). A server
 * that does not answer leaves its rows as they are, for the next start.
 */
@Singleton
public final class PemulihanDinas {

    private static final Logger LOG = LoggerFactory.getLogger(PemulihanDinas.class);
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final TenantRepository tenants;
    private final Migrations migrations;
    private final KumpulanServer servers;
    private final PemulihanSettings settings;
    private final PekerjaLatar pekerja = new PekerjaLatar("pemulihan-dinas");

    PemulihanDinas(TenantRepository tenants, Migrations migrations, KumpulanServer servers, PemulihanSettings settings) {
        this.tenants = tenants;
        this.migrations = migrations;
        this.servers = servers;
        this.settings = settings;
    }

    /** Starts one recovery pass in the background; returns at once. Called once, at start-up, after the platform migration. */
    synchronized void mulai() {
        if (!settings.enabled()) {
            return;
        }
        pekerja.mulai(() -> {
            try {
                pulihkan();
            } catch (RuntimeException e) { // the main server went away: nothing was decided, the next start tries again
                LOG.error("Pemulihan dinas terhenti; dicoba lagi saat Kinerja mulai berikutnya", e);
            }
        });
    }

    /** Waits until the start-up pass has ended (true) or {@code batas} has passed (false). */
    public boolean tunggu(Duration batas) throws InterruptedException {
        return pekerja.tunggu(batas);
    }

    /** On shutdown: the pass ends before the pools close under it (it takes a second or two). */
    @PreDestroy
    void tutup() throws InterruptedException {
        tunggu(Duration.ofSeconds(30));
    }

    /** One pass over the {@code provisioning} and {@code moving} rows; what became of each. */
    public List<Hasil> pulihkan() {
        Instant batas = Instant.now().minus(settings.umurMinimum());
        List<Hasil> hasil = new ArrayList<>();
        for (Tenant t : tenants.findByStatusOrderBySlug(Tenant.PROVISIONING)) {
            hasil.add(t.createdAt() != null && t.createdAt().isAfter(batas)
                    ? dibiarkan(t, "onboarding started " + umur(t.createdAt()) + " ago: maybe still running")
                    : pendaftaran(t));
        }
        for (Tenant t : tenants.findByStatusOrderBySlug(Tenant.MOVING)) {
            hasil.add(t.updatedAt() != null && t.updatedAt().isAfter(batas)
                    ? dibiarkan(t, "move started " + umur(t.updatedAt()) + " ago: maybe still running")
                    : pemindahan(t));
        }
        if (!hasil.isEmpty()) {
            LOG.info("Pemulihan dinas: {} diaktifkan, {} dihapus, {} dibiarkan", hitung(hasil, Tindakan.DIAKTIFKAN),
                    hitung(hasil, Tindakan.DIHAPUS), hitung(hasil, Tindakan.DIBIARKAN));
        }
        return hasil;
    }

    /** An onboarding left {@code provisioning}: active if its schema committed, else its row deleted. */
    private Hasil pendaftaran(Tenant t) {
        String skema = t.schemaName();
        boolean ada;
        try (Connection c = koneksi(t.locator())) {
            c.setAutoCommit(false);
            try {
                if (!Migrations.tryLockSchema(c, skema)) {
                    return dibiarkan(t, "its schema's lock is held on server " + t.locator() + ": onboarding still running");
                }
                ada = adaSkema(c, skema);
                // decided while holding the lock: an onboarding that had not begun its transaction waits for it, and a
                // deleted row is not turned active by anyone
                if (!ada) {
                    if (tenants.hapusPendaftaranTerhenti(t.id()) != 1) {
                        return dibiarkan(t, "its row changed meanwhile");
                    }
                    return catat(t, Tindakan.DIHAPUS, "no schema " + skema + " on server " + t.locator()
                            + ": the onboarding never committed; row deleted, slug free");
                }
                if (tenants.gantiStatus(t.id(), Tenant.PROVISIONING, Tenant.ACTIVE, Instant.now()) != 1) {
                    return dibiarkan(t, "its row changed meanwhile");
                }
            } finally {
                c.rollback(); // nothing was written here: only the lock is let go
            }
        } catch (SQLException | RuntimeException e) {
            return dibiarkan(t, "not decided: server " + t.locator() + " or the registry does not answer (" + Migrations.message(e) + ")");
        }
        String versi = migrations.tenantVersion();
        if (!versi.equals(t.changelogVersion())) { // onboarded by an older release: bring it to this one (own lock, own transaction)
            migrations.migrate(t, versi);
        }
        return catat(t, Tindakan.DIAKTIFKAN, "schema " + skema + " is complete on server " + t.locator() + ": active");
    }

    /** A move left {@code moving}: serves again from the server its locator names, any copy elsewhere dropped. */
    private Hasil pemindahan(Tenant t) {
        String skema = t.schemaName();
        String asal = t.locator();
        try (Connection sumber = koneksi(asal)) {
            sumber.setAutoCommit(false);
            try {
                if (!adaSkema(sumber, skema)) {
                    LOG.error("Pemulihan: dinas {} is 'moving' on server {}, which has no schema {}; an operator must find"
                            + " its data (docs/scaling.md, \"Moving a dinas\")", t.slug(), asal, skema);
                    return dibiarkan(t, "no schema " + skema + " on its own server " + asal + ": needs an operator");
                }
                if (!kunciTabel(sumber, skema)) {
                    return dibiarkan(t, "its tables on server " + asal + " are locked: a move is running");
                }
                List<String> dibuang = new ArrayList<>();
                for (String lain : servers.nama()) {
                    if (lain.equals(asal)) {
                        continue;
                    }
                    try (Connection c = koneksi(lain)) {
                        c.setAutoCommit(false);
                        try {
                            if (!Migrations.tryLockSchema(c, skema)) {
                                return dibiarkan(t, "its schema's lock is held on server " + lain + ": a copy is being made");
                            }
                            if (adaSkema(c, skema)) {
                                try (Statement st = c.createStatement()) {
                                    st.execute("DROP SCHEMA IF EXISTS " + skema + " CASCADE");
                                }
                                dibuang.add(lain);
                            }
                            c.commit();
                        } catch (SQLException | RuntimeException e) {
                            c.rollback();
                            throw e;
                        }
                    } catch (SQLException | RuntimeException e) {
                        // a copy there cannot be ruled out, and it would block a later move there: next start
                        return dibiarkan(t, "server " + lain + " does not answer (" + Migrations.message(e)
                                + "): it may hold a copy");
                    }
                }
                if (tenants.gantiStatus(t.id(), Tenant.MOVING, Tenant.ACTIVE, Instant.now()) != 1) {
                    return dibiarkan(t, "its row changed meanwhile");
                }
                return catat(t, Tindakan.DIAKTIFKAN, "serves again from server " + asal + " (the one complete copy)"
                        + (dibuang.isEmpty() ? "; no copy elsewhere" : "; the unfinished copy dropped on " + String.join(", ", dibuang)));
            } finally {
                sumber.rollback(); // only locks were taken here
            }
        } catch (SQLException | RuntimeException e) {
            return dibiarkan(t, "not decided: server " + asal + " or the registry does not answer (" + Migrations.message(e) + ")");
        }
    }

    private Connection koneksi(String server) throws SQLException {
        return servers.sumber(server).getConnection(); // an unknown server: IllegalArgumentException, left as it is
    }


    /** Every table of {@code skema} locked against a move's {@code SHARE} locks (held or queued), or false at once. */
    private static boolean kunciTabel(Connection c, String skema) throws SQLException {
        List<String> tabel = new ArrayList<>();
        try (var st = c.prepareStatement("SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) FROM pg_tables"
                + " WHERE schemaname = ?")) {
            st.setString(1, skema);
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    tabel.add(rs.getString(1));
                }
            }
        }
        if (tabel.isEmpty()) {
            return true;
        }
        try (Statement st = c.createStatement()) {
            st.execute("SAVEPOINT kunci");
            try {
                st.execute("LOCK TABLE " + String.join(", ", tabel) + " IN EXCLUSIVE MODE NOWAIT");
                return true;
            } catch (SQLException e) {
                if (!LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                    throw e;
                }
                st.execute("ROLLBACK TO SAVEPOINT kunci");
                return false;
            }
        }
    }

    private static boolean adaSkema(Connection c, String skema) throws SQLException {
        try (var st = c.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            st.setString(1, skema);
            try (var rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Hasil dibiarkan(Tenant t, String alasan) {
        LOG.info("Pemulihan: dinas {} ({}) left as it is: {}", t.slug(), t.status(), alasan);
        return new Hasil(t.slug(), t.status(), Tindakan.DIBIARKAN, alasan);
    }

    private static Hasil catat(Tenant t, Tindakan tindakan, String keterangan) {
        LOG.warn("Pemulihan: dinas {} ({} after a crash): {}", t.slug(), t.status(), keterangan);
        return new Hasil(t.slug(), t.status(), tindakan, keterangan);
    }

    private static String umur(Instant sejak) {
        return Duration.between(sejak, Instant.now()).toSeconds() + " s";
    }

    private static long hitung(List<Hasil> hasil, Tindakan tindakan) {
        return hasil.stream().filter(h -> h.tindakan() == tindakan).count();
    }

    /** What the pass did with a row. */
    public enum Tindakan {
        /** the dinas serves ({@code active}) */
        DIAKTIFKAN,
        /** an onboarding that never committed: its row deleted */
        DIHAPUS,
        /** left as it was (still in progress, a server not answering, a state only an operator can judge) */
        DIBIARKAN
    }

    /** One row: its slug, the status it was found in, what was done and why. */
    public record Hasil(String slug, String status, Tindakan tindakan, String keterangan) {
    }
}
