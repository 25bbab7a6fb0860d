package id.kinerja.server.api;

import id.kinerja.common.Sidik;
import id.kinerja.pengguna.Identitas;
import id.kinerja.server.RunningKinerja;
import id.kinerja.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in a request needs (token → user and roles, slug → registry row) is kept, and never stale: after an
 * acknowledged platform write the very next request is judged on it — a revoked token 401, a removed membership or a
 * lowered role 403, a suspended dinas 404, a failed migration 503, a deactivated user 401, a token past its expiry 401
 * without any write — also while other requests keep the kept answers busy.
 */
class IdentitasTersimpanTest {

    static final String SLUG = "dinas-masuk";
    static final String D = "/api/t/" + SLUG;
    static RunningKinerja app;
    static Identitas identitas;

    @BeforeAll
    static void start() {
        app = RunningKinerja.start(TestDatabase.properties(TestDatabase.createDatabase()));
        identitas = app.context().getBean(Identitas.class);
        app.provision(SLUG);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aRequestWithoutAPlatformWriteAsksTheDatabaseNothingAboutWhoItIs() {
        RunningKinerja pembaca = app.sebagai(app.anggota(SLUG, "pembaca.simpan", "PEMBACA"));
        status(pembaca.get(D + "/skala"), 200);
        long dibaca = identitas.dibacaDariBasisData();
        for (int i = 0; i < 5; i++) {
            status(pembaca.get(D + "/skala"), 200);
        }
        assertThat(identitas.dibacaDariBasisData()).isEqualTo(dibaca);

        // a password set is a platform write: the next request asks again (and the token still works, as before)
        long id = idPengguna("pembaca.simpan");
        status(app.put(D + "/anggota/" + id + "/sandi", "{\"password\":\"sandi-baru-12345\"}"), 204);
        status(pembaca.get(D + "/skala"), 200);
        assertThat(identitas.dibacaDariBasisData()).isGreaterThan(dibaca);
    }

    @Test
    void aRevokedTokenIsRefusedOnTheNextRequest() {
        String token = app.anggota(SLUG, "pembaca.cabut", "PEMBACA");
        RunningKinerja pembaca = app.sebagai(token);
        status(pembaca.get(D + "/skala"), 200);
        status(pembaca.get(D + "/skala"), 200); // kept
        status(pembaca.delete("/api/auth/token"), 204);
        status(pembaca.get(D + "/skala"), 401);
        status(pembaca.get("/api/saya"), 401);
    }

    @Test
    void aRemovedMembershipOrALoweredRoleIsRefusedOnTheNextRequest() {
        RunningKinerja editor = app.sebagai(app.anggota(SLUG, "editor.turun", "ADMIN_DINAS"));
        long id = idPengguna("editor.turun");
        String skala = "[{\"batasBawah\":75,\"label\":\"Baik\"},{\"batasBawah\":null,\"label\":\"Kurang\"}]";
        status(editor.put(D + "/skala", skala), 200);
        status(editor.get(D + "/skala"), 200);

        status(app.put(D + "/anggota", "{\"username\":\"editor.turun\",\"peran\":\"PEMBACA\"}"), 200);
        status(editor.put(D + "/skala", skala), 403);
        status(editor.get(D + "/skala"), 200);

        status(app.delete(D + "/anggota/" + id), 204);
        status(editor.get(D + "/skala"), 403);

        status(app.put(D + "/anggota", "{\"username\":\"editor.turun\",\"peran\":\"ADMIN_DINAS\"}"), 200);
        status(editor.put(D + "/skala", skala), 200);
    }

    @Test
    void aSuspendedDinasOrAFailedMigrationIsSeenOnTheNextRequest() {
        String slug = app.provision("dinas-tangguh");
        String d = "/api/t/" + slug;
        RunningKinerja pembaca = app.sebagai(app.anggota(slug, "pembaca.tangguh", "PEMBACA"));
        status(pembaca.get(d + "/skala"), 200);
        status(pembaca.get(d + "/skala"), 200);

        status(app.post("/api/admin/tenants/" + slug + "/tangguhkan", "{}"), 200);
        status(pembaca.get(d + "/skala"), 404);
        status(app.post("/api/admin/tenants/" + slug + "/aktifkan", "{}"), 200);
        status(pembaca.get(d + "/skala"), 200);

        // a write through the pool that no route makes (a migration's bookkeeping): seen all the same
        sql("UPDATE platform.tenant SET migration_status = 'failed', migration_error = 'uji' WHERE slug = ?", slug);
        status(pembaca.get(d + "/skala"), 503);
        sql("UPDATE platform.tenant SET migration_status = 'ok', migration_error = NULL WHERE slug = ?", slug);
        status(pembaca.get(d + "/skala"), 200);
    }

    @Test
    void aDeactivatedUserIsRefusedOnTheNextRequest() {
        RunningKinerja pembaca = app.sebagai(app.anggota(SLUG, "pembaca.nonaktif", "PEMBACA"));
        status(pembaca.get(D + "/skala"), 200);
        status(pembaca.get(D + "/skala"), 200);
        sql("UPDATE platform.pengguna SET aktif = false WHERE username = ?", "pembaca.nonaktif");
        status(pembaca.get(D + "/skala"), 401);
        sql("UPDATE platform.pengguna SET aktif = true WHERE username = ?", "pembaca.nonaktif");
        status(pembaca.get(D + "/skala"), 200);
    }

    @Test
    void aKeptTokenStillExpiresOnTimeWithoutAnyWrite() throws Exception {
        app.anggota(SLUG, "pembaca.waktu", "PEMBACA");
        String token = "kin_uji-kedaluwarsa-" + System.nanoTime();
        Instant kedaluwarsa = Instant.now().plusMillis(1500);
        sql("INSERT INTO platform.token (pengguna_id, hash, nama, kedaluwarsa) VALUES (?, ?, 'uji', ?)",
                idPengguna("pembaca.waktu"), Sidik.sha256(token.getBytes(StandardCharsets.UTF_8)), Timestamp.from(kedaluwarsa));
        RunningKinerja pembaca = app.sebagai(token);
        status(pembaca.get(D + "/skala"), 200);
        status(pembaca.get(D + "/skala"), 200);
        long dibaca = identitas.dibacaDariBasisData();
        // waiting for the clock itself: the token's expiry is the event under test
        while (!Instant.now().isAfter(kedaluwarsa)) {
            Thread.sleep(50);
        }
        status(pembaca.get(D + "/skala"), 401);
        assertThat(identitas.dibacaDariBasisData()).as("refused from what was kept, not by a new lookup").isEqualTo(dibaca);
    }

    /**
     * Readers keep the kept sign-ins busy while a writer takes a membership away and gives it back, and revokes tokens:
     * every request the writer makes after an acknowledged change is judged on it, and a reader's request that ran
     * wholly between two changes got the answer of the state in force.
     */
    @Test
    void underConcurrentRequestsEveryRequestAfterAnAcknowledgedChangeIsJudgedOnIt() throws Exception {
        String slug = app.provision("dinas-balap");
        String d = "/api/t/" + slug;
        RunningKinerja anggota = app.sebagai(app.anggota(slug, "pembaca.balap", "PEMBACA"));
        RunningKinerja lain = app.sebagai(app.anggota(slug, "pembaca.tetap", "PEMBACA"));
        long id = idPengguna(slug, "pembaca.balap");
        // even: stable, with the member in (seq/2 even) or out; odd: a change in flight
        AtomicLong seq = new AtomicLong();
        AtomicBoolean selesai = new AtomicBoolean();
        AtomicLong diperiksa = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> pembaca = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                boolean tetap = r == 2;
                pembaca.add(pool.submit(() -> {
                    while (!selesai.get()) {
                        if (tetap) {
                            status(lain.get(d + "/skala"), 200);
                            continue;
                        }
                        long sebelum = seq.get();
                        int kode = anggota.get(d + "/skala").statusCode();
                        if (sebelum % 2 == 0 && seq.get() == sebelum) {
                            assertThat(kode).as("state %s", sebelum).isEqualTo((sebelum / 2) % 2 == 0 ? 200 : 403);
                            diperiksa.incrementAndGet();
                        } else {
                            assertThat(kode).isIn(200, 403);
                        }
                    }
                    return null;
                }));
            }
            for (int n = 0; n < 10; n++) {
                seq.incrementAndGet();
                status(app.delete(d + "/anggota/" + id), 204);
                seq.incrementAndGet();
                status(anggota.get(d + "/skala"), 403);
                seq.incrementAndGet();
                status(app.put(d + "/anggota", "{\"username\":\"pembaca.balap\",\"peran\":\"PEMBACA\"}"), 200);
                seq.incrementAndGet();
                status(anggota.get(d + "/skala"), 200);

                RunningKinerja sekali = app.sebagai(app.tokenUntuk("pembaca.tetap", "sandi-pembaca.tetap-123"));
                status(sekali.get(d + "/skala"), 200);
                status(sekali.delete("/api/auth/token"), 204);
                status(sekali.get(d + "/skala"), 401);
            }
            selesai.set(true);
            for (Future<?> f : pembaca) {
                f.get();
            }
        } finally {
            selesai.set(true);
            pool.shutdownNow();
        }
        assertThat(diperiksa.get()).as("readers' requests checked against a stable state").isPositive();
    }

    private static void status(HttpResponse<String> r, int kode) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(kode);
    }

    private static long idPengguna(String username) {
        return idPengguna(SLUG, username);
    }

    private static long idPengguna(String slug, String username) {
        return app.list(app.get("/api/t/" + slug + "/anggota")).stream().filter(a -> username.equals(a.get("username")))
                .map(a -> ((Number) a.get("penggunaId")).longValue()).findFirst().orElseThrow();
    }

    /** A platform write through the application's own pool, in a transaction, as a job or migration would make it. */
    @SuppressWarnings("unchecked")
    private static void sql(String sql, Object... args) {
        TransactionOperations<Connection> tx = app.context().getBean(Argument.of(TransactionOperations.class, Connection.class));
        tx.executeWrite(status -> {
            try (PreparedStatement s = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    s.setObject(i + 1, args[i]);
                }
                assertThat(s.executeUpdate()).isEqualTo(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }
}
