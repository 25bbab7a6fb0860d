package id.kinerja.tenant;

/** The tenant exists but cannot serve now, e.g. its schema migration failed. */
public final class TenantUnavailableException extends RuntimeException {
    public TenantUnavailableException(String slug, String reason) {
        super("Dinas '" + slug + "' sedang tidak dapat dilayani: " + reason);
    }
}
