package id.kinerja.pendaftaran;

import id.kinerja.pertukaran.dokumen.Dokumen;
import id.kinerja.tenant.TenantBaru;
import id.kinerja.pertukaran.Ekspor;
import id.kinerja.tenant.TenantProvisioning;
import id.kinerja.tenant.TenantRef;
import id.kinerja.tenant.TenantRegistry;
import id.kinerja.tenant.TenantScope;
import id.kinerja.testing.Dinas;
import id.kinerja.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bench command (not a test), issue 14: where one onboarding with the Lumajang framework spends its time at 0 existing
 * dinas — the template's export, the schema and registry row, and the whole onboarding, each N times, alternated —
 * beside the plain-SQL DDL floor of OnboardingBench, and the onboarding as it was before the template was kept;
 * and what PostgreSQL did for one onboarding (transactions, rows written per table, trigger functions' time).
 * Argument: N (default 20). Run with JFR on to see the JVM's side.
 */
public final class OnboardingRinci {

    private static final String TEMPLATE = "lumajang-diskopukmperindag";

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        System.out.printf("java %s, %d cores, load %s%n", Runtime.version(), Runtime.getRuntime().availableProcessors(), OnboardingBench.load());
        String url = TestDatabase.createDatabase();
        try (Connection c = TestDatabase.connect(url)) {
            c.createStatement().execute("ALTER DATABASE " + c.getCatalog() + " SET track_functions = 'all'");
        }
        try (ApplicationContext context = ApplicationContext.run(TestDatabase.properties(url))) {
            Dinas.dariSeed(context, TEMPLATE);
            TenantProvisioning provisioning = context.getBean(TenantProvisioning.class);
            Pendaftaran pendaftaran = context.getBean(Pendaftaran.class);
            for (int i = 0; i < 5; i++) {
                pendaftaran.dariTemplate(new TenantBaru("pemanasan-" + i, "Dinas", null, null, "kabupaten"), TEMPLATE);
                provisioning.provision(new TenantBaru("pemanasan-kosong-" + i, "Dinas", null, null, "kabupaten"));
            }
            Ekspor ekspor = context.getBean(Ekspor.class);
            TenantScope scope = context.getBean(TenantScope.class);
            TenantRef templat = context.getBean(TenantRegistry.class).serving(TEMPLATE);
            String ddl = OnboardingBench.ddl(url);
            OnboardingBench.lantai(url, ddl, "t_pemanasan_lantai", true);
            long[] bacaTemplat = new long[n];
            long[] skema = new long[n];
            long[] lama = new long[n];
            long[] baru = new long[n];
            long[] lantai = new long[n];
            for (int i = 0; i < n; i++) { // alternated, so all see the same moments of the machine
                long t = System.nanoTime();
                Dokumen d = scope.call(templat, ekspor::kerangka);
                bacaTemplat[i] = System.nanoTime() - t;
                t = System.nanoTime();
                // as before: the template's framework read for every onboarding
                pendaftaran.dariDokumen(new TenantBaru("lama-" + i, "Dinas lama " + i, "Kabupaten Contoh", "Jawa Timur",
                        "kabupaten"), scope.call(templat, ekspor::kerangka));
                lama[i] = System.nanoTime() - t;
                t = System.nanoTime();
                pendaftaran.dariTemplate(new TenantBaru("baru-" + i, "Dinas baru " + i, "Kabupaten Contoh", "Jawa Timur",
                        "kabupaten"), TEMPLATE);
                baru[i] = System.nanoTime() - t;
                t = System.nanoTime();
                provisioning.provision(new TenantBaru("kosong-" + i, "Dinas kosong", null, null, "kabupaten"));
                skema[i] = System.nanoTime() - t;
                lantai[i] = OnboardingBench.lantai(url, ddl, "t_lantai_" + i, true);
                if (d.periods().isEmpty()) {
                    throw new IllegalStateException("empty template");
                }
            }
            System.out.printf("median of %d at 0 dinas: onboarding as before (template read each time) %.1f ms; as now"
                            + " (template kept) %.1f ms; plain SQL DDL floor %.1f ms; of an onboarding: reading the template"
                            + " %.1f ms, schema + registry row (empty dinas) %.1f ms, so writing the framework ≈ %.1f ms; load %s%n",
                    n, OnboardingBench.median(lama), OnboardingBench.median(baru), OnboardingBench.median(lantai),
                    OnboardingBench.median(bacaTemplat), OnboardingBench.median(skema),
                    OnboardingBench.median(baru) - OnboardingBench.median(skema), OnboardingBench.load());

            Map<String, Long> sebelum = statistik(url);
            try (Connection c = TestDatabase.connect(url); var st = c.createStatement()) {
                st.execute("ALTER SYSTEM SET log_min_duration_statement = 0");
                st.execute("SELECT pg_reload_conf()");
            }
            Thread.sleep(300);
            System.out.println("=== ONBOARDING START");
            pendaftaran.dariTemplate(new TenantBaru("diukur", "Dinas diukur", null, null, "kabupaten"), TEMPLATE);
            System.out.println("=== ONBOARDING END");
            try (Connection c = TestDatabase.connect(url); var st = c.createStatement()) {
                st.execute("ALTER SYSTEM RESET log_min_duration_statement");
                st.execute("SELECT pg_reload_conf()");
            }
            Thread.sleep(2500); // backends report their statistics when idle, at most once a second
            Map<String, Long> sesudah = statistik(url);
            System.out.println("PostgreSQL, one onboarding (deltas):");
            sesudah.forEach((k, v) -> {
                long d = v - sebelum.getOrDefault(k, 0L);
                if (d != 0) {
                    System.out.printf("  %-60s %,d%n", k, d);
                }
            });
        }
    }

    private static Map<String, Long> statistik(String url) throws Exception {
        Map<String, Long> m = new LinkedHashMap<>();
        try (Connection c = TestDatabase.connect(url); var st = c.createStatement()) {
            st.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet rs = st.executeQuery("SELECT xact_commit, xact_rollback, tup_inserted, tup_updated, tup_deleted,"
                    + " tup_returned, tup_fetched FROM pg_stat_database WHERE datname = current_database()")) {
                rs.next();
                for (String k : new String[]{"xact_commit", "xact_rollback", "tup_inserted", "tup_updated", "tup_deleted",
                        "tup_returned", "tup_fetched"}) {
                    m.put("database " + k, rs.getLong(k));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT relname, sum(n_tup_ins) FROM pg_stat_user_tables"
                    + " WHERE schemaname LIKE 't\\_%' OR schemaname = 'platform' GROUP BY relname ORDER BY 1")) {
                while (rs.next()) {
                    m.put("rows inserted into " + rs.getString(1), rs.getLong(2));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT funcname, sum(calls), sum(total_time)::bigint FROM pg_stat_user_functions"
                    + " GROUP BY funcname ORDER BY 1")) {
                while (rs.next()) {
                    m.put("calls of " + rs.getString(1), rs.getLong(2));
                    m.put("ms in " + rs.getString(1), rs.getLong(3));
                }
            }
        }
        return m;
    }
}
