package id.kinerja.common;

/** Too many failed sign-ins: wait {@code detik} seconds. The API answers 429 with Retry-After. */
public class TooManyAttemptsException extends RuntimeException {

    private final long detik;

    public TooManyAttemptsException(long detik) {
        super("Terlalu banyak percobaan masuk yang gagal; coba lagi dalam " + detik + " detik");
        this.detik = detik;
    }

    public long detik() {
        return detik;
    }
}
