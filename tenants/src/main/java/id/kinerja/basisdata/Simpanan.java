package id.kinerja.basisdata;

import id.kinerja.config.PlatformCacheSettings;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Values computed from the database, kept per key beside a {@link VersiTulis} version and served only while that
 * version has not moved, so a write committed through this process is seen by the next read. The one place of the
 * reasoning that makes this safe: the version is read <em>before</em> the value is computed, so a write committing in
 * between leaves the value under an old number, used by no later read (the worst is one needless recompute, never an
 * old value under a new number). Reads take no lock.
 * <p>
 * Only values found are kept (an unknown key always asks the database, so guesses cannot fill memory, and a kept value
 * whose key is now unknown is dropped). Optionally also recomputed after a maximum age whatever happened, for writes
 * this process cannot see (another node, psql). Bounded by a number of keys: past it everything kept is dropped at once
 * (cheaper than choosing which to drop, and the kept set refills with what is asked for).
 * <p>
 * Used for sign-ins and registry rows ({@link #platform}) and templates' frameworks ({@code Pendaftaran}). The capaian
 * answers ({@code CapaianTersimpan}) keep their own map: bounded by bytes, least recently used first out, and a locked
 * quarter's answer guarded by another version than the others of its key.
 */
public final class Simpanan<K, V> {

    private record Isi<V>(V nilai, long versi, long sejak) {
    }

    private final ConcurrentHashMap<K, Isi<V>> isi = new ConcurrentHashMap<>();
    private final ToLongFunction<? super K> versi;
    private final long umurNanos;
    private final int maks;
    private final AtomicLong dihitung = new AtomicLong();

    /**
     * @param versi the write version guarding a key's value (e.g. {@link VersiTulis#versi(String)} of the schema it is
     *              read from): it must move after every committed write the value depends on
     * @param umur  the longest a value is served without being recomputed; {@code null}: as long as the version stands
     * @param maks  the most keys kept; 0 or less: nothing is kept, every read computes
     */
    public Simpanan(ToLongFunction<? super K> versi, @Nullable Duration umur, int maks) {
        this.versi = versi;
        this.umurNanos = umur == null ? Long.MAX_VALUE : umur.toNanos();
        this.maks = maks;
    }

    /** What sign-in keeps from the platform schema, behind {@link VersiTulis#versiPlatform()}, as the settings say. */
    public static <K, V> Simpanan<K, V> platform(VersiTulis versi, PlatformCacheSettings settings) {
        return new Simpanan<>(k -> versi.versiPlatform(), settings.maxAge(),
                settings.enabled() ? Math.max(1, settings.maxEntries()) : 0);
    }

    /** The value of {@code kunci}: kept and still current, or computed now by {@code hitung} (and kept when found). */
    public Optional<V> ambil(K kunci, Function<? super K, Optional<V>> hitung) {
        if (maks <= 0) {
            dihitung.incrementAndGet();
            return hitung.apply(kunci);
        }
        long v = versi.applyAsLong(kunci); // before anything is read: a write committing meanwhile leaves this value dead
        long sekarang = System.nanoTime();
        Isi<V> ada = isi.get(kunci);
        if (ada != null && ada.versi() == v && sekarang - ada.sejak() < umurNanos) {
            return Optional.of(ada.nilai());
        }
        dihitung.incrementAndGet();
        Optional<V> baru = hitung.apply(kunci);
        if (baru.isPresent()) {
            if (isi.size() >= maks) {
                isi.clear();
            }
            isi.put(kunci, new Isi<>(baru.get(), v, sekarang));
        } else if (ada != null) {
            isi.remove(kunci, ada);
        }
        return baru;
    }

    /** How many times a value was computed (not served from what was kept) since start. */
    public long dihitung() {
        return dihitung.get();
    }
}
