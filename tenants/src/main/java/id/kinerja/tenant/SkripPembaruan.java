package id.kinerja.tenant;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.changelog.ChangeSet;
import liquibase.resource.ResourceAccessor;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SQL Liquibase would run to bring a schema from one changelog version to the current one, generated once per
 * process and starting version on a placeholder schema (brought to that version by Liquibase itself), then replayed
 * for every dinas at that version with the placeholder's name replaced, like {@link SkripSkemaBaru} for new schemas:
 * a roll-out to thousands of dinas pays Liquibase's bookkeeping once, not once per dinas. A version the changelog
 * does not know has no script: such a schema is migrated by Liquibase itself.
 */
final class SkripPembaruan {

    private final String path;
    private final ResourceAccessor resources;
    private final List<ChangeSet> changeSets;
    private final Map<String, String> skrip = new ConcurrentHashMap<>();
    private final String templat = "kinerja_pembaruan_" + Long.toHexString(System.nanoTime());

    SkripPembaruan(String path, ResourceAccessor resources, List<ChangeSet> changeSets) {
        this.path = path;
        this.resources = resources;
        this.changeSets = changeSets;
    }

    /** How many changesets a schema recorded at {@code versi} has applied, if the changelog knows that version. */
    Optional<Integer> diterapkan(String versi) {
        for (int i = 0; i < changeSets.size(); i++) {
            if (changeSets.get(i).getId().equals(versi)) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    boolean ada(String versi) {
        return skrip.containsKey(versi);
    }

    /**
     * Generates the script from {@code versi} on {@code connection}, an auto-commit connection of its own: the
     * placeholder schema is brought to {@code versi} by Liquibase, the rest is generated in update-sql mode, and the
     * placeholder is dropped.
     */
    synchronized void buat(Connection connection, String versi) throws SQLException {
        if (skrip.containsKey(versi)) {
            return;
        }
        int sudah = diterapkan(versi).orElseThrow(() -> new IllegalArgumentException("unknown version " + versi));
        skrip.put(versi, SkripSkemaBaru.hasilkan(connection, path, resources, templat, (liquibase, sql) -> {
            liquibase.update(sudah, new Contexts(), new LabelExpression());
            liquibase.update(new Contexts(), new LabelExpression(), sql);
        }, "The upgrade SQL of " + path + " from " + versi));
    }

    /** Brings {@code schema}, recorded at {@code versi}, to the current version in the caller's transaction. */
    void jalankan(Connection connection, String schema, String versi) throws SQLException {
        String s = skrip.get(versi);
        if (s == null) {
            throw new IllegalStateException("buat() first");
        }
        SkripSkemaBaru.jalankan(connection, s, templat, schema);
    }
}
