package id.kinerja.common;

/** The user is known but may not do this. The API answers 403. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
