package id.kinerja.tenant;

import id.kinerja.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartupMigrationTest {

    static final int TENANTS = 12;

    @Test
    void upToDateTenantsCostNoLiquibaseAndAFailingTenantDoesNotStopTheOthers() throws Exception {
        String url = TestDatabase.createDatabase();
        String released;
        try (ApplicationContext first = ApplicationContext.run(TestDatabase.properties(url))) {
            released = first.getBean(Migrations.class).tenantVersion();
            TenantProvisioning provisioning = first.getBean(TenantProvisioning.class);
            for (int i = 1; i <= TENANTS; i++) {
                provisioning.provision(new TenantBaru("dinas-%02d".formatted(i), "Dinas " + i, null, null, "kota"));
            }
        }

        // Restart on the same changelog: every tenant is up to date, Liquibase is not run for any of them.
        try (ApplicationContext restart = ApplicationContext.run(TestDatabase.properties(url))) {
            assertThat(restart.getBean(Migrations.class).tenantLiquibaseRuns()).isZero();
        }

        // A tenant whose schema already has the table the next release creates will fail that release.
        long changeSetsBefore;
        try (Connection c = TestDatabase.connect(url); var st = c.createStatement()) {
            st.execute("CREATE TABLE t_dinas_03.catatan_rilis_berikut (id bigint)");
            var rs = st.executeQuery("SELECT count(*) FROM t_dinas_03.databasechangelog");
            rs.next();
            changeSetsBefore = rs.getLong(1);
        }
        Map<String, Object> nextRelease = TestDatabase.properties(url);
        nextRelease.put("kinerja.migrations.tenant-changelog", "db/tenant-next/changelog.xml");
        try (ApplicationContext upgraded = ApplicationContext.run(nextRelease)) {
            selesai(upgraded);
            assertThat(upgraded.getBean(Migrations.class).tenantLiquibaseRuns()).isEqualTo(TENANTS);
            assertThat(upgraded.getBean(PeluncuranMigrasi.class).kemajuan())
                    .returns(false, PeluncuranMigrasi.Kemajuan::berjalan).returns(TENANTS, PeluncuranMigrasi.Kemajuan::total)
                    .returns(TENANTS - 1, PeluncuranMigrasi.Kemajuan::selesai).returns(1, PeluncuranMigrasi.Kemajuan::gagal);
            TenantRegistry registry = upgraded.getBean(TenantRegistry.class);
            Tenant broken = registry.find("dinas-03").orElseThrow();
            assertThat(broken.migrationStatus()).isEqualTo("failed");
            assertThat(broken.migrationError()).contains("catatan_rilis_berikut");
            assertThat(broken.changelogVersion()).isEqualTo(released);
            assertThatThrownBy(() -> registry.serving("dinas-03")).isInstanceOf(TenantUnavailableException.class);
            for (Tenant t : registry.list()) {
                if (!t.slug().equals("dinas-03")) {
                    assertThat(t.migrationStatus()).as(t.slug()).isEqualTo("ok");
                    assertThat(t.changelogVersion()).as(t.slug()).isEqualTo("9002-test-next-release");
                    assertThat(registry.serving(t.slug()).schema()).isEqualTo(t.schemaName());
                }
            }
            assertThat(registry.counts()).isEqualTo(new TenantRegistry.Counts(TENANTS, 1, 0));
            // the stock of empty schemas is the new release's: the old release's was dropped, new ones made
            upgraded.getBean(PersediaanSkema.class).tungguIsi();
            try (Connection c = TestDatabase.connect(url); var st = c.createStatement()) {
                var rs = st.executeQuery("SELECT count(*), count(t.table_name) FROM pg_namespace n LEFT JOIN information_schema.tables t"
                        + " ON t.table_schema = n.nspname AND t.table_name = 'catatan_rilis_berikut' WHERE n.nspname LIKE 'kinerja\\_siap\\_%'");
                rs.next();
                assertThat(rs.getLong(1)).as("stock schemas").isEqualTo(2);
                assertThat(rs.getLong(2)).as("stock schemas at the new release").isEqualTo(2);
            }
        }
        try (Connection c = TestDatabase.connect(url); var st = c.createStatement()) {
            var rs = st.executeQuery("SELECT count(*) FROM information_schema.tables"
                    + " WHERE table_name = 'catatan_rilis_berikut' AND table_schema LIKE 't\\_%'"); // not the stock's
            rs.next();
            assertThat(rs.getLong(1)).as("every tenant has the new table (the broken one had it before)")
                    .isEqualTo(TENANTS);
            rs = st.executeQuery("SELECT count(*) FROM t_dinas_03.databasechangelog");
            rs.next();
            assertThat(rs.getLong(1)).as("the failed migration left no trace in its schema").isEqualTo(changeSetsBefore);
        }

        // Next start: only the failed tenant is tried again.
        try (ApplicationContext again = ApplicationContext.run(nextRelease)) {
            selesai(again);
            assertThat(again.getBean(Migrations.class).tenantLiquibaseRuns()).isEqualTo(1);
        }
    }

    /**
     * While a new changelog rolls out in the background, the dinas already migrated serve and the others answer 503
     * "sedang diperbarui": none is ever served on its old schema. One dinas is held back by taking its schema's lock.
     */
    @Test
    void duringTheRollOutMigratedDinasServeAndTheOthersWait() throws Exception {
        String url = TestDatabase.createDatabase();
        try (ApplicationContext first = ApplicationContext.run(TestDatabase.properties(url))) {
            TenantProvisioning provisioning = first.getBean(TenantProvisioning.class);
            for (int i = 1; i <= 6; i++) {
                provisioning.provision(new TenantBaru("dinas-%02d".formatted(i), "Dinas " + i, null, null, "kota"));
            }
        }
        Map<String, Object> nextRelease = TestDatabase.properties(url);
        nextRelease.put("kinerja.migrations.tenant-changelog", "db/tenant-next/changelog.xml");
        try (Connection penahan = TestDatabase.connect(url); var st = penahan.createStatement()) {
            st.execute("SELECT pg_advisory_lock(hashtext('t_dinas_04'))"); // the roll-out goes by slug: 01–03 pass, 04 waits
            try (ApplicationContext upgraded = ApplicationContext.run(nextRelease)) {
                PeluncuranMigrasi peluncuran = upgraded.getBean(PeluncuranMigrasi.class);
                TenantRegistry registry = upgraded.getBean(TenantRegistry.class);
                long batas = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (!"dinas-04".equals(peluncuran.kemajuan().sedang()) && System.nanoTime() < batas) {
                    Thread.sleep(20);
                }
                PeluncuranMigrasi.Kemajuan k = peluncuran.kemajuan();
                assertThat(k).returns(true, PeluncuranMigrasi.Kemajuan::berjalan).returns(6, PeluncuranMigrasi.Kemajuan::total)
                        .returns(3, PeluncuranMigrasi.Kemajuan::selesai).returns("dinas-04", PeluncuranMigrasi.Kemajuan::sedang);
                for (String slug : new String[]{"dinas-01", "dinas-02", "dinas-03"}) {
                    assertThat(registry.serving(slug).slug()).isEqualTo(slug);
                }
                for (String slug : new String[]{"dinas-04", "dinas-05", "dinas-06"}) {
                    assertThatThrownBy(() -> registry.serving(slug)).isInstanceOf(TenantUnavailableException.class)
                            .hasMessageContaining("sedang diperbarui");
                }
                assertThat(registry.counts()).isEqualTo(new TenantRegistry.Counts(6, 0, 3));
                SystemHealth.Tenants kesehatan = upgraded.getBean(SystemHealth.class).check().tenants();
                assertThat(kesehatan.migrated()).isEqualTo(3);
                assertThat(kesehatan.pending()).isEqualTo(3);
                assertThat(kesehatan.pembaruan().sedang()).isEqualTo("dinas-04");

                st.execute("SELECT pg_advisory_unlock(hashtext('t_dinas_04'))");
                selesai(upgraded);
                for (int i = 1; i <= 6; i++) {
                    assertThat(registry.serving("dinas-%02d".formatted(i)).schema()).isEqualTo("t_dinas_%02d".formatted(i));
                }
                assertThat(registry.counts()).isEqualTo(new TenantRegistry.Counts(6, 0, 0));
                assertThat(peluncuran.kemajuan().milidetik()).isNotNull();
            }
        }
    }

    private static void selesai(ApplicationContext context) throws InterruptedException {
        assertThat(context.getBean(PeluncuranMigrasi.class).tunggu(Duration.ofSeconds(120))).as("roll-out ended").isTrue();
    }
}
