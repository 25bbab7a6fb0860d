package id.kinerja.pengguna;

import id.kinerja.common.TooManyAttemptsException;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login throttling per username: after 5 failures in a row each further attempt waits, 30 s doubling up to
 * 15 minutes; a success clears the count. An attempt is reserved before its password is checked, so parallel
 * requests cannot all slip past the count: while {@code 5 - failures} attempts are in flight the next one waits.
 * Kept in memory (a restart forgets it; so does a second node); idle entries are swept once there are many.
 */
@Singleton
final class PembatasPercobaan {

    private static final int BEBAS = 5;
    private static final long AWAL_DETIK = 30;
    private static final long MAKS_DETIK = 15 * 60;
    private static final int SAPU_DI_ATAS = 10_000;

    private final ConcurrentHashMap<String, Catatan> catatan = new ConcurrentHashMap<>();
    private final Clock clock;

    PembatasPercobaan() {
        this(Clock.systemUTC());
    }

    PembatasPercobaan(Clock clock) {
        this.clock = clock;
    }

    /**
     * Reserves an attempt for {@code username}; end it with exactly one of {@link #gagal}, {@link #berhasil} or
     * {@link #batal}.
     *
     * @throws TooManyAttemptsException while the user must wait or enough attempts are already being checked
     */
    void mulai(String username) {
        long now = clock.millis();
        sapu(now);
        long[] tunggu = {0};
        catatan.compute(kunci(username), (k, c) -> {
            Catatan x = c == null ? new Catatan(0, 0, 0, now) : c;
            if (x.tungguSampai > now) {
                tunggu[0] = x.tungguSampai - now;
                return x;
            }
            if (x.sedang >= Math.max(1, BEBAS - x.jumlah)) {
                tunggu[0] = 1000;
                return x;
            }
            return new Catatan(x.jumlah, x.sedang + 1, x.tungguSampai, now);
        });
        if (tunggu[0] > 0) {
            throw new TooManyAttemptsException(Math.max(1, (tunggu[0] + 999) / 1000));
        }
    }

    /** The reserved attempt failed: it counts, and from the fifth failure on the user waits. */
    void gagal(String username) {
        long now = clock.millis();
        catatan.compute(kunci(username), (k, c) -> {
            int n = c == null ? 1 : c.jumlah + 1;
            long tunggu = n < BEBAS ? 0 : Math.min(MAKS_DETIK, AWAL_DETIK << Math.min(20, n - BEBAS)) * 1000;
            return new Catatan(n, c == null ? 0 : Math.max(0, c.sedang - 1), now + tunggu, now);
        });
    }

    /** The reserved attempt succeeded: the count starts again. */
    void berhasil(String username) {
        catatan.remove(kunci(username));
    }

    /** The reserved attempt ended without a verdict (an error): it neither counts nor stays in flight. */
    void batal(String username) {
        catatan.computeIfPresent(kunci(username), (k, c) -> new Catatan(c.jumlah, Math.max(0, c.sedang - 1), c.tungguSampai, c.terakhir));
    }

    /** Forgets users that were idle for the longest wait, once random names have filled the map. */
    private void sapu(long now) {
        if (catatan.size() > SAPU_DI_ATAS) {
            catatan.values().removeIf(c -> c.sedang == 0 && c.tungguSampai < now && c.terakhir < now - MAKS_DETIK * 1000);
        }
    }

    int jumlahCatatan() {
        return catatan.size();
    }

    private static String kunci(String username) {
        return Pengguna.baku(username);
    }

    private record Catatan(int jumlah, int sedang, long tungguSampai, long terakhir) {
    }
}
