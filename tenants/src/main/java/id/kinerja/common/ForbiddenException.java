package id.kinerja.common;

/** The user is known but may not do this. The API answers 403. */
public class ForbiddenException extends DitolakException {
    public ForbiddenException(String message) {
        super(Jenis.DILARANG, message);
    }
}
