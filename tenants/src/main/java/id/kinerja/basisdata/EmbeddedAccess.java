package id.kinerja.basisdata;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Who may connect to the embedded PostgreSQL: its superuser only, with a generated password (SCRAM) kept in
 * {@value #PASSWORD_FILE} inside the data folder, readable by its owner only. No {@code trust} line: the embedded
 * library initialises folders with trust for everyone on the machine, so before the server first listens on a
 * folder whose {@code pg_hba.conf} is not ours (a new folder, or one made by an earlier build) the password is set
 * in PostgreSQL's single-user mode (no network at all) and {@code pg_hba.conf} is rewritten.
 */
final class EmbeddedAccess {

    static final String USER = "postgres";
    static final String PASSWORD_FILE = "kinerja-password";
    static final String HBA = """
            # Written by Kinerja: only the superuser, with the password in kinerja-password (SCRAM). Never trust.
            # replication: pg_basebackup of this server from this machine (docs/operations.md)
            local   all           postgres                  scram-sha-256
            host    all           postgres   127.0.0.1/32   scram-sha-256
            host    all           postgres   ::1/128        scram-sha-256
            host    replication   postgres   127.0.0.1/32   scram-sha-256
            host    replication   postgres   ::1/128        scram-sha-256
            """;
    static final Binaries BINARIES = new Binaries();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedAccess.class);

    private final Path dir;
    private final String password;

    private EmbeddedAccess(Path dir, String password) {
        this.dir = dir;
        this.password = password;
    }

    /** The folder's password when it has one, else a new one (stored by {@link #secure()}). */
    static EmbeddedAccess of(Path dir) throws IOException {
        Path file = dir.resolve(PASSWORD_FILE);
        if (Files.isRegularFile(file)) {
            return new EmbeddedAccess(dir, Files.readString(file, StandardCharsets.UTF_8).strip());
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return new EmbeddedAccess(dir, Base64.getUrlEncoder().withoutPadding().encodeToString(raw));
    }

    String password() {
        return password;
    }

    /**
     * Called after initdb and before the server starts. Idempotent: an interrupted run is finished by the next
     * (the password file is written first, then the role's password, then pg_hba.conf).
     */
    void secure() {
        try {
            Path file = dir.resolve(PASSWORD_FILE);
            Path hba = dir.resolve("pg_hba.conf");
            boolean secured = Files.isRegularFile(file) && Files.isRegularFile(hba)
                    && Files.readString(hba, StandardCharsets.UTF_8).equals(HBA);
            if (!secured) {
                writeOwnerOnly(file, password);
                setPasswordOffline();
                writeOwnerOnly(hba, HBA);
                LOG.info("Embedded PostgreSQL in {} now takes a password (kept in {}); trust removed", dir, file);
            }
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not secure the embedded PostgreSQL in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** {@code ALTER ROLE} in single-user mode: the statement goes through stdin, so the password is in no argument list. */
    private void setPasswordOffline() throws IOException {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U")); // as root, like the library: PostgreSQL refuses to run as root
        }
        command.addAll(List.of(BINARIES.postgres().toString(), "--single", "-D", dir.toString(),
                "-c", "exit_on_error=on", "-c", "password_encryption=scram-sha-256", "postgres"));
        Process single = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (var in = single.getOutputStream()) {
            in.write(("ALTER ROLE " + USER + " PASSWORD '" + password + "';\n").getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(single.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!single.waitFor(60, TimeUnit.SECONDS)) {
                single.destroyForcibly();
                throw new IOException("PostgreSQL single-user mode did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while setting the password", e);
        }
        if (single.exitValue() != 0 || output.contains("ERROR") || output.contains("FATAL")) {
            throw new IOException("Setting the password failed (exit " + single.exitValue() + "): " + output.strip());
        }
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The library's own PostgreSQL binaries, remembering where it unpacks them: {@code PG-<md5 of the archive>}
     * in its working folder (the one we name explicitly).
     */
    static final class Binaries implements PgBinaryResolver {

        private volatile String archiveMd5;

        Path workingDirectory() {
            return Path.of(System.getProperty("ot.epg.working-dir",
                    Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString()));
        }

        @Override
        public InputStream getPgBinary(String system, String machineHardware) throws IOException {
            InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
            MessageDigest md5;
            try {
                md5 = MessageDigest.getInstance("MD5");
            } catch (NoSuchAlgorithmException e) {
                throw new IOException(e);
            }
            return new DigestInputStream(archive, md5) {
                private boolean closed;

                @Override
                public void close() throws IOException {
                    super.close();
                    if (!closed) {
                        closed = true;
                        archiveMd5 = HexFormat.of().formatHex(md5.digest());
                    }
                }
            };
        }

        Path postgres() throws IOException {
            Path binary = archiveMd5 == null ? null : workingDirectory().resolve("PG-" + archiveMd5).resolve("bin").resolve("postgres");
            if (binary == null || !Files.isExecutable(binary)) {
                throw new IOException("PostgreSQL binaries not found in " + workingDirectory());
            }
            return binary;
        }
    }
}
