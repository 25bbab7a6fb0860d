package id.kinerja.tenant;

import id.kinerja.common.DitolakException;
import id.kinerja.common.Sebab;

import java.sql.SQLException;
import java.util.Optional;

/** The database server of the dinas being served does not answer: that dinas answers 503, the others serve on. */
public final class ServerTidakTerjangkau extends DitolakException {

    /** Hikari's words (without SQLSTATE) for a connection it has thrown out after a fatal error on it. */
    private static final String DITUTUP = "Connection is closed";

    ServerTidakTerjangkau(String server, Throwable sebab) {
        super(Jenis.TIDAK_TERSEDIA, "Server basis data dinas ini (" + server + ") tidak dapat dihubungi; dinas lain tetap"
                + " dilayani. Coba lagi beberapa saat lagi atau hubungi administrator.");
        initCause(sebab);
    }

    /**
     * This refusal, when {@code e}'s causes hold it or a lost connection (SQLSTATE class 08, or 57P01–57P03: the
     * server shut down, crashed or cannot take connections now; or Hikari's closed connection) while a dinas is being
     * served: a connection taken from the pool just before its server stopped fails that way.
     */
    public static Optional<ServerTidakTerjangkau> dari(Throwable e) {
        Optional<ServerTidakTerjangkau> ada = Sebab.pertama(e, ServerTidakTerjangkau.class);
        if (ada.isPresent()) {
            return ada;
        }
        Optional<TenantRef> dinas = TenantScope.current();
        if (dinas.isEmpty()) {
            return Optional.empty();
        }
        return Sebab.pertama(e, t -> t instanceof SQLException s && (s.getSQLState() != null
                        && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P0"))
                        || DITUTUP.equals(s.getMessage())))
                .map(sebab -> new ServerTidakTerjangkau(dinas.get().locator(), sebab));
    }
}
