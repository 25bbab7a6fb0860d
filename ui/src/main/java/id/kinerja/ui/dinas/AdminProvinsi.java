package id.kinerja.ui.dinas;

import id.kinerja.common.ForbiddenException;
import id.kinerja.common.NotAuthenticatedException;
import id.kinerja.pengguna.Izin;
import id.kinerja.pengguna.Pelaku;

import java.util.function.Supplier;

/**
 * The province's pages check their role at the door ({@code @RolesAllowed("PROVINSI")}); every action they take is
 * checked again here, with the API's {@link Izin#ADMIN_PROVINSI}, so an action forced past a hidden control is refused.
 */
public final class AdminProvinsi {

    private AdminProvinsi() {
    }

    /** Runs {@code kerja} for the provincial admin; anybody else is refused. */
    public static <T> T jalankan(Supplier<T> kerja) {
        Pelaku p = Pelaku.current().orElseThrow(() -> new NotAuthenticatedException("Masuk dahulu"));
        if (!Izin.ADMIN_PROVINSI.boleh(null, p.provinsi())) {
            throw new ForbiddenException("Hanya admin provinsi yang dapat melakukan langkah ini");
        }
        return kerja.get();
    }

    public static void jalankan(Runnable kerja) {
        jalankan(() -> {
            kerja.run();
            return null;
        });
    }
}
