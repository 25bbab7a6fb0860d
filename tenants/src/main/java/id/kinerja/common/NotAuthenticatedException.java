package id.kinerja.common;

/** No valid credentials came with the request. The API answers 401 (never with a browser login prompt). */
public class NotAuthenticatedException extends DitolakException {
    public NotAuthenticatedException(String message) {
        super(Jenis.TIDAK_DIKENALI, message);
    }

    /** Without a Basic challenge: a browser must never pop up a credentials prompt. */
    @Override
    public java.util.Map<String, String> kepala() {
        return java.util.Map.of("WWW-Authenticate", "Bearer realm=\"kinerja\"");
    }
}
