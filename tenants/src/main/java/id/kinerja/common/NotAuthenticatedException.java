package id.kinerja.common;

/** No valid credentials came with the request. The API answers 401 (never with a browser login prompt). */
public class NotAuthenticatedException extends RuntimeException {
    public NotAuthenticatedException(String message) {
        super(message);
    }
}
