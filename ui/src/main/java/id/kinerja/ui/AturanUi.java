package id.kinerja.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import id.kinerja.ui.galat.PenanganGalat;
import id.kinerja.ui.masuk.MasukView;

/**
 * What every UI of Kinerja gets: the access check before each navigation (every view says who may open it with
 * {@code @AnonymousAllowed}, {@code @PermitAll} or {@code @RolesAllowed}; one without is refused; a view of a
 * dinas checks the user's role there itself) and an error handler that answers in Indonesian, never with a
 * stack trace.
 */
final class AturanUi implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        NavigationAccessControl akses = new NavigationAccessControl();
        akses.setLoginView(MasukView.class);
        event.getSource().addUIInitListener(e -> e.getUI().addBeforeEnterListener(akses));
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new PenanganGalat()));
    }
}
