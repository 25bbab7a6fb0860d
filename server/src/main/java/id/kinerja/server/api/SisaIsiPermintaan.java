package id.kinerja.server.api;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.servlet.http.ServletHttpRequest;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/**
 * A request answered without reading its body (refused before it: 401, 403, 404…) has its body read and dropped
 * before the answer goes out, up to 1 MB; a larger one is answered with {@code Connection: close}.
 * <p>
 * Otherwise Jetty, finding unread content when the servlet returns, closes the connection after an answer that
 * already went out as keep-alive: a client that sends its next request on that connection in the meantime gets
 * nothing back ("HTTP/1.1 header parser received no bytes" in Java's client), and does not retry a POST or a DELETE.
 */
@ServerFilter("/api/**")
final class SisaIsiPermintaan implements Ordered {

    static final int BATAS = 1 << 20;

    @ResponseFilter
    void habiskan(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!(request instanceof ServletHttpRequest<?, ?> servlet)) {
            return;
        }
        HttpServletRequest asli = (HttpServletRequest) servlet.getNativeRequest();
        if (asli.getContentLengthLong() == 0 || (asli.getContentLengthLong() < 0 && asli.getHeader("Transfer-Encoding") == null)) {
            return; // no body
        }
        try {
            ServletInputStream in = asli.getInputStream();
            if (in.isFinished()) {
                return;
            }
            if (asli.getContentLengthLong() <= BATAS) {
                byte[] buffer = new byte[8192];
                long dibaca = 0;
                int n;
                while (dibaca <= BATAS && (n = in.read(buffer)) >= 0) {
                    dibaca += n;
                }
                if (dibaca <= BATAS) {
                    return;
                }
            }
        } catch (IllegalStateException e) {
            return; // the body was read through a Reader
        } catch (IOException e) {
            // the client broke off: the connection is not reused
        }
        response.header(HttpHeaders.CONNECTION, "close");
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
