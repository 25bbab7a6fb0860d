package id.kinerja.pengguna;

import id.kinerja.common.TooManyAttemptsException;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login throttling per username: after 5 failures in a row each further attempt waits, 30 s doubling up to
 * 15 minutes; a success clears the count. Kept in memory (a restart forgets it; so does a second node).
 */
@Singleton
final class PembatasPercobaan {

    private static final int BEBAS = 5;
    private static final long AWAL_DETIK = 30;
    private static final long MAKS_DETIK = 15 * 60;

    private final ConcurrentHashMap<String, Catatan> gagal = new ConcurrentHashMap<>();
    private final Clock clock;

    PembatasPercobaan() {
        this(Clock.systemUTC());
    }

    PembatasPercobaan(Clock clock) {
        this.clock = clock;
    }

    void periksa(String username) {
        Catatan c = gagal.get(kunci(username));
        if (c != null && c.tungguSampai > clock.millis()) {
            throw new TooManyAttemptsException(Math.max(1, (c.tungguSampai - clock.millis() + 999) / 1000));
        }
    }

    void gagal(String username) {
        gagal.compute(kunci(username), (k, c) -> {
            int n = c == null ? 1 : c.jumlah + 1;
            long tunggu = n < BEBAS ? 0 : Math.min(MAKS_DETIK, AWAL_DETIK << Math.min(20, n - BEBAS)) * 1000;
            return new Catatan(n, clock.millis() + tunggu);
        });
    }

    void berhasil(String username) {
        gagal.remove(kunci(username));
    }

    private static String kunci(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private record Catatan(int jumlah, long tungguSampai) {
    }
}
