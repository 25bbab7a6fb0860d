package id.kinerja.ui.komponen;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages in the corner: a success fades, an error stays until closed. */
public final class Pesan {

    private Pesan() {
    }

    public static Notification berhasil(String teks) {
        Notification n = Notification.show(teks, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }

    public static Notification galat(String teks) {
        Notification n = new Notification();
        n.setDuration(0);
        n.setPosition(Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        Button tutup = new Button("Tutup", x -> n.close());
        tutup.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout isi = new HorizontalLayout(new Span(teks), tutup);
        isi.setAlignItems(FlexComponent.Alignment.CENTER);
        n.add(isi);
        n.open();
        return n;
    }
}
