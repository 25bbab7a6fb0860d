package id.kinerja.ui;

import id.kinerja.pengguna.Identitas;
import id.kinerja.pengguna.Pelaku;
import id.kinerja.pengguna.Peran;
import id.kinerja.tenant.JejakKonteks;
import io.micronaut.core.propagation.PropagatedContext;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.security.Principal;
import java.util.Optional;

/**
 * In front of the Vaadin servlet: the user signed in to this browser session becomes the request's principal
 * (so Vaadin's {@code @PermitAll}/{@code @RolesAllowed} work) and, for the request, the {@link Pelaku} and audit
 * identity of every service call a view makes. Roles: {@code PROVINSI}, and each {@link Peran} the user has in
 * some dinas (a view checks the dinas itself).
 */
public final class PenggunaSesi implements Filter {

    private final Identitas identitas;

    public PenggunaSesi(Identitas identitas) {
        this.identitas = identitas;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        Optional<Pelaku> pelaku = dari(identitas, http);
        if (pelaku.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Pelaku p = pelaku.get();
        HttpServletRequest dibungkus = new HttpServletRequestWrapper(http) {
            @Override
            public Principal getUserPrincipal() {
                return p::username;
            }

            @Override
            public String getRemoteUser() {
                return p.username();
            }

            @Override
            public boolean isUserInRole(String role) {
                return punyaPeran(p, role);
            }
        };
        try (PropagatedContext.Scope ignored = sebagai(p)) {
            chain.doFilter(dibungkus, response);
        }
    }

    /**
     * Puts {@code pelaku} and their audit identity into the propagated context until the scope closes: every
     * service call of a view then runs for them. The filter does it per request; browserless tests per test.
     */
    public static PropagatedContext.Scope sebagai(Pelaku pelaku) {
        return PropagatedContext.getOrEmpty().plus(pelaku).plus(new JejakKonteks(pelaku.username(), null, false)).propagate();
    }

    /** The user signed in to this browser session, if any (and still active). */
    public static Optional<Pelaku> dari(Identitas identitas, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object id = session == null ? null : session.getAttribute(Identitas.ATRIBUT_SESI);
        return id instanceof Long penggunaId ? identitas.pelaku(penggunaId) : Optional.empty();
    }

    /** Signs this browser in as {@code pelaku}: a new session id first (no fixation), then the user in it. */
    public static void masukkan(HttpServletRequest request, Pelaku pelaku) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(Identitas.ATRIBUT_SESI, pelaku.id());
    }

    /** Signs this browser out. */
    public static void keluarkan(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** The request roles of a user: {@code PROVINSI} for the provincial admin, each {@link Peran} they hold somewhere. */
    public static boolean punyaPeran(Pelaku p, String role) {
        return "PROVINSI".equals(role) ? p.provinsi() : p.peran().containsValue(peran(role));
    }

    private static Peran peran(String role) {
        try {
            return Peran.valueOf(role);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
