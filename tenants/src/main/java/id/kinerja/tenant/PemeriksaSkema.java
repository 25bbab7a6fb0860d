package id.kinerja.tenant;

import liquibase.change.Change;
import liquibase.change.core.CreateTableChange;
import liquibase.change.core.DropTableChange;
import liquibase.change.core.RenameTableChange;
import liquibase.changelog.ChangeSet;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Liquibase has bugs that skip schemas silently: after every migration the schema must hold every table the
 * changelog creates and a changelog row for every changeset.
 */
final class PemeriksaSkema {

    private final Set<String> tables;
    private final int changeSets;

    PemeriksaSkema(List<ChangeSet> changeSets) {
        this.tables = tablesCreatedBy(changeSets);
        this.changeSets = changeSets.size();
    }

    void verify(Connection connection, String schema) throws SQLException {
        Set<String> present = new HashSet<>();
        try (var st = connection.prepareStatement(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = ?")) {
            st.setString(1, schema);
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    present.add(rs.getString(1));
                }
            }
        }
        Set<String> missing = new HashSet<>(tables);
        missing.removeAll(present);
        if (!missing.isEmpty()) {
            throw new SQLException("Migration of " + schema + " left tables missing: " + missing);
        }
        try (var st = connection.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM " + schema + ".databasechangelog")) {
            rs.next();
            long applied = rs.getLong(1);
            if (applied < changeSets) {
                throw new SQLException("Migration of " + schema + " applied " + applied + " of " + changeSets
                        + " changesets");
            }
        }
    }

    private static Set<String> tablesCreatedBy(List<ChangeSet> changeSets) {
        Set<String> tables = new HashSet<>();
        for (ChangeSet changeSet : changeSets) {
            for (Change change : changeSet.getChanges()) {
                switch (change) {
                    case CreateTableChange c -> tables.add(c.getTableName().toLowerCase(Locale.ROOT));
                    case DropTableChange d -> tables.remove(d.getTableName().toLowerCase(Locale.ROOT));
                    case RenameTableChange r -> {
                        tables.remove(r.getOldTableName().toLowerCase(Locale.ROOT));
                        tables.add(r.getNewTableName().toLowerCase(Locale.ROOT));
                    }
                    default -> {
                    }
                }
            }
        }
        return Set.copyOf(tables);
    }
}
