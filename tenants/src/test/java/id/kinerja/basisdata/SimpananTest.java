package id.kinerja.basisdata;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keeper's rules on their own, with a version counter standing in for {@link VersiTulis} (the databases and the
 * counting of real writes are tested through the caches that use it: IdentitasTersimpanTest, TenantApiTest).
 */
class SimpananTest {

    private final AtomicLong versi = new AtomicLong();
    private final AtomicInteger data = new AtomicInteger(1);

    private Optional<Integer> baca(String kunci) {
        return Optional.of(data.get());
    }

    @Test
    void aValueIsServedUntilTheVersionMoves() {
        Simpanan<String, Integer> s = new Simpanan<>(k -> versi.get(), null, 10);
        assertThat(s.ambil("a", this::baca)).contains(1);
        data.set(2); // not counted as a write: what was kept is still served
        assertThat(s.ambil("a", this::baca)).contains(1);
        versi.incrementAndGet();
        assertThat(s.ambil("a", this::baca)).contains(2);
        assertThat(s.dihitung()).isEqualTo(2);
    }

    @Test
    void aWriteCommittingWhileTheValueIsComputedLeavesItUnused() {
        Simpanan<String, Integer> s = new Simpanan<>(k -> versi.get(), null, 10);
        // the value is read old, then the write commits and moves the version before the value is kept
        assertThat(s.ambil("a", k -> {
            Optional<Integer> lama = baca(k);
            data.set(2);
            versi.incrementAndGet();
            return lama;
        })).contains(1);
        assertThat(s.ambil("a", this::baca)).contains(2);
    }

    @Test
    void theMaximumAgeRecomputesWithoutAWrite() throws InterruptedException {
        Simpanan<String, Integer> s = new Simpanan<>(k -> versi.get(), Duration.ofMillis(50), 10);
        s.ambil("a", this::baca);
        data.set(2);
        assertThat(s.ambil("a", this::baca)).contains(1);
        Thread.sleep(60);
        assertThat(s.ambil("a", this::baca)).contains(2);
    }

    @Test
    void onlyFoundValuesAreKeptAndAKeyNowUnknownIsDropped() {
        Simpanan<String, Integer> s = new Simpanan<>(k -> versi.get(), null, 10);
        assertThat(s.ambil("a", k -> Optional.empty())).isEmpty();
        assertThat(s.ambil("a", k -> Optional.empty())).isEmpty();
        assertThat(s.dihitung()).isEqualTo(2);
        s.ambil("a", this::baca);
        versi.incrementAndGet();
        assertThat(s.ambil("a", k -> Optional.empty())).isEmpty();
        versi.decrementAndGet(); // even under its old version the dropped value is not served again
        long sebelum = s.dihitung();
        s.ambil("a", this::baca);
        assertThat(s.dihitung()).isEqualTo(sebelum + 1);
    }

    @Test
    void pastTheBoundEverythingKeptIsDroppedAndZeroKeepsNothing() {
        Simpanan<String, Integer> s = new Simpanan<>(k -> versi.get(), null, 2);
        s.ambil("a", this::baca);
        s.ambil("b", this::baca);
        s.ambil("c", this::baca); // a and b dropped
        long sebelum = s.dihitung();
        s.ambil("c", this::baca);
        assertThat(s.dihitung()).isEqualTo(sebelum);
        s.ambil("a", this::baca);
        assertThat(s.dihitung()).isEqualTo(sebelum + 1);

        Simpanan<String, Integer> mati = new Simpanan<>(k -> versi.get(), null, 0);
        mati.ambil("a", this::baca);
        mati.ambil("a", this::baca);
        assertThat(mati.dihitung()).isEqualTo(2);
    }

    @Test
    void eachKeyHasItsOwnVersion() {
        AtomicLong versiB = new AtomicLong();
        Simpanan<String, Integer> s = new Simpanan<>(k -> k.equals("b") ? versiB.get() : versi.get(), null, 10);
        s.ambil("a", this::baca);
        s.ambil("b", this::baca);
        data.set(2);
        versiB.incrementAndGet();
        assertThat(s.ambil("a", this::baca)).contains(1);
        assertThat(s.ambil("b", this::baca)).contains(2);
    }
}
