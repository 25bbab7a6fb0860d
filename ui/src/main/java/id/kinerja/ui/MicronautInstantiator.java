package id.kinerja.ui;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micronaut.context.ApplicationContext;

import java.util.stream.Stream;

/**
 * Views, layouts and their collaborators created by Micronaut where Micronaut knows the type (a view annotated
 * {@code @Prototype} gets its services through its constructor), Vaadin's own instantiation otherwise. It also
 * hands Vaadin the UI's rules for every service it starts ({@link AturanUi}), so a test service gets them too.
 */
public final class MicronautInstantiator extends DefaultInstantiator {

    private final transient ApplicationContext context;

    public MicronautInstantiator(VaadinService service, ApplicationContext context) {
        super(service);
        this.context = context;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        return context.findBeanDefinition(type).isPresent() ? context.getBean(type) : super.getOrCreate(type);
    }

    @Override
    public Stream<VaadinServiceInitListener> getServiceInitListeners() {
        return Stream.concat(super.getServiceInitListeners(), Stream.of(new AturanUi()));
    }
}
