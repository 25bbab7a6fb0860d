package id.kinerja.basisdata;

import id.kinerja.common.DitolakException;

/** The database server of the dinas being served does not answer: that dinas answers 503, the others serve on. */
public final class ServerTidakTerjangkau extends DitolakException {

    ServerTidakTerjangkau(String server, Throwable sebab) {
        super(Jenis.TIDAK_TERSEDIA, "Server basis data dinas ini (" + server + ") tidak dapat dihubungi; dinas lain tetap"
                + " dilayani. Coba lagi beberapa saat lagi atau hubungi administrator.");
        initCause(sebab);
    }
}
