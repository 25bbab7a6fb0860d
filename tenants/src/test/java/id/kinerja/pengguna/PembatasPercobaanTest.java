package id.kinerja.pengguna;

import id.kinerja.common.TooManyAttemptsException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sign-in throttle: attempts are reserved before the password is checked, so a burst cannot outrun it; it counts
 * per username and address, so an attacker cannot lock out the real user.
 */
class PembatasPercobaanTest {

    final MutableClock clock = new MutableClock();
    final PembatasPercobaan pembatas = new PembatasPercobaan(clock);

    static final String RUMAH = "10.0.0.7";
    static final String PENYERANG = "203.0.113.9";

    @Test
    void afterFourFailuresOnlyOneAttemptIsCheckedAtATime() {
        for (int i = 0; i < 4; i++) {
            pembatas.mulai("Editor", RUMAH).gagal();
        }
        PembatasPercobaan.Percobaan kelima = pembatas.mulai("editor", RUMAH); // still being checked
        assertThatThrownBy(() -> pembatas.mulai("EDITOR ", RUMAH)).isInstanceOf(TooManyAttemptsException.class);
        kelima.gagal();
        // the fifth failure makes the user wait 30 s
        assertThatThrownBy(() -> pembatas.mulai("editor", RUMAH)).isInstanceOfSatisfying(TooManyAttemptsException.class,
                e -> assertThat(e.detik()).isEqualTo(30));
        clock.maju(Duration.ofSeconds(31));
        pembatas.mulai("editor", RUMAH).berhasil();
        pembatas.mulai("editor", RUMAH); // a success starts the count again
    }

    @Test
    void aFreshUserHasAtMostFiveAttemptsInFlight() {
        PembatasPercobaan.Percobaan pertama = pembatas.mulai("pembaca", RUMAH);
        for (int i = 1; i < 5; i++) {
            pembatas.mulai("pembaca", RUMAH);
        }
        assertThatThrownBy(() -> pembatas.mulai("pembaca", RUMAH)).isInstanceOf(TooManyAttemptsException.class);
        pertama.batal(); // an attempt that ended in an error frees its place without counting
        pertama.batal(); // and only once
        pembatas.mulai("pembaca", RUMAH);
        assertThatThrownBy(() -> pembatas.mulai("pembaca", RUMAH)).isInstanceOf(TooManyAttemptsException.class);
        pembatas.mulai("lain", RUMAH); // other users are not affected
    }

    @Test
    void anAttackerElsewhereNeverDelaysTheRealUser() {
        for (int i = 0; i < PembatasPercobaan.BEBAS; i++) {
            pembatas.mulai("provinsi", PENYERANG).gagal();
        }
        assertThatThrownBy(() -> pembatas.mulai("provinsi", PENYERANG)).isInstanceOf(TooManyAttemptsException.class);
        pembatas.mulai("provinsi", RUMAH).berhasil();
    }

    @Test
    void guessingFromManyAddressesMeetsTheUsernameBoundButNotAtKnownAddresses() {
        pembatas.mulai("provinsi", RUMAH).berhasil(); // the real user's usual address
        for (int i = 0; i < PembatasPercobaan.BEBAS_NAMA; i++) {
            pembatas.mulai("provinsi", "198.51.100." + i).gagal();
        }
        // a new address now waits, the known one does not
        assertThatThrownBy(() -> pembatas.mulai("provinsi", "192.0.2.1")).isInstanceOfSatisfying(TooManyAttemptsException.class,
                e -> assertThat(e.detik()).isEqualTo(30));
        pembatas.mulai("provinsi", RUMAH).berhasil();
        // the username's count is forgotten an hour after the last failure and its wait
        clock.maju(Duration.ofMinutes(61));
        pembatas.mulai("provinsi", "192.0.2.1").berhasil();
    }

    @Test
    void ipv6CountsByItsSlash64() {
        assertThat(PembatasPercobaan.alamatKunci("2001:db8:1:2:aaaa::1")).isEqualTo(PembatasPercobaan.alamatKunci("2001:db8:1:2:bbbb::9"))
                .isNotEqualTo(PembatasPercobaan.alamatKunci("2001:db8:1:3::1"));
        assertThat(PembatasPercobaan.alamatKunci("::ffff:10.0.0.7")).isEqualTo("10.0.0.7");
        assertThat(PembatasPercobaan.alamatKunci("10.0.0.7")).isEqualTo("10.0.0.7");
    }

    @Test
    void randomNamesDoNotGrowTheMapForever() {
        for (int i = 0; i < 10_001; i++) {
            pembatas.mulai("acak" + i, RUMAH).gagal();
        }
        clock.maju(Duration.ofMinutes(16));
        pembatas.mulai("satu lagi", RUMAH);
        assertThat(pembatas.jumlahCatatan()).isEqualTo(1);
    }

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void maju(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
