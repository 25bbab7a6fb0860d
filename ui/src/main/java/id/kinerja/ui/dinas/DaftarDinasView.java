package id.kinerja.ui.dinas;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.kinerja.ui.komponen.JudulHalaman;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

/** The province's list of dinas. */
@Route("dinas")
@PageTitle("Dinas · Kinerja")
@Menu(title = "Dinas", order = 1, icon = "vaadin:building")
@RolesAllowed("PROVINSI")
@Prototype
public class DaftarDinasView extends VerticalLayout {

    public DaftarDinasView() {
        setId("daftar-dinas");
        addClassName("halaman");
        JudulHalaman judul = new JudulHalaman();
        judul.setJudul("Dinas", null);
        add(judul);
    }
}
