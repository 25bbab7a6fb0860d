package id.kinerja.tenant;

import id.kinerja.basisdata.KumpulanServer;
import id.kinerja.common.ConflictException;
import id.kinerja.common.InvalidInputException;
import id.kinerja.common.Teks;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.CopyOperation;
import org.postgresql.copy.CopyOut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves a dinas to another database server while the others serve. The dinas answers 503 ({@code moving}) for the
 * move's length. On the source server one transaction locks every table of its schema in {@code SHARE} mode (requests
 * that began writing before finish first; none can write after) and reads them; on the target the schema is made at
 * the same changelog version, every table's rows are copied with PostgreSQL's {@code COPY} (binary, streamed from one
 * server into the other a row at a time, triggers off: the audit trail is copied, not rewritten) and each sequence is
 * set to where it was; then, still in the source transaction, the old schema is dropped, the registry's locator names
 * the target (the dinas serves again) and the source commits. Any failure before the registry changes rolls the source
 * back (the drop included), drops the copy on the target and leaves the dinas active where it was, and the caller gets
 * a {@link PemindahanGagal} saying why (a crash instead is put right at the next start: {@link PemulihanDinas}).
 * Evidence files are kept by dinas id on storage every server shares ({@code bukti.PenyimpananBukti}): they do not move.
 */
@Singleton
public final class PemindahanDinas {

    private static final Logger LOG = LoggerFactory.getLogger(PemindahanDinas.class);

    private final TenantRepository tenants;
    private final Migrations migrations;
    private final KumpulanServer servers;

    PemindahanDinas(TenantRepository tenants, Migrations migrations, KumpulanServer servers) {
        this.tenants = tenants;
        this.migrations = migrations;
        this.servers = servers;
    }

    /** Moves dinas {@code slug} to server {@code server}; returns what was copied. */
    public Hasil pindah(String slug, @Nullable String server) {
        String tujuan = Teks.rapi(server);
        if (tujuan == null) {
            throw new InvalidInputException("server", "wajib diisi: nama server basis data tujuan");
        }
        if (!servers.ada(tujuan)) {
            throw new InvalidInputException("server", "server basis data '" + tujuan + "' tidak dikenal; pilih salah satu: "
                    + String.join(", ", servers.nama()));
        }
        Tenant t = (TenantSchemas.isValidSlug(slug) ? tenants.findBySlug(slug) : java.util.Optional.<Tenant>empty())
                .orElseThrow(() -> new TenantNotFoundException(slug));
        if (tujuan.equals(t.locator())) {
            throw new InvalidInputException("server", "dinas '" + slug + "' sudah berada di server '" + tujuan + "'");
        }
        if (!t.isActive() || !t.isMigrated() || !migrations.tenantVersion().equals(t.changelogVersion())) {
            throw new ConflictException("status", "Dinas '" + slug + "' hanya dapat dipindahkan saat aktif dan skemanya"
                    + " mutakhir (sekarang: " + t.status() + ", migrasi " + t.migrationStatus() + ")");
        }
        // a target that does not answer is refused before the dinas stops serving (a query: a pooled connection may
        // look alive after its server has gone)
        try (Connection c = servers.sumber(tujuan).getConnection(); Statement st = c.createStatement()) {
            st.execute("SELECT 1");
        } catch (SQLException e) {
            throw PemindahanGagal.tujuanTidakMenjawab(t, tujuan, e);
        }
        if (tenants.gantiStatus(t.id(), Tenant.ACTIVE, Tenant.MOVING, Instant.now()) != 1) {
            throw new ConflictException("status", "Dinas '" + slug + "' baru saja diubah orang lain; muat ulang lalu ulangi");
        }
        long t0 = System.nanoTime();
        String skema = t.schemaName();
        List<Tabel> disalin = null;
        boolean dipindah = false;
        try (Connection sumber = servers.sumber(t.locator()).getConnection()) {
            List<String> tabel = tabel(sumber, skema); // read before the transaction: its snapshot must follow the locks
            sumber.setAutoCommit(false);
            sumber.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                disalin = salin(sumber, tujuan, skema, tabel);
                // dropped inside the source transaction, before the registry names the target: nothing can write to
                // the old schema afterwards (a late writer fails), and a failure below rolls the drop back
                try (Statement st = sumber.createStatement()) {
                    st.execute("DROP SCHEMA " + skema + " CASCADE");
                }
                if (tenants.pindahkan(t.id(), tujuan, Instant.now()) != 1) { // serves again, from the target
                    throw new IllegalStateException("the registry row of " + slug + " is no longer 'moving'");
                }
                dipindah = true;
                sumber.commit();
            } catch (SQLException | RuntimeException | Error e) {
                if (dipindah) { // the target serves, with every row; only the old copy is left behind
                    LOG.error("Dinas {} moved to {}, but its old schema on {} could not be dropped: drop it by hand ({})",
                            slug, tujuan, t.locator(), e.getMessage());
                } else {
                    gagal(sumber, t, tujuan, disalin != null, e);
                }
            }
        } catch (SQLException e) {
            tenants.gantiStatus(t.id(), Tenant.MOVING, Tenant.ACTIVE, Instant.now());
            LOG.error("Moving {} from {} to {} failed before it began; it stays where it was", slug, t.locator(), tujuan, e);
            throw PemindahanGagal.dari(t, tujuan, e);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long baris = disalin.stream().mapToLong(Tabel::baris).sum();
        LOG.info("Dinas {} moved from {} to {}: {} tables, {} rows, {} ms", slug, t.locator(), tujuan, disalin.size(), baris, ms);
        return new Hasil(tenants.findById(t.id()).orElseThrow(), t.locator(), tujuan, disalin, baris, ms);
    }

    /** Undoes a move that did not reach the registry: the source as it was, no copy on the target, the dinas active. */
    private void gagal(Connection sumber, Tenant t, String tujuan, boolean disalin, Throwable e) {
        try {
            sumber.rollback();
        } catch (SQLException r) {
            e.addSuppressed(r);
        }
        if (disalin) {
            try (Connection sasaran = servers.sumber(tujuan).getConnection(); Statement st = sasaran.createStatement()) {
                st.execute("DROP SCHEMA IF EXISTS " + t.schemaName() + " CASCADE");
            } catch (SQLException | RuntimeException d) {
                e.addSuppressed(d);
                LOG.error("Moving {}: the copy on {} could not be dropped: drop it by hand", t.slug(), tujuan, d);
            }
        }
        tenants.gantiStatus(t.id(), Tenant.MOVING, Tenant.ACTIVE, Instant.now());
        LOG.error("Moving {} from {} to {} failed; it stays where it was", t.slug(), t.locator(), tujuan, e);
        if (e instanceof Error err) {
            throw err;
        }
        throw PemindahanGagal.dari(t, tujuan, e);
    }

    private static List<String> tabel(Connection c, String skema) throws SQLException {
        return daftar(c, "SELECT tablename FROM pg_tables WHERE schemaname = ? ORDER BY tablename", skema);
    }

    /** The first column of every row {@code sql} gives with {@code nilai} bound in order. */
    private static List<String> daftar(Connection c, String sql, String... nilai) throws SQLException {
        List<String> hasil = new ArrayList<>();
        try (var st = c.prepareStatement(sql)) {
            for (int i = 0; i < nilai.length; i++) {
                st.setString(i + 1, nilai[i]);
            }
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    hasil.add(rs.getString(1));
                }
            }
        }
        return hasil;
    }

    /** Locks and copies {@code skema} from {@code sumber} (transaction left open) to a new schema on {@code tujuan}. */
    private List<Tabel> salin(Connection sumber, String tujuan, String skema, List<String> tabel)
            throws SQLException {
        // LOCK is the transaction's first statement: the REPEATABLE READ snapshot is taken by the first query after
        // it, so writes that were in flight when the move began (and finished before the lock) are in the copy
        try (Statement st = sumber.createStatement()) {
            st.execute("SET LOCAL lock_timeout = '30s'");
            st.execute("LOCK TABLE " + String.join(", ", tabel.stream().map(n -> skema + "." + n).toList()) + " IN SHARE MODE");
        }
        List<Tabel> hasil = new ArrayList<>();
        try (Connection sasaran = servers.sumber(tujuan).getConnection()) {
            sasaran.setAutoCommit(false);
            try {
                migrations.createTenantSchema(sasaran, skema); // same changelog version, its changelog rows included
                try (Statement st = sasaran.createStatement()) {
                    st.execute("SET LOCAL session_replication_role = replica"); // no triggers, no FK checks while copying
                }
                CopyManager keluar = sumber.unwrap(PGConnection.class).getCopyAPI();
                CopyManager masuk = sasaran.unwrap(PGConnection.class).getCopyAPI();
                for (String n : tabel) {
                    if (n.startsWith("databasechangelog")) {
                        continue;
                    }
                    String kolom = String.join(", ", kolom(sumber, skema, n));
                    if (!kolom.equals(String.join(", ", kolom(sasaran, skema, n)))) {
                        throw new IllegalStateException("Table " + skema + "." + n + " differs between the servers");
                    }
                    try (Statement st = sasaran.createStatement()) {
                        st.execute("DELETE FROM " + skema + "." + n); // rows a changeset may have seeded
                    }
                    Alir alir = alirkan(keluar, "COPY " + skema + "." + n + " (" + kolom + ") TO STDOUT (FORMAT binary)",
                            masuk, "COPY " + skema + "." + n + " (" + kolom + ") FROM STDIN (FORMAT binary)");
                    long baris = alir.dibaca();
                    long masukBaris = alir.ditulis();
                    if (baris != masukBaris) {
                        throw new IllegalStateException(skema + "." + n + ": " + baris + " rows read, " + masukBaris + " written");
                    }
                    hasil.add(new Tabel(n, baris));
                }
                urutan(sumber, sasaran, skema);
                sasaran.commit();
            } catch (SQLException | RuntimeException e) {
                sasaran.rollback();
                throw e;
            }
        }
        return hasil;
    }

    /**
     * One table's rows from {@code COPY … TO STDOUT} on one connection straight into {@code COPY … FROM STDIN} on the
     * other, one CopyData message at a time (pgjdbc hands out a message per row): a table of any size costs one row's
     * bytes in memory, not the table's. On a failure both copies are cancelled, so both connections can still roll back.
     */
    private static Alir alirkan(CopyManager keluar, String dari, CopyManager masuk, String ke) throws SQLException {
        CopyOut baca = keluar.copyOut(dari);
        CopyIn tulis = null;
        try {
            tulis = masuk.copyIn(ke);
            byte[] potong;
            while ((potong = baca.readFromCopy()) != null) {
                tulis.writeToCopy(potong, 0, potong.length);
            }
            long ditulis = tulis.endCopy();
            return new Alir(baca.getHandledRowCount(), ditulis);
        } catch (SQLException | RuntimeException e) {
            batalkan(tulis, e);
            batalkan(baca, e);
            throw e;
        }
    }

    /** The rows one table's copy read on the source and wrote on the target. */
    private record Alir(long dibaca, long ditulis) {
    }

    private static void batalkan(@Nullable CopyOperation salinan, Exception e) {
        if (salinan != null && salinan.isActive()) {
            try {
                salinan.cancelCopy();
            } catch (SQLException | RuntimeException b) {
                e.addSuppressed(b);
            }
        }
    }

    /** The columns of a table in their order (dropped ones aside). */
    private static List<String> kolom(Connection c, String skema, String tabel) throws SQLException {
        return daftar(c, "SELECT quote_ident(attname) FROM pg_attribute WHERE attrelid = (quote_ident(?) || '.'"
                + " || quote_ident(?))::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum", skema, tabel);
    }

    /** Sets each sequence of the schema on the target to where it stands on the source. */
    private static void urutan(Connection sumber, Connection sasaran, String skema) throws SQLException {
        List<String> nama = daftar(sumber, "SELECT sequencename FROM pg_sequences WHERE schemaname = ?", skema);
        for (String n : nama) {
            String seq = skema + "." + n;
            try (var st = sumber.createStatement(); var rs = st.executeQuery("SELECT last_value, is_called FROM " + seq);
                 var set = sasaran.prepareStatement("SELECT setval(?::regclass, ?, ?)")) {
                rs.next();
                set.setString(1, seq);
                set.setLong(2, rs.getLong(1));
                set.setBoolean(3, rs.getBoolean(2));
                set.execute();
            }
        }
    }

    /** One table copied and its rows. */
    @Serdeable
    public record Tabel(String nama, long baris) {
    }

    /** A finished move: the dinas as the registry now has it, where from and to, what was copied, how long it took. */
    @Serdeable
    public record Hasil(Tenant dinas, String dari, String ke, List<Tabel> tabel, long baris, long milidetik) {
    }
}
