package id.kinerja.ui.beranda;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.kinerja.tenant.TenantRegistry;
import io.micronaut.context.annotation.Prototype;

/** Start page (placeholder until the framework views arrive). */
@Route("")
@PageTitle("Beranda · Kinerja")
@AnonymousAllowed
@Prototype
public class BerandaView extends VerticalLayout {

    public BerandaView(TenantRegistry registry) {
        long dinas = registry.counts().total();
        add(new H1("Kinerja"),
                new Paragraph("Kerangka kinerja SAKIP, target, realisasi dan laporan perangkat daerah."),
                new Paragraph(dinas + " dinas terdaftar."));
        setId("beranda");
    }
}
