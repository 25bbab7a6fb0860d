package id.kinerja.ui.galat;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import jakarta.servlet.http.HttpServletResponse;

/** 404 of the router: an address Kinerja does not have (or that the user may not open: it does not tell which). */
@PageTitle("Halaman tidak ada · Kinerja")
@AnonymousAllowed
@Prototype
public class HalamanTidakAda extends HalamanGalat implements HasErrorParameter<NotFoundException> {

    public HalamanTidakAda() {
        super(VaadinIcon.SEARCH_MINUS);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        isi("Halaman tidak ada", "Alamat '/" + event.getLocation().getPath() + "' tidak ada di Kinerja, atau bukan untuk peran Anda.");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
