package id.kinerja.tenant;

import id.kinerja.common.Sebab;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One Liquibase changelog tree (platform or tenant), applied to one schema at a time on a connection the caller
 * owns. Liquibase's own commits are swallowed ({@link KomitPemanggil}) so that the caller's transaction decides: a
 * schema is migrated completely or not at all, and then checked ({@link PemeriksaSkema}). A brand-new schema can be
 * made faster by replaying the SQL Liquibase generates ({@link SkripSkemaBaru}). Liquibase is run serially;
 * parallel instances in one JVM are known to leave locks set and skip schemas.
 */
final class Changelog {

    static {
        LiquibaseSenyap.pasang();
    }

    private final String path;
    private final ResourceAccessor resources;
    private final List<ChangeSet> changeSets;
    private final PemeriksaSkema pemeriksa;
    private final SkripSkemaBaru skrip;
    private final SkripPembaruan pembaruan;
    private final AtomicLong runs = new AtomicLong();

    Changelog(String path) {
        this.path = path;
        this.resources = new ClassLoaderResourceAccessor(Changelog.class.getClassLoader());
        try {
            DatabaseChangeLog log = ChangeLogParserFactory.getInstance().getParser(path, resources)
                    .parse(path, new ChangeLogParameters(), resources);
            this.changeSets = List.copyOf(log.getChangeSets());
        } catch (LiquibaseException e) {
            throw new IllegalStateException("Changelog " + path + " cannot be read: " + e.getMessage(), e);
        }
        if (changeSets.isEmpty()) {
            throw new IllegalStateException("Changelog " + path + " has no changesets");
        }
        this.pemeriksa = new PemeriksaSkema(changeSets);
        this.skrip = new SkripSkemaBaru(path, resources);
        this.pembaruan = new SkripPembaruan(path, resources, changeSets);
    }

    /**
     * A short fingerprint of the whole tree: every changeset's id and the bytes of every changelog file, so a changeset
     * edited in place (which {@link #version()} does not see) gives another one. Names what only this exact tree made.
     */
    String sidikJari() {
        try {
            var sha = java.security.MessageDigest.getInstance("SHA-256");
            java.util.Set<String> berkas = new java.util.LinkedHashSet<>();
            for (ChangeSet cs : changeSets) {
                sha.update((cs.getId() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                berkas.add(cs.getFilePath());
            }
            for (String f : berkas) {
                try (var in = resources.getExisting(f).openInputStream()) {
                    sha.update(in.readAllBytes());
                }
            }
            return java.util.HexFormat.of().formatHex(sha.digest(), 0, 4);
        } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Changelog " + path + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The id of the last changeset: a schema recorded at this version needs no Liquibase run. */
    String version() {
        return changeSets.getLast().getId();
    }

    /**
     * How many existing schemas were migrated through this changelog, by Liquibase or by its replayed upgrade SQL
     * (start-up cost is measured with it: 0 when every schema was up to date).
     */
    long runs() {
        return runs.get();
    }

    /**
     * Brings {@code schema} to this changelog on {@code connection}, then checks the result. Commits nothing;
     * leaves the connection's schema on the sentinel.
     */
    void apply(Connection connection, String schema) throws SQLException {
        runs.incrementAndGet();
        try {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new KomitPemanggil(connection));
            database.setDefaultSchemaName(schema);
            database.setLiquibaseSchemaName(schema);
            Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () ->
                    new Liquibase(path, resources, database).update(new Contexts(), new LabelExpression()));
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException("Migration of " + schema + " failed: " + Sebab.pesanAkar(e), e);
        } finally {
            kembalikanSchema(connection);
        }
        pemeriksa.verify(connection, schema);
    }

    /**
     * Brings {@code schema}, recorded at {@code versi}, to this changelog: by the upgrade SQL generated once for that
     * version ({@link SkripPembaruan}; {@code generate} gets an auto-commit connection of its own for it), or by
     * Liquibase when the version is unknown. Then checks the result like {@link #apply}.
     */
    void upgrade(Connection connection, String schema, String versi, GenerateOn generate) throws SQLException {
        if (versi == null || pembaruan.diterapkan(versi).isEmpty()) {
            apply(connection, schema);
            return;
        }
        runs.incrementAndGet();
        if (!pembaruan.ada(versi)) {
            generate.run(c -> pembaruan.buat(c, versi));
        }
        try {
            pembaruan.jalankan(connection, schema, versi);
        } finally {
            kembalikanSchema(connection);
        }
        pemeriksa.verify(connection, schema);
    }

    /** Runs work on an auto-commit connection of its own, outside the caller's transaction. */
    interface GenerateOn {
        void run(SqlWork work) throws SQLException;
    }

    interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    /**
     * The SQL Liquibase would run for a new schema, generated once per process on {@code connection}, an
     * auto-commit connection of its own (see {@link SkripSkemaBaru#buat}).
     */
    void generate(Connection connection) throws SQLException {
        skrip.buat(connection);
    }

    boolean generated() {
        return skrip.ada();
    }

    /** Creates a brand-new schema's tables from the generated SQL, then checks it like {@link #apply}. */
    void replay(Connection connection, String schema) throws SQLException {
        try {
            skrip.jalankan(connection, schema);
        } finally {
            kembalikanSchema(connection);
        }
        pemeriksa.verify(connection, schema);
    }

    /**
     * Back to the sentinel schema. In a transaction a failure has aborted, this cannot run and need not: the
     * rollback that follows undoes the schema change too, and the original error is the one to report.
     */
    private static void kembalikanSchema(Connection connection) {
        try {
            connection.setSchema(TenantSchemas.NONE);
        } catch (SQLException ignored) {
            // transaction aborted; its rollback restores the search path
        }
    }
}
