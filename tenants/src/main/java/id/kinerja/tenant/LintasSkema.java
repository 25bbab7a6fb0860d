package id.kinerja.tenant;

import id.kinerja.basisdata.KumpulanServer;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * statement per database server ({@code UNION ALL} of the same small select in each schema of that server), not 50
 * round trips with a schema switch each. The schema names come from the registry (checked against the slug rule),
 * never from input. Only dinas that serve (active, migrated) are read; those on a server that does not answer are
 * left out (logged), like a dinas without data, and the others are read.
 */
@Singleton
public final class LintasSkema {

    /** Where the select names a table of the dinas: {@code FROM {skema}.realisasi}. */
    public static final String SKEMA = "{skema}";
    private static final Logger LOG = LoggerFactory.getLogger(LintasSkema.class);

    private final KumpulanServer servers;

    LintasSkema(KumpulanServer servers) {
        this.servers = servers;
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
        Map<String, List<Tenant>> perServer = new LinkedHashMap<>();
        dinas.stream().filter(t -> t.isActive() && t.isMigrated())
                .forEach(t -> perServer.computeIfAbsent(t.locator(), k -> new ArrayList<>()).add(t));
        Map<Long, T> hasil = new LinkedHashMap<>();
        perServer.forEach((server, dibaca) -> {
            Connection c;
            try {
                c = servers.sumber(server).getConnection();
            } catch (SQLException | IllegalArgumentException e) {
                if (KumpulanServer.UTAMA.equals(server)) {
                    throw new IllegalStateException("The main database server does not answer: " + Migrations.message(e), e);
                }
                LOG.warn("Cross-dinas read: {} dinas on server {} left out: {}", dibaca.size(), server, Migrations.message(e));
                return;
            }
            Map<Long, T> dariServer = new LinkedHashMap<>(); // a server's rows count only when all of them were read
            try (c) {
                baca(c, dibaca, select, parameter, baris, dariServer);
            } catch (SQLException e) {
                if (!KumpulanServer.UTAMA.equals(server) && putus(e)) {
                    LOG.warn("Cross-dinas read: {} dinas on server {} left out, lost mid-read: {}", dibaca.size(), server,
                            Migrations.message(e));
                    return;
                }
                throw new IllegalStateException("Cross-dinas read on server " + server + " failed: " + Migrations.message(e), e);
            }
            hasil.putAll(dariServer);
        });
        return hasil;
    }

    /** A connection that failed or was lost (SQLSTATE class 08, or the server shutting down), not a wrong query. */
    private static boolean putus(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }

    private static <T> void baca(Connection c, List<Tenant> dibaca, String select, List<?> parameter, Baris<T> baris,
                          Map<Long, T> hasil) throws SQLException {
        List<String> bagian = new ArrayList<>();
        for (Tenant t : dibaca) {
            String skema = TenantSchemas.forSlug(t.slug());
            if (!skema.equals(t.schemaName())) {
                throw new IllegalStateException("Schema of " + t.slug() + " is not " + skema);
            }
            bagian.add("SELECT " + t.id() + "::bigint AS tenant_id, " + select.replace(SKEMA, "\"" + skema + "\""));
        }
        String sql = String.join("\nUNION ALL\n", bagian);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
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
    }
}
