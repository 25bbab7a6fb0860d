package id.kinerja.ui.galat;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.kinerja.common.ForbiddenException;
import io.micronaut.context.annotation.Prototype;
import jakarta.servlet.http.HttpServletResponse;

/** 403: the user's role does not allow this page (a dinas they are not a member of, an admin page). */
@PageTitle("Akses ditolak · Kinerja")
@AnonymousAllowed
@Prototype
public class AksesDitolak extends HalamanGalat implements HasErrorParameter<ForbiddenException> {

    public AksesDitolak() {
        super(VaadinIcon.BAN);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ForbiddenException> parameter) {
        isi("Akses ditolak", parameter.getException().getMessage());
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
