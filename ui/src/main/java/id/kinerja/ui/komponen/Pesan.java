package id.kinerja.ui.komponen;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages: a success fades in the corner, a warning stays there until closed, an error stays in the middle. */
public final class Pesan {

    private Pesan() {
    }

    public static Notification berhasil(String teks) {
        Notification n = Notification.show(teks, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }

    public static Notification galat(String teks) {
        return tetap(teks, Notification.Position.MIDDLE, NotificationVariant.LUMO_ERROR);
    }

    /** Done, but not all of it (a bulk job with failed rows): stays until closed, in the corner, not over the page. */
    public static Notification peringatan(String teks) {
        return tetap(teks, Notification.Position.BOTTOM_START, NotificationVariant.LUMO_WARNING);
    }

    private static Notification tetap(String teks, Notification.Position letak, NotificationVariant jenis) {
        Notification n = new Notification();
        n.setDuration(0);
        n.setPosition(letak);
        n.addThemeVariants(jenis);
        Button tutup = new Button("Tutup", x -> n.close());
        tutup.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout isi = new HorizontalLayout(new Span(teks), tutup);
        isi.setAlignItems(FlexComponent.Alignment.CENTER);
        n.add(isi);
        n.open();
        return n;
    }
}
