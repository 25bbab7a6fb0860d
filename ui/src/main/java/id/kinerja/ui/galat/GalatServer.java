package id.kinerja.ui.galat;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.kinerja.tenant.TenantUnavailableException;
import io.micronaut.context.annotation.Prototype;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Anything else that failed while opening a page: one Indonesian sentence for the user, the details in the log. */
@PageTitle("Terjadi kesalahan · Kinerja")
@AnonymousAllowed
@Prototype
public class GalatServer extends HalamanGalat implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(GalatServer.class);

    public GalatServer() {
        super(VaadinIcon.WARNING);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (parameter.getException() instanceof TenantUnavailableException e) {
            isi("Dinas sedang tidak dapat dibuka", e.getMessage());
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        LOG.error("Halaman '{}' gagal dibuka", event.getLocation().getPath(), parameter.getException());
        isi("Terjadi kesalahan", PenanganGalat.KESALAHAN_SERVER);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
