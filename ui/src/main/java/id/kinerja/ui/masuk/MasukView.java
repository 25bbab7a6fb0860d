package id.kinerja.ui.masuk;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.kinerja.common.NotAuthenticatedException;
import id.kinerja.common.TooManyAttemptsException;
import id.kinerja.pengguna.Identitas;
import id.kinerja.pengguna.Pelaku;
import id.kinerja.ui.PenggunaSesi;
import io.micronaut.context.annotation.Prototype;

/**
 * Signing in to the UI: the same users and the same throttling as the API. A successful sign-in gets a new
 * session id (no fixation) and the browser reloads into the signed-in UI.
 */
@Route(value = "masuk", autoLayout = false)
@PageTitle("Masuk · Kinerja")
@AnonymousAllowed
@Prototype
public class MasukView extends VerticalLayout {

    public MasukView(Identitas identitas) {
        LoginForm form = new LoginForm(i18n());
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(e -> {
            try {
                var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
                Pelaku p = identitas.masuk(e.getUsername(), e.getPassword(), request.getRemoteAddr());
                PenggunaSesi.masukkan(request, p);
                UI.getCurrent().getPage().setLocation("/");
            } catch (NotAuthenticatedException ex) {
                form.setI18n(i18n());
                form.setError(true);
            } catch (TooManyAttemptsException ex) {
                LoginI18n i = i18n();
                i.getErrorMessage().setTitle("Terlalu banyak percobaan");
                i.getErrorMessage().setMessage(ex.getMessage());
                form.setI18n(i);
                form.setError(true);
            }
        });
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        add(new H1("Kinerja"), new Paragraph("Kerangka dan laporan kinerja SAKIP perangkat daerah"), form);
        setId("masuk");
    }

    private static LoginI18n i18n() {
        LoginI18n i = LoginI18n.createDefault();
        i.getForm().setTitle("Masuk");
        i.getForm().setUsername("Nama pengguna");
        i.getForm().setPassword("Kata sandi");
        i.getForm().setSubmit("Masuk");
        i.getErrorMessage().setTitle("Nama pengguna atau kata sandi salah");
        i.getErrorMessage().setMessage("Periksa kembali lalu coba lagi.");
        return i;
    }
}
