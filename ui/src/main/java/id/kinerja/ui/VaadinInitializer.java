package id.kinerja.ui;

import com.vaadin.flow.di.LookupInitializer;
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

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Starts Vaadin in a servlet context without classpath scanning: Vaadin's own initializers are run by hand
 * with the classes they would have found. Routes are the {@code @Route} beans Micronaut compiled in.
 */
public final class VaadinInitializer implements ServletContextListener {

    private final ApplicationContext context;
    private final ServletContextListeners vaadinListeners = new ServletContextListeners();

    public VaadinInitializer(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Set<Class<?>> routes = context.getBeanDefinitions(Qualifiers.byStereotype(Route.class)).stream()
                .map(BeanDefinition::getBeanType)
                .collect(Collectors.toSet());
        run(new LookupServletContainerInitializer(), event, Set.of(LookupInitializer.class));
        run(new ErrorNavigationTargetInitializer(), event, Set.of());
        run(new RouteRegistryInitializer(), event, routes);
        run(new VaadinAppShellInitializer(), event, Set.of(AppShell.class));
        vaadinListeners.contextInitialized(event);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        vaadinListeners.contextDestroyed(event);
    }

    private static void run(ServletContainerInitializer initializer, ServletContextEvent event, Set<Class<?>> classes) {
        try {
            initializer.onStartup(new HashSet<>(classes), event.getServletContext());
        } catch (ServletException e) {
            throw new IllegalStateException("Vaadin did not start: " + e.getMessage(), e);
        }
    }
}
