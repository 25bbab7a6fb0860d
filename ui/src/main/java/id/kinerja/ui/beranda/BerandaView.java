package id.kinerja.ui.beranda;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.kinerja.pengguna.Pelaku;
import id.kinerja.tenant.Tenant;
import id.kinerja.tenant.TenantRegistry;
import id.kinerja.ui.komponen.Teks;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/**
 * Where a signed-in user lands: the provincial admin goes to the list of dinas, a member of one dinas to that
 * dinas, a member of several chooses one here.
 */
@Route("")
@PageTitle("Beranda · Kinerja")
@PermitAll
@Prototype
public class BerandaView extends VerticalLayout implements BeforeEnterObserver {

    private final TenantRegistry registry;

    public BerandaView(TenantRegistry registry) {
        this.registry = registry;
        setId("beranda");
        addClassName("halaman");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Pelaku p = Pelaku.current().orElseThrow();
        if (p.provinsi()) {
            event.forwardTo("dinas");
            return;
        }
        List<Tenant> milik = registry.dariId(p.peran().keySet()).stream().filter(Tenant::isActive).toList();
        if (milik.size() == 1) {
            event.forwardTo("d/" + milik.getFirst().slug());
            return;
        }
        removeAll();
        add(new H2("Selamat datang, " + p.nama()));
        if (milik.isEmpty()) {
            add(new Paragraph("Anda belum menjadi anggota dinas mana pun. Minta admin dinas Anda untuk menambahkan Anda."));
            return;
        }
        add(new Paragraph("Pilih dinas yang ingin dibuka:"));
        Div daftar = new Div();
        daftar.addClassName("kartu-daftar");
        for (Tenant t : milik) {
            Anchor kartu = new Anchor("d/" + t.slug());
            kartu.addClassName("kartu");
            Span nama = new Span(t.name());
            nama.addClassName("kartu-judul");
            Span peran = new Span(Teks.peran(p.peranDi(t.id())) + (t.region() == null ? "" : " · " + t.region()));
            kartu.add(nama, peran);
            daftar.add(kartu);
        }
        add(daftar);
    }
}
