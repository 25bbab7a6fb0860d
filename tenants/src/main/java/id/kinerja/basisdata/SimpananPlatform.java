package id.kinerja.basisdata;

import id.kinerja.config.PlatformCacheSettings;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Values read from the platform schema (a token's user, a registry row), kept beside {@link VersiTulis#versiPlatform()}
 * read <em>before</em> the database was: one is served only while that version has not moved, so any committed write
 * to the platform schema through this process (a token revoked, a role changed, a password set, a dinas suspended,
 * a migration recorded) makes the next request read again. Also re-read after {@link PlatformCacheSettings#maxAge()}
 * whatever happened, for writes this process cannot see. Only values found are kept (an unknown key always asks the
 * database, so guesses cannot fill memory); past {@link PlatformCacheSettings#maxEntries()} everything kept is dropped.
 */
public final class SimpananPlatform<K, V> {

    private record Isi<V>(V nilai, long versi, long sejak) {
    }

    private final ConcurrentHashMap<K, Isi<V>> simpanan = new ConcurrentHashMap<>();
    private final VersiTulis versi;
    private final boolean aktif;
    private final long umurNanos;
    private final int maks;
    private final AtomicLong dibaca = new AtomicLong();

    public SimpananPlatform(VersiTulis versi, PlatformCacheSettings settings) {
        this.versi = versi;
        this.aktif = settings.enabled();
        this.umurNanos = settings.maxAge().toNanos();
        this.maks = Math.max(1, settings.maxEntries());
    }

    /** The value of {@code kunci}: kept and still current, or read now by {@code dariBasisData} (and kept when found). */
    public Optional<V> baca(K kunci, Function<? super K, Optional<V>> dariBasisData) {
        if (!aktif) {
            dibaca.incrementAndGet();
            return dariBasisData.apply(kunci);
        }
        long v = versi.versiPlatform(); // before the database is read: a write committing meanwhile leaves this value dead
        long sekarang = System.nanoTime();
        Isi<V> ada = simpanan.get(kunci);
        if (ada != null && ada.versi() == v && sekarang - ada.sejak() < umurNanos) {
            return Optional.of(ada.nilai());
        }
        dibaca.incrementAndGet();
        Optional<V> baru = dariBasisData.apply(kunci);
        if (baru.isPresent()) {
            if (simpanan.size() >= maks) {
                simpanan.clear();
            }
            simpanan.put(kunci, new Isi<>(baru.get(), v, sekarang));
        } else if (ada != null) {
            simpanan.remove(kunci, ada);
        }
        return baru;
    }

    /** How many times the database was asked (not answered from what was kept) since start. */
    public long dibaca() {
        return dibaca.get();
    }
}
