package id.kinerja.tenant;

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
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bench command (not a test): provisioning time, median of 20, Liquibase vs the same schema from plain SQL;
 * start-up time with 1 and with 200 tenants. Run it with the command in docs/benchmarks.md.
 */
public final class ProvisioningBench {

    public static void main(String[] args) throws Exception {
        int tenants = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        System.out.printf("java %s, %d cores%n", Runtime.version(), Runtime.getRuntime().availableProcessors());

        String url = TestDatabase.createDatabase();
        try (ApplicationContext context = ApplicationContext.run(TestDatabase.properties(url))) {
            TenantProvisioning provisioning = context.getBean(TenantProvisioning.class);
            for (int i = 0; i < 5; i++) { // warm-up
                provisioning.provision(new TenantBaru("pemanasan-" + i, "Dinas", null, null, "kota"));
            }
            long[] liquibase = new long[20];
            for (int i = 0; i < liquibase.length; i++) {
                long t = System.nanoTime();
                provisioning.provision(new TenantBaru("ukur-" + i, "Dinas " + i, null, null, "kota"));
                liquibase[i] = System.nanoTime() - t;
            }
            long[] plain = plainSql(url, context.getBean(Migrations.class), 20);
            System.out.printf("provision one tenant, Liquibase in one transaction: median %.1f ms (min %.1f, max %.1f)%n",
                    median(liquibase), min(liquibase), max(liquibase));
            System.out.printf("same schema from plain SQL in one transaction:    median %.1f ms (min %.1f, max %.1f)%n",
                    median(plain), min(plain), max(plain));
        }

        System.out.printf("start-up with 1 tenant:    median %.0f ms%n", median(startups(1)));
        System.out.printf("start-up with %d tenants: median %.0f ms%n", tenants, median(startups(tenants)));
    }

    /** Context start times (migration check included) on a database holding {@code tenants} tenants. */
    private static long[] startups(int tenants) {
        String url = TestDatabase.createDatabase();
        long provisioned = System.nanoTime();
        try (ApplicationContext context = ApplicationContext.run(TestDatabase.properties(url))) {
            TenantProvisioning provisioning = context.getBean(TenantProvisioning.class);
            for (int i = 0; i < tenants; i++) {
                provisioning.provision(new TenantBaru("dinas-" + i, "Dinas " + i, null, null, "kota"));
            }
        }
        System.out.printf("  (provisioned %d tenants in %.1f s)%n", tenants, (System.nanoTime() - provisioned) / 1e9);
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            try (ApplicationContext context = ApplicationContext.run(TestDatabase.properties(url))) {
                times[i] = System.nanoTime() - t;
                if (context.getBean(Migrations.class).tenantLiquibaseRuns() != 0) {
                    throw new IllegalStateException("Liquibase ran for up-to-date tenants");
                }
            }
        }
        return times;
    }

    /** The SQL Liquibase would run for a new schema, replayed with plain JDBC under other schema names. */
    private static long[] plainSql(String url, Migrations migrations, int count) throws Exception {
        String script;
        try (Connection c = TestDatabase.connect(url)) {
            c.createStatement().execute("CREATE SCHEMA t_sql_template");
            Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            db.setDefaultSchemaName("t_sql_template");
            db.setLiquibaseSchemaName("t_sql_template");
            StringWriter sql = new StringWriter();
            new Liquibase("db/tenant/changelog.xml", new ClassLoaderResourceAccessor(), db)
                    .update(new Contexts(), new LabelExpression(), sql);
            script = sql.toString();
        }
        List<String> statements = new ArrayList<>();
        for (String s : script.split(";\\s*\\n")) {
            String trimmed = s.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).trim();
            if (!trimmed.isEmpty()) {
                statements.add(trimmed);
            }
        }
        long[] times = new long[count];
        try (Connection c = TestDatabase.connect(url)) {
            c.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                String schema = "t_sql_" + i;
                long t = System.nanoTime();
                try (var st = c.createStatement()) {
                    st.execute("CREATE SCHEMA " + schema);
                    for (String s : statements) {
                        st.execute(s.replace("t_sql_template", schema));
                    }
                    st.execute("INSERT INTO platform.tenant (slug, name, kind, schema_name, changelog_version)"
                            + " VALUES ('sql-" + i + "', 'Dinas', 'kota', '" + schema + "', '" + migrations.tenantVersion() + "')");
                }
                c.commit();
                times[i] = System.nanoTime() - t;
            }
        }
        return times;
    }

    private static double median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return (s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0) / 1e6;
    }

    private static double min(long[] nanos) {
        return Arrays.stream(nanos).min().orElseThrow() / 1e6;
    }

    private static double max(long[] nanos) {
        return Arrays.stream(nanos).max().orElseThrow() / 1e6;
    }
}
