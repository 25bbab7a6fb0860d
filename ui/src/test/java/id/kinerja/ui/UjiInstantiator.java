package id.kinerja.ui;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;

/** Gives the browserless test's Vaadin service the same Micronaut instantiator (and UI rules) as the real servlet. */
public class UjiInstantiator implements InstantiatorFactory {

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        return new MicronautInstantiator(service, UjiTampilan.context);
    }
}
