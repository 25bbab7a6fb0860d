package id.kinerja.tenant;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many dinas are in each migration state, as the gauge {@code kinerja_tenants_migration{state=…}}: {@code ok} (at the
 * current tenant changelog), {@code pending} (not yet at it, serving until its migration runs) and {@code failed} (answers
 * 503 until a rerun succeeds), plus any other {@code migration_status} the registry holds. Read from the registry by
 * {@link #refresh()} (one query), which the metrics endpoint calls before each scrape.
 */
@Singleton
public final class MigrationMeters {

    private final TransactionOperations<Connection> transactions;
    private final Migrations migrations;
    private final MultiGauge gauge;

    MigrationMeters(TransactionOperations<Connection> transactions, Migrations migrations, MeterRegistry meters) {
        this.transactions = transactions;
        this.migrations = migrations;
        this.gauge = MultiGauge.builder("kinerja.tenants.migration")
                .description("Dinas per migration state of their schema (ok, pending, failed)").register(meters);
    }

    /** Reads the counts per state from the registry and sets the gauges; returns them. */
    public Map<String, Long> refresh() {
        Map<String, Long> counts = transactions.executeRead(status -> counts(status.getConnection(), migrations.tenantVersion()));
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        counts.forEach((state, n) -> rows.add(MultiGauge.Row.of(Tags.of("state", state), n)));
        gauge.register(rows, true);
        return counts;
    }

    private static Map<String, Long> counts(Connection c, String version) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(Tenant.MIGRATION_OK, 0L);
        counts.put("pending", 0L);
        counts.put(Tenant.MIGRATION_FAILED, 0L);
        try (PreparedStatement st = c.prepareStatement("""
                SELECT CASE WHEN migration_status = 'ok' AND changelog_version IS DISTINCT FROM ? THEN 'pending'
                            ELSE migration_status END AS state, count(*)
                  FROM platform.tenant GROUP BY 1""")) {
            st.setString(1, version);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    counts.merge(rs.getString(1), rs.getLong(2), Long::sum);
                }
            }
        }
        return counts;
    }
}
