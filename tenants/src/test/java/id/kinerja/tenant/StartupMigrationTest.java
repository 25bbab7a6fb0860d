package id.kinerja.tenant;

import id.kinerja.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
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
            assertThat(upgraded.getBean(Migrations.class).tenantLiquibaseRuns()).isEqualTo(TENANTS);
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
            assertThat(registry.counts()).isEqualTo(new TenantRegistry.Counts(TENANTS, 1));
        }
        try (Connection c = TestDatabase.connect(url); var st = c.createStatement()) {
            var rs = st.executeQuery("SELECT count(*) FROM information_schema.tables"
                    + " WHERE table_name = 'catatan_rilis_berikut'");
            rs.next();
            assertThat(rs.getLong(1)).as("every tenant has the new table (the broken one had it before)")
                    .isEqualTo(TENANTS);
            rs = st.executeQuery("SELECT count(*) FROM t_dinas_03.databasechangelog");
            rs.next();
            assertThat(rs.getLong(1)).as("the failed migration left no trace in its schema").isEqualTo(changeSetsBefore);
        }

        // Next start: only the failed tenant is tried again.
        try (ApplicationContext again = ApplicationContext.run(nextRelease)) {
            assertThat(again.getBean(Migrations.class).tenantLiquibaseRuns()).isEqualTo(1);
        }
    }
}
