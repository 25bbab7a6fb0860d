package id.kinerja.ui.galat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The friendly page shown instead of an error: what happened in one sentence, and the way back. */
abstract class HalamanGalat extends VerticalLayout {

    private final H2 judul = new H2();
    private final Paragraph teks = new Paragraph();

    HalamanGalat(VaadinIcon ikon) {
        setId("galat");
        addClassName("halaman-galat");
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        setSizeFull();
        var i = ikon.create();
        i.addClassName("ikon-galat");
        Anchor kembali = new Anchor("", "Kembali ke beranda");
        add(i, judul, teks, kembali);
    }

    void isi(String judul, String teks) {
        this.judul.setText(judul);
        this.teks.setText(teks);
    }
}
