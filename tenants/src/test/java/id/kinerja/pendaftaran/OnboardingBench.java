package id.kinerja.pendaftaran;

import id.kinerja.tenant.Migrations;
import id.kinerja.tenant.PersediaanSkema;
import id.kinerja.tenant.TenantBaru;
import id.kinerja.tenant.TenantProvisioning;
import id.kinerja.tenant.TenantRegistry;
import id.kinerja.testing.Dinas;
import id.kinerja.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Map;

/**
 * Bench command (not a test), issue 4 and issue 14: onboarding one dinas with the Lumajang 2025 framework as
 * template (median and p95 of 20) at 0, 1,000 and 2,000 existing dinas — with the server's stock of empty schemas
 * ready ({@code PersediaanSkema}, as a single onboarding by an admin finds it: after the warm-up, a schema filled with
 * the template's framework, so only the profile and the audit row are written) and, in a second context on the same
 * database, without stock (the schema created by the onboarding, as before) — beside the floor measured at the same
 * point (the same schema made by its plain SQL DDL on a JDBC connection: no registry, no content), right after the
 * level was filled and again once the catalog is settled (VACUUM ANALYZE of the catalog, CHECKPOINT); the catalog's size;
 * a bulk job of 100 dinas with the template (dinas/s; the stock runs out after its first few); and the context's
 * start-up with all those dinas vs with one (alternated, 9 each).
 * Run it with the command in docs/benchmarks.md; arguments: the levels (default {@code 0,1000,2000}).
 */
public final class OnboardingBench {

    private static final String TEMPLATE = "lumajang-diskopukmperindag";
    private static final int UKUR = 20;

    public static void main(String[] args) throws Exception {
        int[] tingkat = Arrays.stream((args.length > 0 ? args[0] : "0,1000,2000").split(",")).mapToInt(Integer::parseInt).toArray();
        System.out.printf("java %s, %d cores, load %s%n", Runtime.version(), Runtime.getRuntime().availableProcessors(), load());
        String url = TestDatabase.createDatabase();
        Map<String, Object> tanpaStok = TestDatabase.properties(url);
        tanpaStok.put("kinerja.persediaan-skema.jumlah", 0);
        try (ApplicationContext context = ApplicationContext.run(TestDatabase.properties(url));
             ApplicationContext tanpa = ApplicationContext.run(tanpaStok)) {
            Dinas.dariSeed(context, TEMPLATE);
            TenantProvisioning provisioning = tanpa.getBean(TenantProvisioning.class); // the levels: no stock taken
            TenantRegistry registry = context.getBean(TenantRegistry.class);
            Pendaftaran pendaftaran = context.getBean(Pendaftaran.class);
            Pendaftaran pendaftaranTanpaStok = tanpa.getBean(Pendaftaran.class);
            PersediaanSkema persediaan = context.getBean(PersediaanSkema.class);
            String ddl = ddl(url);
            for (int i = 0; i < 5; i++) { // warm-up, also of the floor's path
                persediaan.tungguIsi();
                pendaftaran.dariTemplate(new TenantBaru("pemanasan-" + i, "Dinas", null, null, "kabupaten"), TEMPLATE);
                persediaan.tungguIsi();
                pendaftaranTanpaStok.dariTemplate(new TenantBaru("pemanasan-tanpa-" + i, "Dinas", null, null, "kabupaten"), TEMPLATE);
                lantai(url, ddl, "t_pemanasan_sql_" + i, true);
            }
            long ukuranAwal = ukuran(url);
            long dinasAwal = registry.counts().total();
            int dibuat = 0;
            for (int target : tingkat) {
                long t0 = System.nanoTime();
                int sebelum = dibuat;
                while (registry.counts().total() < target) {
                    provisioning.provision(new TenantBaru("ada-" + dibuat, "Dinas " + dibuat, null, null, "kota"));
                    dibuat++;
                }
                if (dibuat > sebelum) {
                    System.out.printf("  (provisioned %d empty dinas in %.1f s)%n", dibuat - sebelum, (System.nanoTime() - t0) / 1e9);
                }
                long ada = registry.counts().total();
                ukur(url, ddl, pendaftaran, pendaftaranTanpaStok, persediaan, target + "-segera", ada + " existing dinas, right after filling");
                long tenang = tenangkan(url);
                ukur(url, ddl, pendaftaran, pendaftaranTanpaStok, persediaan, target + "-tenang",
                        registry.counts().total() + " existing dinas, catalog settled (VACUUM ANALYZE of the catalog + CHECKPOINT, "
                                + tenang + " ms, what autovacuum and the checkpointer do on their own within minutes)");
            }
            long dinasAkhir = registry.counts().total();
            System.out.printf("catalog + data: %.1f MB per 1,000 dinas (%,d → %,d dinas, %,d → %,d MB)%n",
                    (ukuran(url) - ukuranAwal) / 1024.0 / 1024.0 * 1000 / (dinasAkhir - dinasAwal), dinasAwal, dinasAkhir,
                    ukuranAwal / (1024 * 1024), ukuran(url) / (1024 * 1024));

            // the bulk job: 100 dinas with the template, one after another in the job's thread
            StringBuilder csv = new StringBuilder("slug,nama,wilayah,jenis,template\n");
            for (int i = 0; i < 100; i++) {
                csv.append("massal-").append(i).append(",Dinas massal ").append(i).append(",Kabupaten Contoh,kabupaten,")
                        .append(TEMPLATE).append('\n');
            }
            persediaan.tungguIsi();
            PendaftaranMassal massal = context.getBean(PendaftaranMassal.class);
            String id = massal.mulai("bench.csv", csv.toString().getBytes(StandardCharsets.UTF_8)).id();
            PendaftaranMassal.Keadaan k;
            do {
                Thread.sleep(200);
                k = massal.keadaan(id).orElseThrow();
            } while (k.status() != PendaftaranMassal.Status.SELESAI);
            if (k.dibuat() != 100) {
                throw new IllegalStateException("bulk job: " + k);
            }
            System.out.printf("bulk job, 100 dinas with the Lumajang framework at %,d dinas: %.1f s, %.1f dinas/s; load %s%n",
                    dinasAkhir, k.durasiMs() / 1000.0, 100_000.0 / k.durasiMs(), load());
        }

        String satu = TestDatabase.createDatabase();
        try (ApplicationContext context = ApplicationContext.run(TestDatabase.properties(satu))) {
            Dinas.dariSeed(context, TEMPLATE);
            context.getBean(PersediaanSkema.class).tungguIsi();
        }
        long[] banyak = new long[9];
        long[] sedikit = new long[9];
        for (int i = 0; i < banyak.length; i++) { // alternated: both see the same moments of the machine
            banyak[i] = startup(url);
            sedikit[i] = startup(satu);
        }
        System.out.printf("start-up with 1 dinas: median %.0f ms (min %.0f, max %.0f)%n", median(sedikit), min(sedikit), max(sedikit));
        try (ApplicationContext context = ApplicationContext.run(TestDatabase.properties(url))) {
            System.out.printf("start-up with %,d dinas: median %.0f ms (min %.0f, max %.0f), %.2f × one; heap used after GC %d MB,"
                            + " RSS %s; load %s%n", context.getBean(TenantRegistry.class).counts().total(), median(banyak), min(banyak),
                    max(banyak), median(banyak) / median(sedikit), heap(), rss(), load());
        }
    }

    /**
     * Times {@link #UKUR} onboardings with the Lumajang framework with the stock ready, as many without stock (a context
     * with {@code kinerja.persediaan-skema.jumlah=0}) and as many floors, alternated, and prints them under {@code apa}.
     */
    private static void ukur(String url, String ddl, Pendaftaran pendaftaran, Pendaftaran tanpaStok, PersediaanSkema persediaan,
                             String label, String apa) throws Exception {
        long[] onboarding = new long[UKUR];
        long[] tanpaStokNs = new long[UKUR];
        long[] floor = new long[UKUR];
        for (int i = 0; i < UKUR; i++) { // alternated, so all three see the same moment of a noisy machine
            persediaan.tungguIsi(); // the stock as a single onboarding finds it: refilled since the last
            long t = System.nanoTime();
            pendaftaran.dariTemplate(new TenantBaru("baru-" + label + "-" + i, "Dinas baru " + i, "Kabupaten Contoh",
                    "Jawa Timur", "kabupaten"), TEMPLATE);
            onboarding[i] = System.nanoTime() - t;
            persediaan.tungguIsi(); // its refill is not measured by the next two
            t = System.nanoTime();
            tanpaStok.dariTemplate(new TenantBaru("tanpa-" + label + "-" + i, "Dinas tanpa stok " + i, "Kabupaten Contoh",
                    "Jawa Timur", "kabupaten"), TEMPLATE);
            tanpaStokNs[i] = System.nanoTime() - t;
            floor[i] = lantai(url, ddl, "t_lantai_" + label.replace('-', '_') + "_" + i, true);
        }
        System.out.printf("%s: onboarding with the Lumajang framework, stock ready: median %.1f ms, p95 %.1f ms (min %.1f,"
                        + " max %.1f); without stock (schema created): median %.1f ms, p95 %.1f ms; plain SQL DDL of the same"
                        + " schema median %.1f ms, p95 %.1f ms; database %,d MB; load %s%n", apa, median(onboarding),
                p95(onboarding), min(onboarding), max(onboarding), median(tanpaStokNs), p95(tanpaStokNs), median(floor),
                p95(floor), ukuran(url) / (1024 * 1024), load());
    }

    /** VACUUM ANALYZE of the catalog tables schema creation writes, then CHECKPOINT; returns the milliseconds taken. */
    private static long tenangkan(String url) throws Exception {
        long t = System.nanoTime();
        try (Connection c = TestDatabase.connect(url); var st = c.createStatement()) {
            c.setAutoCommit(true);
            st.execute("VACUUM ANALYZE pg_catalog.pg_class, pg_catalog.pg_attribute, pg_catalog.pg_depend, pg_catalog.pg_type,"
                    + " pg_catalog.pg_constraint, pg_catalog.pg_index, pg_catalog.pg_trigger, pg_catalog.pg_attrdef,"
                    + " pg_catalog.pg_sequence, pg_catalog.pg_namespace, pg_catalog.pg_proc, pg_catalog.pg_description");
            st.execute("CHECKPOINT");
        }
        return (System.nanoTime() - t) / 1_000_000;
    }

    /** The floor: {@code ddl} for schema {@code skema} on a plain JDBC connection in one transaction, then dropped. */
    static long lantai(String url, String ddl, String skema, boolean hapus) throws Exception {
        try (Connection c = TestDatabase.connect(url)) {
            c.setAutoCommit(false);
            long t = System.nanoTime();
            try (var st = c.createStatement()) {
                st.execute("CREATE SCHEMA " + skema);
                c.setSchema(skema);
                st.execute(ddl.replace("t_sql_templat", skema));
            }
            c.commit();
            long waktu = System.nanoTime() - t;
            if (hapus) {
                try (var st = c.createStatement()) {
                    st.execute("DROP SCHEMA " + skema + " CASCADE");
                }
                c.commit();
            }
            return waktu;
        }
    }

    /** The SQL Liquibase generates for a new schema of the tenant changelog (what provisioning replays). */
    static String ddl(String url) throws Exception {
        try (Connection c = TestDatabase.connect(url)) {
            c.createStatement().execute("CREATE SCHEMA t_sql_templat");
            Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            db.setDefaultSchemaName("t_sql_templat");
            db.setLiquibaseSchemaName("t_sql_templat");
            StringWriter sql = new StringWriter();
            new Liquibase("db/tenant/changelog.xml", new ClassLoaderResourceAccessor(), db)
                    .update(new Contexts(), new LabelExpression(), sql);
            c.createStatement().execute("DROP SCHEMA t_sql_templat CASCADE");
            return sql.toString();
        }
    }

    /** Context start times (migration check included), five runs. */
    /** One start of the context on {@code url} (pool, platform migration, tenant migration check), in nanoseconds. */
    private static long startup(String url) {
        long t = System.nanoTime();
        try (ApplicationContext context = ApplicationContext.run(TestDatabase.properties(url))) {
            long waktu = System.nanoTime() - t;
            if (context.getBean(Migrations.class).tenantLiquibaseRuns() != 0) {
                throw new IllegalStateException("Liquibase ran for up-to-date dinas");
            }
            return waktu;
        }
    }

    private static long ukuran(String url) throws Exception {
        try (Connection c = TestDatabase.connect(url); ResultSet rs = c.createStatement()
                .executeQuery("SELECT pg_database_size(current_database())")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long heap() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) / (1024 * 1024);
    }

    private static String rss() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .map(l -> l.substring(6).strip()).findFirst().orElse("?");
    }

    static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
    }

    static double median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }

    private static double p95(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[(int) Math.ceil(s.length * 0.95) - 1] / 1e6;
    }

    private static double min(long[] nanos) {
        return Arrays.stream(nanos).min().orElseThrow() / 1e6;
    }

    private static double max(long[] nanos) {
        return Arrays.stream(nanos).max().orElseThrow() / 1e6;
    }
}
