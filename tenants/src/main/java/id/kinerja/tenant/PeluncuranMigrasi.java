package id.kinerja.tenant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Rolls a new tenant changelog out to the dinas behind it, one dinas per transaction on one background thread, while
 * Kinerja serves: a dinas serves again as soon as its own migration commits, and until then answers 503
 * ({@link TenantRegistry#serving}), so no request ever runs against an old schema. A dinas whose migration fails is
 * marked failed (503, its reason in the registry and the log) and the others go on; the next start (a rerun) tries
 * the failed and the not yet reached ones again and skips those done. Progress: {@link #kemajuan()}, shown by the
 * health check, and the {@code kinerja_tenants_migration} gauge.
 */
@Singleton
public final class PeluncuranMigrasi {

    private static final Logger LOG = LoggerFactory.getLogger(PeluncuranMigrasi.class);

    private final Migrations migrations;
    private volatile Kemajuan kemajuan;
    private volatile boolean berhenti;
    private final PekerjaLatar pekerja = new PekerjaLatar("pembaruan-skema");

    PeluncuranMigrasi(Migrations migrations) {
        this.migrations = migrations;
        this.kemajuan = new Kemajuan(migrations.tenantVersion(), false, 0, 0, 0, null, null, null);
    }

    /** Starts the roll-out of the dinas behind the current changelog; returns at once. Called once, at start-up. */
    synchronized void mulai() {
        List<Tenant> tertinggal = migrations.tenantsBehind();
        String versi = migrations.tenantVersion();
        Instant mulai = Instant.now();
        kemajuan = new Kemajuan(versi, !tertinggal.isEmpty(), tertinggal.size(), 0, 0, null, mulai, tertinggal.isEmpty() ? 0L : null);
        if (tertinggal.isEmpty()) {
            return;
        }
        LOG.info("Pembaruan skema ke {}: {} dinas diperbarui di latar belakang; dinas lain tetap dilayani", versi, tertinggal.size());
        pekerja.mulai(() -> jalankan(tertinggal, versi, mulai));
    }

    private void jalankan(List<Tenant> tertinggal, String versi, Instant mulai) {
        long t0 = System.nanoTime();
        int selesai = 0;
        int gagal = 0;
        for (Tenant t : tertinggal) {
            if (berhenti) {
                LOG.info("Pembaruan skema dihentikan (Kinerja berhenti) setelah {} dari {} dinas; dilanjutkan saat mulai lagi",
                        selesai + gagal, tertinggal.size());
                break;
            }
            kemajuan = new Kemajuan(versi, true, tertinggal.size(), selesai, gagal, t.slug(), mulai, null);
            if (migrations.migrate(t, versi)) {
                selesai++;
            } else {
                gagal++;
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        kemajuan = new Kemajuan(versi, false, tertinggal.size(), selesai, gagal, null, mulai, ms);
        LOG.info("Pembaruan skema ke {}: {} dinas diperbarui, {} gagal, {} ms", versi, selesai, gagal, ms);
    }

    /** Where the roll-out stands. */
    public Kemajuan kemajuan() {
        return kemajuan;
    }

    /** Waits until the roll-out has ended (true) or {@code batas} has passed (false). */
    public boolean tunggu(Duration batas) throws InterruptedException {
        return pekerja.tunggu(batas);
    }

    /** On shutdown: the dinas being migrated finishes (or rolls back), no next one starts. */
    @PreDestroy
    void tutup() throws InterruptedException {
        berhenti = true;
        tunggu(Duration.ofSeconds(60));
    }

    /**
     * @param versi      the changelog version every dinas is being brought to
     * @param berjalan   the roll-out is still going
     * @param total      dinas behind at start-up
     * @param selesai    of them migrated so far
     * @param gagal      of them failed (they answer 503 until a rerun succeeds)
     * @param sedang     the dinas being migrated now
     * @param milidetik  the roll-out's whole time, once it has ended
     */
    @Serdeable
    public record Kemajuan(String versi, boolean berjalan, int total, int selesai, int gagal, @Nullable String sedang,
                           @Nullable Instant mulai, @Nullable Long milidetik) {
    }
}
