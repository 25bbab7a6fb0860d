package id.kinerja.ui.beranda;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import id.kinerja.persetujuan.AlurPersetujuan;
import id.kinerja.renstra.Periode;
import id.kinerja.renstra.RenstraService;
import id.kinerja.tenant.Tenant;
import id.kinerja.ui.AksesDinas;
import id.kinerja.ui.HalamanDinas;
import id.kinerja.ui.MenuDinas;
import id.kinerja.ui.komponen.Teks;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;

import java.time.Year;
import java.util.List;

/** The start page of a dinas: who it is, the user's role there, this year's quarters and its Renstra periods. */
@Route("d/:slug")
@MenuDinas(judul = "Beranda", urutan = 0, ikon = VaadinIcon.HOME)
@PermitAll
@Prototype
public class BerandaDinasView extends HalamanDinas {

    private final AlurPersetujuan persetujuan;
    private final RenstraService renstra;

    public BerandaDinasView(AksesDinas akses, AlurPersetujuan persetujuan, RenstraService renstra) {
        super(akses);
        this.persetujuan = persetujuan;
        this.renstra = renstra;
        setId("beranda-dinas");
    }

    @Override
    protected void tampilkan(BeforeEnterEvent event) {
        Tenant t = dinas.tenant();
        add(new Paragraph(Teks.jenisDinas(t.kind()) + (t.region() == null ? "" : " " + t.region())
                + (t.province() == null ? "" : ", " + t.province()) + " · peran Anda: " + Teks.peran(dinas.peran())));

        int tahun = Year.now().getValue();
        Div triwulan = new Div();
        triwulan.addClassName("kartu-daftar");
        for (AlurPersetujuan.StatusTriwulan s : dinas.baca(() -> persetujuan.status(tahun))) {
            Div kartu = new Div();
            kartu.addClassName("kartu");
            Span judul = new Span(Teks.triwulan(s.triwulan()) + " " + tahun);
            judul.addClassName("kartu-judul");
            Span status = new Span(Teks.status(s.status()));
            status.getElement().getThemeList().add("badge " + Teks.warna(s.status()));
            kartu.add(judul, status);
            triwulan.add(kartu);
        }
        add(new H3("Pelaporan " + tahun), triwulan);

        List<Periode> periode = dinas.baca(renstra::daftarPeriode);
        add(new H3("Periode Renstra"));
        if (periode.isEmpty()) {
            add(new Paragraph("Belum ada periode Renstra."));
        }
        for (Periode p : periode) {
            add(new Paragraph(p.nama() + tahunPeriode(p)));
        }
    }

    private static String tahunPeriode(Periode p) {
        if (p.tahunAwal() == null) {
            return "";
        }
        return " (" + p.tahunAwal() + (p.tahunAkhir() == null ? "" : "–" + p.tahunAkhir()) + ")";
    }
}
