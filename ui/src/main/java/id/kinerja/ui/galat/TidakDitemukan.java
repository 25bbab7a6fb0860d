package id.kinerja.ui.galat;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.kinerja.common.NotFoundException;
import io.micronaut.context.annotation.Prototype;
import jakarta.servlet.http.HttpServletResponse;

/** 404 of the domain: a dinas, period or indicator that does not exist (or is not the user's to see). */
@PageTitle("Tidak ditemukan · Kinerja")
@AnonymousAllowed
@Prototype
public class TidakDitemukan extends HalamanGalat implements HasErrorParameter<NotFoundException> {

    public TidakDitemukan() {
        super(VaadinIcon.SEARCH_MINUS);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        isi("Tidak ditemukan", parameter.getCustomMessage() == null || parameter.getCustomMessage().isBlank()
                ? parameter.getException().getMessage() : parameter.getCustomMessage());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
