package id.kinerja.common;

/** Too many failed sign-ins: wait {@code detik} seconds. The API answers 429 with Retry-After. */
public class TooManyAttemptsException extends DitolakException {

    private final long detik;

    public TooManyAttemptsException(long detik) {
        super(Jenis.TERLALU_SERING, "Terlalu banyak percobaan masuk yang gagal; coba lagi dalam " + detik + " detik");
        this.detik = detik;
    }

    @Override
    public java.util.Map<String, String> kepala() {
        return java.util.Map.of("Retry-After", Long.toString(detik));
    }

    public long detik() {
        return detik;
    }
}
