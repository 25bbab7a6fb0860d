package id.kinerja.tenant;

import java.time.Duration;

/**
 * A start-up job's background thread (the roll-out, the crash recovery): started at most once, and waited for by the
 * health check, tests and shutdown.
 */
final class PekerjaLatar {

    private final String nama;
    private volatile Thread thread;

    PekerjaLatar(String nama) {
        this.nama = nama;
    }

    void mulai(Runnable kerja) {
        thread = Thread.ofPlatform().name(nama).daemon().start(kerja);
    }

    /** Waits until the job has ended, or was never started (true), or {@code batas} has passed (false). */
    boolean tunggu(Duration batas) throws InterruptedException {
        Thread t = thread;
        return t == null || t.join(batas);
    }
}
