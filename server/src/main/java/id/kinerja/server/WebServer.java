package id.kinerja.server;

import com.vaadin.flow.server.InitParameters;
import id.kinerja.config.KinerjaSettings;
import id.kinerja.pengguna.Identitas;
import id.kinerja.ui.KinerjaVaadinServlet;
import id.kinerja.ui.PenggunaSesi;
import id.kinerja.ui.VaadinInitializer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.servlet.engine.DefaultMicronautServlet;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.MultipartConfigElement;
import jakarta.inject.Singleton;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.FilterMapping;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;

/**
 * Embedded Jetty serving two servlets on one port: Micronaut's (the JSON API under {@code /api/*})
 * and Vaadin's (the UI under {@code /*}). Both share the servlet session.
 */
@Singleton
public final class WebServer {

    private final ApplicationContext context;
    private final KinerjaSettings settings;
    private Server jetty;

    WebServer(ApplicationContext context, KinerjaSettings settings) {
        this.context = context;
        this.settings = settings;
    }

    public synchronized void start() {
        if (jetty != null) {
            return;
        }
        // a bounded pool: past it requests wait in Jetty's queue in arrival order instead of ~50 threads time-sliced on
        // 2 cores (capaian load: p99 194/135 ms with Jetty's default 200, 39 ms with 32; benchmarks.md)
        Server server = new Server(new QueuedThreadPool(settings.httpThreads()));
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false); // no "Server: Jetty(…)" banner
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setPort(settings.port());
        server.addConnector(connector);

        ServletContextHandler handler = new ServletContextHandler(ServletContextHandler.SESSIONS);
        handler.setContextPath("/");
        handler.setClassLoader(WebServer.class.getClassLoader());
        handler.setBaseResource(webResources(handler));
        handler.getSessionHandler().getSessionCookieConfig().setHttpOnly(true);
        handler.getSessionHandler().setSameSite(org.eclipse.jetty.http.HttpCookie.SameSite.LAX);
        // Always production mode, on the bundle the build made from Vaadin's pre-compiled one (no Node needed).
        handler.setInitParameter(InitParameters.SERVLET_PARAMETER_PRODUCTION_MODE, "true");
        handler.addEventListener(new VaadinInitializer(context));

        ServletHolder api = new ServletHolder("micronaut", new DefaultMicronautServlet(context));
        api.setAsyncSupported(false); // async mode logs a spurious error on every call
        api.getRegistration().setMultipartConfig(new MultipartConfigElement(
                System.getProperty("java.io.tmpdir"), 20L << 20, 21L << 20, 1 << 20)); // uploads up to 20 MB
        handler.addServlet(api, "/api/*");

        ServletHolder ui = new ServletHolder("vaadin", new KinerjaVaadinServlet(context));
        ui.setAsyncSupported(true);
        handler.addServlet(ui, "/*");
        // the log's dinas and user end with the request (the API's gate sets them for its error handlers too)
        FilterHolder log = new FilterHolder(new KonteksLog());
        log.setName("konteks-log");
        log.setAsyncSupported(true);
        handler.addFilter(log, "/*", EnumSet.of(DispatcherType.REQUEST));
        // The signed-in user as the Vaadin requests' principal; the API finds its user itself (PintuApi).
        FilterHolder sesi = new FilterHolder(new PenggunaSesi(context.getBean(Identitas.class)));
        sesi.setName("pengguna-sesi");
        sesi.setAsyncSupported(true);
        FilterMapping hanyaUi = new FilterMapping();
        hanyaUi.setFilterName("pengguna-sesi");
        hanyaUi.setServletName("vaadin");
        hanyaUi.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST));
        handler.getServletHandler().addFilter(sesi, hanyaUi);

        // Jetty's own errors (an ambiguous path, a header too large) in the API's JSON shape, security headers everywhere
        handler.setErrorHandler(new KeamananHttp.GalatJson());
        server.setErrorHandler(new KeamananHttp.GalatJson());
        server.setHandler(new KeamananHttp.Kepala(handler));
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("The web server did not start on port " + settings.port() + ": "
                    + e.getMessage(), e);
        }
        jetty = server;
    }

    /**
     * Static web resources of the jars ({@code META-INF/resources}, e.g. the Lumo theme's CSS), as a servlet
     * container with classpath scanning would offer them.
     */
    private static Resource webResources(ServletContextHandler handler) {
        ResourceFactory factory = ResourceFactory.of(handler);
        try {
            List<Resource> roots = new ArrayList<>();
            for (URL url : Collections.list(WebServer.class.getClassLoader().getResources("META-INF/resources"))) {
                roots.add(factory.newResource(url));
            }
            return ResourceFactory.combine(roots);
        } catch (IOException e) {
            throw new UncheckedIOException("Web resources cannot be read: " + e.getMessage(), e);
        }
    }

    /** The port actually bound (differs from the setting when that is 0). */
    public int port() {
        return ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    }

    public String url() {
        return "http://localhost:" + port() + "/";
    }

    @PreDestroy
    public synchronized void stop() {
        if (jetty != null) {
            try {
                jetty.stop();
            } catch (Exception e) {
                throw new IllegalStateException("The web server did not stop: " + e.getMessage(), e);
            } finally {
                jetty = null;
            }
        }
    }
}
