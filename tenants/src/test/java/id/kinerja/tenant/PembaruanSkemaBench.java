package id.kinerja.tenant;

import id.kinerja.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bench command (not a test): rolling a new tenant changelog out to many dinas. Provisions N dinas (default 2,000) on
 * the previous release's changelog ({@code db/tenant-0009}), then starts Kinerja on the current one and times: the
 * start itself (it must not wait for the roll-out), the background roll-out to the last dinas, and — the floor, in the
 * same run — the same change (0010's SQL) run by plain JDBC on 200 more dinas, one transaction each with the
 * registry update. Run it with the command in docs/benchmarks.md.
 */
public final class PembaruanSkemaBench {

    private static final int LANTAI = 200;

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        System.out.printf("java %s, %d cores%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
        String url = TestDatabase.createDatabase();
        Map<String, Object> lama = TestDatabase.properties(url);
        lama.put("kinerja.migrations.tenant-changelog", "db/tenant-0009/changelog.xml");
        long t0 = System.nanoTime();
        try (ApplicationContext context = ApplicationContext.run(lama)) {
            TenantProvisioning provisioning = context.getBean(TenantProvisioning.class);
            for (int i = 0; i < n + LANTAI; i++) {
                provisioning.provision(new TenantBaru("dinas-%05d".formatted(i), "Dinas " + i, null, null, "kota"));
            }
        }
        System.out.printf("provisioned %d dinas on changelog 0009 in %.1f s%n", n + LANTAI, (System.nanoTime() - t0) / 1e9);

        // the floor: 0010's own SQL by plain JDBC on the last 200, which then count as migrated
        String sql = sql0010();
        String versi = new Changelog("db/tenant/changelog.xml").version();
        long f0 = System.nanoTime();
        try (Connection c = TestDatabase.connect(url)) {
            c.setAutoCommit(false);
            for (int i = n; i < n + LANTAI; i++) {
                String schema = "t_dinas_%05d".formatted(i);
                try (var st = c.createStatement()) {
                    st.execute("SELECT pg_advisory_xact_lock(hashtext('" + schema + "'))");
                    st.execute("SET LOCAL search_path TO " + schema);
                    st.execute(sql);
                    st.execute("UPDATE platform.tenant SET changelog_version = '" + versi + "', migrated_at = now()"
                            + " WHERE schema_name = '" + schema + "'");
                }
                c.commit();
            }
        }
        double lantaiMs = (System.nanoTime() - f0) / 1e6;

        long s0 = System.nanoTime();
        try (ApplicationContext context = ApplicationContext.run(TestDatabase.properties(url))) {
            double mulaiMs = (System.nanoTime() - s0) / 1e6;
            PeluncuranMigrasi peluncuran = context.getBean(PeluncuranMigrasi.class);
            if (!peluncuran.tunggu(Duration.ofHours(1))) {
                throw new IllegalStateException("roll-out did not end within an hour");
            }
            PeluncuranMigrasi.Kemajuan k = peluncuran.kemajuan();
            if (k.selesai() != n || k.gagal() != 0) {
                throw new IllegalStateException("roll-out: " + k);
            }
            System.out.printf("start-up on the new changelog, %d dinas behind: %.0f ms (serving begins; the roll-out runs behind)%n", n, mulaiMs);
            System.out.printf("roll-out of changelog %s to %d dinas (the SQL Liquibase generates once, replayed per dinas in one transaction each): %.1f s, %.1f ms per dinas%n",
                    k.versi(), n, k.milidetik() / 1e3, k.milidetik() / (double) n);
            System.out.printf("floor, 0010's SQL by plain JDBC on %d dinas (one transaction each): %.1f ms per dinas%n",
                    LANTAI, lantaiMs / LANTAI);
        }
    }

    /** The SQL of changeset 0010, as its changelog file holds it. */
    private static String sql0010() throws Exception {
        try (InputStream in = PembaruanSkemaBench.class.getResourceAsStream("/db/tenant/0010_urutan_id_sendiri.xml")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("<sql[^>]*>(.*?)</sql>", Pattern.DOTALL).matcher(xml);
            if (!m.find()) {
                throw new IllegalStateException("no <sql> in 0010");
            }
            return m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        }
    }
}
