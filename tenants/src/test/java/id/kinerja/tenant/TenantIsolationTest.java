package id.kinerja.tenant;

import id.kinerja.testing.TestDatabase;
import id.kinerja.unitkerja.UnitKerja;
import id.kinerja.unitkerja.UnitKerjaBaru;
import id.kinerja.unitkerja.UnitKerjaRepository;
import id.kinerja.unitkerja.UnitKerjaService;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two tenants, a pool of two connections, many threads: not one row may cross. */
class TenantIsolationTest {

    static String url;
    static ApplicationContext context;
    static TenantScope scope;
    static TenantRef alpha;
    static TenantRef beta;

    @BeforeAll
    static void start() {
        url = TestDatabase.createDatabase();
        Map<String, Object> properties = TestDatabase.properties(url);
        properties.put("kinerja.database.pool-size", 2);
        context = ApplicationContext.run(properties);
        scope = context.getBean(TenantScope.class);
        TenantProvisioning provisioning = context.getBean(TenantProvisioning.class);
        alpha = provisioning.provision(new TenantBaru("dinas-alpha", "Dinas Alpha", null, null, "kota")).ref();
        beta = provisioning.provision(new TenantBaru("dinas-beta", "Dinas Beta", null, null, "kota")).ref();
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void interleavedReadsAndWritesNeverCrossTenants() throws Exception {
        UnitKerjaService units = context.getBean(UnitKerjaService.class);
        int operations = 4000;
        AtomicInteger sequence = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < operations; i++) {
            futures.add(pool.submit(() -> {
                boolean isAlpha = ThreadLocalRandom.current().nextBoolean();
                TenantRef tenant = isAlpha ? alpha : beta;
                String prefix = isAlpha ? "A-" : "B-";
                String foreign = isAlpha ? "B-" : "A-";
                scope.run(tenant, () -> {
                    if (ThreadLocalRandom.current().nextInt(3) == 0) {
                        units.add(new UnitKerjaBaru(prefix + sequence.incrementAndGet(), "Bidang " + prefix));
                        written.incrementAndGet();
                    } else {
                        for (UnitKerja u : units.list()) {
                            assertThat(u.kode()).doesNotStartWith(foreign);
                        }
                    }
                });
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();

        try (Connection c = TestDatabase.connect(url); var st = c.createStatement()) {
            var rs = st.executeQuery("SELECT count(*) FILTER (WHERE kode LIKE 'B-%'), count(*) FILTER (WHERE kode LIKE 'A-%')"
                    + " FROM t_dinas_alpha.unit_kerja");
            rs.next();
            long alphaForeign = rs.getLong(1);
            long alphaRows = rs.getLong(2);
            rs = st.executeQuery("SELECT count(*) FILTER (WHERE kode LIKE 'A-%'), count(*) FILTER (WHERE kode LIKE 'B-%')"
                    + " FROM t_dinas_beta.unit_kerja");
            rs.next();
            assertThat(alphaForeign).as("foreign rows in alpha").isZero();
            assertThat(rs.getLong(1)).as("foreign rows in beta").isZero();
            assertThat(alphaRows + rs.getLong(2)).as("rows written").isEqualTo(written.get());
            rs = st.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'kinerja_none'");
            rs.next();
            assertThat(rs.getLong(1)).as("tables in the sentinel schema").isZero();
        }
    }

    @Test
    void pooledConnectionsReturnToTheEmptySchema() throws Exception {
        UnitKerjaRepository repository = context.getBean(UnitKerjaRepository.class);
        @SuppressWarnings("unchecked")
        ConnectionOperations<Connection> connections = context.getBean(ConnectionOperations.class);
        scope.run(alpha, repository::count);
        scope.run(beta, repository::count);
        // hold one connection and take a second: together they are the whole pool of two
        List<String> searchPaths = connections.executeRead(first -> {
            String second = connections.execute(ConnectionDefinition.REQUIRES_NEW, status -> searchPath(status.getConnection()));
            return List.of(searchPath(first.getConnection()), second);
        });
        assertThat(searchPaths).containsExactly("kinerja_none", "kinerja_none");
    }

    private static String searchPath(Connection c) {
        try (var st = c.createStatement(); var rs = st.executeQuery("SHOW search_path")) {
            rs.next();
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aQueryWithoutTenantFailsLoudly() {
        UnitKerjaRepository repository = context.getBean(UnitKerjaRepository.class);
        scope.run(alpha, () -> repository.save(new UnitKerja(null, "LOUD-1", "Sekretariat", null, 0, null, java.util.List.of(), null)));
        assertThatThrownBy(repository::findAll)
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("unit_kerja");
        assertThatThrownBy(() -> context.getBean(UnitKerjaService.class).list())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void switchingTenantInsideATransactionIsRefused() {
        UnitKerjaRepository repository = context.getBean(UnitKerjaRepository.class);
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> transactions = context.getBean(TransactionOperations.class);
        assertThatThrownBy(() -> scope.run(alpha, () -> transactions.executeWrite(status -> {
            repository.save(new UnitKerja(null, "TX-1", "Bidang", null, 0, null, java.util.List.of(), null));
            return scope.call(beta, repository::count);
        }))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside an open transaction");
        // the write of the refused transaction was rolled back with it
        assertThat(scope.call(alpha, () -> repository.findByKode("TX-1"))).isEmpty();
        // re-entering the same tenant inside its transaction is fine
        long count = scope.call(alpha, () -> transactions.executeWrite(status -> scope.call(alpha, repository::count)));
        assertThat(count).isGreaterThanOrEqualTo(0);
    }
}
