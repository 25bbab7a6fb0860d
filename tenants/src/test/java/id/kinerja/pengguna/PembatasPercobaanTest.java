package id.kinerja.pengguna;

import id.kinerja.common.TooManyAttemptsException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sign-in throttle: attempts are reserved before the password is checked, so a burst cannot outrun it. */
class PembatasPercobaanTest {

    final MutableClock clock = new MutableClock();
    final PembatasPercobaan pembatas = new PembatasPercobaan(clock);

    @Test
    void afterFourFailuresOnlyOneAttemptIsCheckedAtATime() {
        for (int i = 0; i < 4; i++) {
            pembatas.mulai("Editor");
            pembatas.gagal("editor");
        }
        pembatas.mulai("editor"); // the fifth, still being checked
        assertThatThrownBy(() -> pembatas.mulai("EDITOR ")).isInstanceOf(TooManyAttemptsException.class);
        pembatas.gagal("editor");
        // the fifth failure makes the user wait 30 s
        assertThatThrownBy(() -> pembatas.mulai("editor")).isInstanceOfSatisfying(TooManyAttemptsException.class,
                e -> assertThat(e.detik()).isEqualTo(30));
        clock.maju(Duration.ofSeconds(31));
        pembatas.mulai("editor");
        pembatas.berhasil("editor");
        pembatas.mulai("editor"); // a success starts the count again
    }

    @Test
    void aFreshUserHasAtMostFiveAttemptsInFlight() {
        for (int i = 0; i < 5; i++) {
            pembatas.mulai("pembaca");
        }
        assertThatThrownBy(() -> pembatas.mulai("pembaca")).isInstanceOf(TooManyAttemptsException.class);
        pembatas.batal("pembaca"); // an attempt that ended in an error frees its place without counting
        pembatas.mulai("pembaca");
        pembatas.mulai("lain"); // other users are not affected
    }

    @Test
    void randomNamesDoNotGrowTheMapForever() {
        for (int i = 0; i < 10_001; i++) {
            pembatas.mulai("acak" + i);
            pembatas.gagal("acak" + i);
        }
        clock.maju(Duration.ofMinutes(16));
        pembatas.mulai("satu lagi");
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
