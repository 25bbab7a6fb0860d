package id.kinerja.server;

import id.kinerja.tenant.JejakKonteks;
import id.kinerja.tenant.TenantRef;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.slf4j.MDC;

import java.io.IOException;

/**
 * Clears the dinas and the user from the log's MDC when a request leaves the servlets, so that a Jetty worker carries
 * neither into its next request. The API's gate puts them there for the whole rest of its request, error handling
 * included; elsewhere the propagated context sets and restores them itself (docs/operations.md).
 */
final class KonteksLog implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(TenantRef.MDC_DINAS);
            MDC.remove(JejakKonteks.MDC_PENGGUNA);
        }
    }
}
