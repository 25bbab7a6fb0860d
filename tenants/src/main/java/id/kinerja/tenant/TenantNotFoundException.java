package id.kinerja.tenant;

import id.kinerja.common.NotFoundException;

/** No active tenant has this slug (unknown and suspended look the same from outside). */
public final class TenantNotFoundException extends NotFoundException {
    public TenantNotFoundException(String slug) {
        super("Dinas '" + slug + "' tidak ditemukan");
    }
}
