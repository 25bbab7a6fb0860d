package id.kinerja.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.startup.ErrorNavigationTargetInitializer;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;
import com.vaadin.flow.server.startup.RouteRegistryInitializer;
import com.vaadin.flow.server.startup.ServletContextListeners;
import com.vaadin.flow.server.startup.VaadinAppShellInitializer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Starts Vaadin in a servlet context without classpath scanning: Vaadin's own initializers are run by hand
 * with the classes they would have found: the {@code @Route}, {@code @Layout} and error-page beans Micronaut compiled in.
 */
public final class VaadinInitializer implements ServletContextListener {

    private final ApplicationContext context;
    private final ServletContextListeners vaadinListeners = new ServletContextListeners();

    public VaadinInitializer(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Rute rute = rute(context);
        run(new LookupServletContainerInitializer(), event, Set.of(LookupInitializer.class));
        run(new ErrorNavigationTargetInitializer(), event, new HashSet<>(rute.galat()));
        Set<Class<?>> routes = new HashSet<>(rute.halaman());
        routes.addAll(rute.tataLetak());
        run(new RouteRegistryInitializer(), event, routes);
        run(new VaadinAppShellInitializer(), event, Set.of(AppShell.class));
        vaadinListeners.contextInitialized(event);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        vaadinListeners.contextDestroyed(event);
    }

    /**
     * What Vaadin would have found by scanning: the views ({@code @Route}), the main layouts ({@code @Layout}) and the
     * error pages ({@link HasErrorParameter}), all of them beans Micronaut compiled in.
     */
    public static Rute rute(ApplicationContext context) {
        return new Rute(
                jenis(context.getBeanDefinitions(Qualifiers.byStereotype(Route.class)), Component.class),
                jenis(context.getBeanDefinitions(HasErrorParameter.class), Component.class),
                jenis(context.getBeanDefinitions(Qualifiers.byStereotype(Layout.class)), Component.class));
    }

    @SuppressWarnings("unchecked")
    private static <T> Set<Class<? extends T>> jenis(Collection<? extends BeanDefinition<?>> beans, Class<T> base) {
        return beans.stream().map(BeanDefinition::getBeanType).filter(base::isAssignableFrom)
                .map(c -> (Class<? extends T>) c).collect(Collectors.toSet());
    }

    /** The UI's classes by the role Vaadin gives them. */
    public record Rute(Set<Class<? extends Component>> halaman, Set<Class<? extends Component>> galat,
                       Set<Class<? extends Component>> tataLetak) {
    }

    private static void run(ServletContainerInitializer initializer, ServletContextEvent event, Set<Class<?>> classes) {
        try {
            initializer.onStartup(new HashSet<>(classes), event.getServletContext());
        } catch (ServletException e) {
            throw new IllegalStateException("Vaadin did not start: " + e.getMessage(), e);
        }
    }
}
