package id.kinerja.ui.beranda;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import id.kinerja.pengguna.Pelaku;
import id.kinerja.tenant.Tenant;
import id.kinerja.tenant.TenantRegistry;
import id.kinerja.ui.PenggunaSesi;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;

/** Start page after signing in: who you are and the dinas you work in (placeholder until the framework views). */
@Route("")
@PageTitle("Beranda · Kinerja")
@PermitAll
@Prototype
public class BerandaView extends VerticalLayout {

    public BerandaView(TenantRegistry registry) {
        Pelaku p = Pelaku.current().orElseThrow();
        UnorderedList dinas = new UnorderedList();
        for (Tenant t : registry.list()) {
            if (p.mengenal(t.id())) {
                String peran = p.peranDi(t.id()) == null ? "provinsi" : p.peranDi(t.id()).name();
                dinas.add(new ListItem(t.name() + " (" + peran + ")"));
            }
        }
        Button keluar = new Button("Keluar", e -> {
            PenggunaSesi.keluarkan(VaadinServletRequest.getCurrent().getHttpServletRequest());
            UI.getCurrent().getPage().setLocation("/masuk");
        });
        keluar.setId("keluar");
        add(new H1("Kinerja"),
                new Paragraph("Kerangka kinerja SAKIP, target, realisasi dan laporan perangkat daerah."),
                new Paragraph("Masuk sebagai " + p.nama() + " (" + p.username() + ")."), dinas, keluar);
        setId("beranda");
    }
}
