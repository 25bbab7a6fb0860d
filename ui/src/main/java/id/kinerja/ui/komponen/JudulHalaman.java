package id.kinerja.ui.komponen;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.micronaut.core.annotation.Nullable;

/** The top of a page: where you are ("Dinas Koperasi … › Kerangka"), the title, and the page's own actions on the right. */
public final class JudulHalaman extends HorizontalLayout {

    private final Span jejak = new Span();
    private final H2 judul = new H2();
    private final HorizontalLayout aksi = new HorizontalLayout();

    public JudulHalaman() {
        addClassName("judul-halaman");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.END);
        jejak.addClassName("jejak");
        com.vaadin.flow.component.html.Div kiri = new com.vaadin.flow.component.html.Div(jejak, judul);
        kiri.addClassName("judul-kiri");
        aksi.setAlignItems(FlexComponent.Alignment.BASELINE);
        aksi.addClassName("judul-aksi");
        add(kiri, aksi);
        expand(kiri);
    }

    /** {@code induk} is the context shown above the title (the dinas's name), or null. */
    public void setJudul(String teks, @Nullable String induk) {
        judul.setText(teks);
        jejak.setText(induk == null ? "" : induk + " ›");
        jejak.setVisible(induk != null);
        aksi.removeAll();
    }

    /** Adds the page's own controls (a period picker, a save button) at the right of the title. */
    public void aksi(Component... komponen) {
        aksi.add(komponen);
    }
}
