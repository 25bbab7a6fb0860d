package id.kinerja.ui;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import id.kinerja.ui.masuk.MasukView;
import io.micronaut.context.ApplicationContext;

/**
 * The Vaadin servlet, with views and their collaborators created by Micronaut: a view annotated
 * {@code @Prototype} gets its services injected through its constructor.
 */
public final class KinerjaVaadinServlet extends VaadinServlet {

    private final transient ApplicationContext context;

    public KinerjaVaadinServlet(ApplicationContext context) {
        this.context = context;
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        VaadinServletService service = new VaadinServletService(this, configuration) {
            @Override
            protected Instantiator createInstantiator() {
                return new MicronautInstantiator(this, context);
            }
        };
        service.init();
        // Every view says who may open it (@AnonymousAllowed, @PermitAll, @RolesAllowed); one without is refused.
        NavigationAccessControl akses = new NavigationAccessControl();
        akses.setLoginView(MasukView.class);
        service.addUIInitListener(e -> e.getUI().addBeforeEnterListener(akses));
        return service;
    }

    /** Micronaut beans where Micronaut knows the type, Vaadin's own instantiation otherwise. */
    private static final class MicronautInstantiator extends DefaultInstantiator {
        private final transient ApplicationContext context;

        MicronautInstantiator(VaadinServletService service, ApplicationContext context) {
            super(service);
            this.context = context;
        }

        @Override
        public <T> T getOrCreate(Class<T> type) {
            return context.findBeanDefinition(type).isPresent() ? context.getBean(type) : super.getOrCreate(type);
        }
    }
}
