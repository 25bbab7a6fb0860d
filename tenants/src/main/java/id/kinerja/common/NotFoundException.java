package id.kinerja.common;

/** The thing asked for does not exist for this caller (another tenant's ids look the same). The API answers 404. */
public class NotFoundException extends DitolakException {
    public NotFoundException(String message) {
        super(Jenis.TIDAK_DITEMUKAN, message);
    }
}
