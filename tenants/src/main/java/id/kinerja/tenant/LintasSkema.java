package id.kinerja.tenant;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One read over the schemas of many dinas at once, for the province's overviews: a page of 50 dinas is one
 * statement ({@code UNION ALL} of the same small select in each schema), not 50 round trips with a schema switch
 * each. The schema names come from the registry (checked against the slug rule), never from input. Only dinas
 * that serve (active, migrated) and live on Kinerja's own database server ({@link Tenant#DEFAULT_LOCATOR}) are read.
 */
@Singleton
public final class LintasSkema {

    /** Where the select names a table of the dinas: {@code FROM {skema}.realisasi}. */
    public static final String SKEMA = "{skema}";

    private final TransactionOperations<Connection> transactions;

    LintasSkema(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** Reads one row of a dinas from the current result row (the tenant id column is already read). */
    @FunctionalInterface
    public interface Baris<T> {
        T baca(ResultSet rs) throws SQLException;
    }

    /**
     * Runs {@code select} (its columns after the first, which this adds: the tenant id) in each schema of
     * {@code dinas}; {@code parameter} are bound for each schema's part. Returns one row per dinas read, by tenant id.
     */
    public <T> Map<Long, T> baca(Collection<Tenant> dinas, String select, List<?> parameter, Baris<T> baris) {
        List<Tenant> dibaca = dinas.stream()
                .filter(t -> t.isActive() && t.isMigrated() && Tenant.DEFAULT_LOCATOR.equals(t.locator()))
                .toList();
        Map<Long, T> hasil = new LinkedHashMap<>();
        if (dibaca.isEmpty()) {
            return hasil;
        }
        List<String> bagian = new ArrayList<>();
        for (Tenant t : dibaca) {
            String skema = TenantSchemas.forSlug(t.slug());
            if (!skema.equals(t.schemaName())) {
                throw new IllegalStateException("Schema of " + t.slug() + " is not " + skema);
            }
            bagian.add("SELECT " + t.id() + "::bigint AS tenant_id, " + select.replace(SKEMA, "\"" + skema + "\""));
        }
        String sql = String.join("\nUNION ALL\n", bagian);
        return transactions.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(sql)) {
                int i = 1;
                for (int k = 0; k < dibaca.size(); k++) {
                    for (Object p : parameter) {
                        ps.setObject(i++, p);
                    }
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        hasil.put(rs.getLong(1), baris.baca(rs));
                    }
                }
            }
            return hasil;
        });
    }
}
