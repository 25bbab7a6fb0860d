package id.kinerja.tenant;

/** The tenant exists but cannot serve now, e.g. its schema migration failed. */
public final class TenantUnavailableException extends id.kinerja.common.DitolakException {
    public TenantUnavailableException(String slug, String reason) {
        super(Jenis.TIDAK_TERSEDIA, "Dinas '" + slug + "' sedang tidak dapat dilayani: " + reason);
    }
}
