package id.kinerja.basisdata;

import id.kinerja.tenant.TenantSchemas;
import jakarta.inject.Singleton;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How often each schema has been written, counted by {@link KoneksiTercatat} after every commit that wrote to it (and
 * for every schema when a write's target could not be told). A value kept beside the version read <em>before</em> the
 * data it was computed from is current as long as the version has not moved: a counter moves only after the write has
 * committed, so a reader that sees the old number either read the old data, or read the new data early — never keeps
 * old data under a new number. In-process: writes by another process (another node, psql) are not counted.
 */
@Singleton
public final class VersiTulis {

    private static final class Hitungan {
        final AtomicLong semua = new AtomicLong();
        final AtomicLong kunci = new AtomicLong();
    }

    private final ConcurrentHashMap<String, Hitungan> perSkema = new ConcurrentHashMap<>();
    /** Bumped when a write's schema could not be told: moves every schema's versions at once. */
    private final AtomicLong global = new AtomicLong();

    /** Changes after every committed write to {@code schema}. */
    public long versi(String schema) {
        Hitungan h = perSkema.get(schema); // a schema never written counts 0: reading keeps no entry
        return global.get() + (h == null ? 0 : h.semua.get());
    }

    /**
     * Changes after every committed write to the platform schema (registry, users, roles, tokens, jobs: any write on a
     * connection not working for a dinas, or naming {@code platform}), and with every write whose schema is not known.
     */
    public long versiPlatform() {
        return versi(TenantSchemas.PLATFORM);
    }

    /**
     * Changes after every committed write that may touch a quarter's approval state in {@code schema} (its table
     * named, DDL, or a target not known): a locked quarter's snapshot is current while this has not moved.
     */
    public long versiPersetujuan(String schema) {
        Hitungan h = perSkema.get(schema);
        return global.get() + (h == null ? 0 : h.kunci.get());
    }

    void naik(String schema, boolean persetujuan) {
        Hitungan h = hitungan(schema);
        if (persetujuan) {
            h.kunci.incrementAndGet();
        }
        h.semua.incrementAndGet();
    }

    void naikSemua() {
        global.incrementAndGet();
    }

    private Hitungan hitungan(String schema) {
        return perSkema.computeIfAbsent(schema, s -> new Hitungan());
    }
}
