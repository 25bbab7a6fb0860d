package id.kinerja.tenant;

import id.kinerja.basisdata.EmbeddedDatabase;
import io.micronaut.context.ApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bench command (not a test), issue 14: Kinerja's start-up with N up-to-date dinas against start-up with one.
 * <p>
 * Both databases live on one durable embedded PostgreSQL whose folder is kept between runs (the first run fills the
 * many-dinas database, later runs reuse it), so the comparison is between two settled databases and not a freshly
 * grown catalog. Each round starts a Micronaut context on each database (the tenants module's beans: no HTTP server,
 * no Vaadin, which add the same fixed cost to both), in alternating order (AB, BA), after warm-up starts that are not
 * counted; beside each start, a floor on the same database: a new JDBC connection that reads the registry as start-up
 * does (its three counts and the roll-out's query for the dinas behind the changelog). After each start it waits for
 * the start-up's background work (crash recovery, roll-out, stock refill) before closing, and reports that apart.
 * Arguments: folder (default {@code $TMPDIR/kinerja-startup-bench}), dinas (default 2000), rounds (default 31).
 */
public final class StartupBench {

    private static final String SATU = "satu";

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir") + "/kinerja-startup-bench");
        int dinas = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int putaran = args.length > 2 ? Integer.parseInt(args[2]) : 31;
        System.out.printf("java %s, %d cores, load %s; data in %s%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), load(), folder);
        Path data = Files.createTempDirectory("kinerja-startup-bench-files");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(folder)) {
            String banyak = db.jdbcUrl();
            String satu = db.jdbcUrl(SATU);
            buatDatabase(db, SATU);
            isi(properties(db, banyak, data), dinas);
            isi(properties(db, satu, data), 1);
            versi = teks(db, satu, "SELECT changelog_version FROM platform.tenant");
            System.out.printf("dinas: %,d vs %,d; database sizes %,d MB vs %,d MB; load %s%n", jumlah(db, banyak),
                    jumlah(db, satu), ukuranMb(db, banyak), ukuranMb(db, satu), load());

            for (int i = 0; i < 3; i++) { // warm-up: class loading, JIT, PostgreSQL's caches of both databases
                mulai(properties(db, banyak, data));
                mulai(properties(db, satu, data));
            }
            long[][] b = new long[3][putaran];
            long[][] s = new long[3][putaran];
            for (int i = 0; i < putaran; i++) { // ABBA: both see the same moments of the machine
                boolean banyakDulu = i % 2 == 0;
                ukur(db, banyakDulu ? banyak : satu, data, banyakDulu ? b : s, i);
                ukur(db, banyakDulu ? satu : banyak, data, banyakDulu ? s : b, i);
            }
            System.out.printf("%d rounds alternated, load at the end %s%n", putaran, load());
            cetak("context start-up (ApplicationContext.run)", b[0], s[0]);
            cetak("floor: JDBC connection + the registry reads", b[1], s[1]);
            cetak("background work after start (recovery, roll-out, stock)", b[2], s[2]);
            long lebih = 0;
            for (int i = 0; i < putaran; i++) {
                lebih += b[0][i] > s[0][i] ? 1 : 0;
            }
            System.out.printf("rounds where the %,d-dinas start was the slower: %d of %d%n", jumlah(db, banyak), lebih, putaran);
        }
    }

    private static void ukur(EmbeddedDatabase db, String url, Path data, long[][] ke, int i) throws Exception {
        long[] w = mulai(properties(db, url, data));
        ke[0][i] = w[0];
        ke[2][i] = w[1];
        long t = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, EmbeddedDatabase.USER, db.password())) {
            for (String sql : REGISTRI) {
                try (var st = c.prepareStatement(sql)) {
                    if (sql.contains("?")) {
                        st.setString(1, versi);
                    }
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            rs.getString(1);
                        }
                    }
                }
            }
        }
        ke[1][i] = System.nanoTime() - t;
    }

    /** What start-up reads of the registry: {@code TenantRegistry.counts()} and the roll-out's dinas behind. */
    private static final List<String> REGISTRI = List.of(
            "SELECT count(*) FROM platform.tenant",
            "SELECT count(*) FROM platform.tenant WHERE migration_status = '" + Tenant.MIGRATION_FAILED + "'",
            "SELECT count(*) FROM platform.tenant WHERE migration_status = 'ok' AND changelog_version IS DISTINCT FROM ?",
            "SELECT * FROM platform.tenant WHERE changelog_version IS DISTINCT FROM ? AND status <> 'provisioning' ORDER BY slug");
    /** The changelog version of the dinas (all up to date), read once. */
    private static String versi;

    /** One start: nanoseconds until the context serves, then until its background start-up work has ended. */
    private static long[] mulai(Map<String, Object> properties) throws InterruptedException {
        long t = System.nanoTime();
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            long siap = System.nanoTime() - t;
            if (context.getBean(Migrations.class).tenantLiquibaseRuns() != 0) { // the platform's check is timed as is
                throw new IllegalStateException("Liquibase ran for up-to-date dinas");
            }
            long l = System.nanoTime();
            context.getBean(PemulihanDinas.class).tunggu(Duration.ofMinutes(1));
            context.getBean(PeluncuranMigrasi.class).tunggu(Duration.ofMinutes(1));
            context.getBean(PersediaanSkema.class).tungguIsi();
            return new long[] {siap, System.nanoTime() - l};
        }
    }

    /** Onboards empty dinas until the database has {@code target} (two at a time; only the first run does this). */
    private static void isi(Map<String, Object> properties, int target) throws Exception {
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            TenantRegistry registry = context.getBean(TenantRegistry.class);
            TenantProvisioning provisioning = context.getBean(TenantProvisioning.class);
            long ada = registry.counts().total();
            if (ada >= target) {
                return;
            }
            long t = System.nanoTime();
            AtomicInteger nomor = new AtomicInteger((int) ada);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<?>> kerja = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                kerja.add(pool.submit(() -> {
                    int n;
                    while ((n = nomor.getAndIncrement()) < target) {
                        provisioning.provision(new TenantBaru("ada-" + n, "Dinas " + n, null, null, "kota"));
                    }
                    return null;
                }));
            }
            for (Future<?> f : kerja) {
                f.get();
            }
            pool.shutdown();
            System.out.printf("  (onboarded %,d empty dinas in %.0f s)%n", target - ada, (System.nanoTime() - t) / 1e9);
        }
    }

    private static Map<String, Object> properties(EmbeddedDatabase db, String url, Path data) {
        Map<String, Object> p = new HashMap<>();
        p.put("kinerja.database.url", url);
        p.put("kinerja.database.user", EmbeddedDatabase.USER);
        p.put("kinerja.database.password", db.password());
        p.put("kinerja.data", data.toString());
        return p;
    }

    private static void buatDatabase(EmbeddedDatabase db, String nama) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl("postgres"), EmbeddedDatabase.USER, db.password());
             var st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + nama + "'")) {
            if (!rs.next()) {
                st.execute("CREATE DATABASE " + nama + " ENCODING 'UTF8'");
            }
        }
    }

    private static long jumlah(EmbeddedDatabase db, String url) throws SQLException {
        return satuAngka(db, url, "SELECT count(*) FROM platform.tenant");
    }

    private static long ukuranMb(EmbeddedDatabase db, String url) throws SQLException {
        return satuAngka(db, url, "SELECT pg_database_size(current_database())") / (1024 * 1024);
    }

    private static long satuAngka(EmbeddedDatabase db, String url, String sql) throws SQLException {
        return Long.parseLong(teks(db, url, sql));
    }

    private static void cetak(String apa, long[] banyak, long[] satu) {
        long[] rasio = new long[banyak.length]; // per round, × 1e6 to reuse the median
        for (int i = 0; i < rasio.length; i++) {
            rasio[i] = Math.round(1e6 * banyak[i] / Math.max(1, satu[i]));
        }
        System.out.printf("%s: many %s, one %s; ratio of medians %.2f ×, median of the rounds' ratios %.2f ×%n", apa,
                ringkas(banyak), ringkas(satu), median(banyak) / median(satu), median(rasio));
    }

    private static String teks(EmbeddedDatabase db, String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, EmbeddedDatabase.USER, db.password());
             var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String ringkas(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format("median %.1f ms (p10 %.1f, p90 %.1f, min %.1f)", s[s.length / 2] / 1e6,
                s[s.length / 10] / 1e6, s[s.length * 9 / 10] / 1e6, s[0] / 1e6);
    }

    private static double median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }

    private static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
    }
}
