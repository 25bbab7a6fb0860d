package id.kinerja.ui;

import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.html.Span;
import id.kinerja.pengguna.Pelaku;
import id.kinerja.pengguna.Peran;
import id.kinerja.tenant.TenantRef;
import id.kinerja.testing.Dinas;
import id.kinerja.ui.beranda.BerandaDinasView;
import id.kinerja.ui.dinas.DaftarDinasView;
import id.kinerja.ui.galat.AksesDitolak;
import id.kinerja.ui.galat.HalamanTidakAda;
import id.kinerja.ui.galat.TidakDitemukan;
import id.kinerja.ui.masuk.MasukView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shell: where each role lands, the navigation it sees, and the error pages for what it may not open. */
class TataLetakUtamaTest extends UjiTampilan {

    static TenantRef kota;
    static TenantRef pasuruan;
    static Pelaku provinsi;
    static Pelaku editor;

    @BeforeAll
    static void data() {
        kota = Dinas.dariSeed(context, "kota-diskopumdag");
        pasuruan = Dinas.dariSeed(context, "pasuruan-diskopum");
        provinsi = pengguna("prov", true, null, null);
        editor = pengguna("editor.kota", false, kota, Peran.EDITOR);
    }

    @Test
    void withoutSigningInTheLoginPageOpens() {
        navigate("", com.vaadin.flow.component.Component.class);
        assertThat(tampilan()).isInstanceOf(MasukView.class);
    }

    @Test
    void theProvinceLandsOnTheListOfDinasWithItsNavigation() {
        masukSebagai(provinsi);
        navigate("", com.vaadin.flow.component.Component.class);
        assertThat(tampilan()).isInstanceOf(DaftarDinasView.class);
        assertThat(label(cari(SideNav.class, "nav-provinsi"))).contains("Dinas");
        assertThat(cari(SideNav.class, "nav-dinas").isVisible()).isFalse();
        assertThat(cari(Span.class, "nama-pengguna").getText()).isEqualTo("Ibu prov");
    }

    @Test
    void aMemberOfOneDinasLandsInItAndSeesOnlyItsNavigation() {
        masukSebagai(editor);
        navigate("", com.vaadin.flow.component.Component.class);
        assertThat(tampilan()).isInstanceOf(BerandaDinasView.class);
        assertThat(alamat()).isEqualTo("d/kota-diskopumdag");
        assertThat(cari(SideNav.class, "nav-provinsi").isVisible()).isFalse();
        assertThat(label(cari(SideNav.class, "nav-dinas"))).contains("Beranda");
    }

    @Test
    void anotherDinasIsRefusedEvenByAddress() {
        masukSebagai(editor);
        navigate("d/pasuruan-diskopum", com.vaadin.flow.component.Component.class);
        assertThat(tampilan()).isInstanceOf(AksesDitolak.class);
        assertThat(teks(tampilan())).contains("bukan anggota dinas ini");
    }

    @Test
    void unknownDinasAndUnknownPagesAreNotFound() {
        masukSebagai(editor);
        navigate("d/tidak-ada", com.vaadin.flow.component.Component.class);
        assertThat(tampilan()).isInstanceOf(TidakDitemukan.class);
        navigate("sembarang/alamat", com.vaadin.flow.component.Component.class);
        assertThat(tampilan()).isInstanceOf(HalamanTidakAda.class);
    }

    @Test
    void aProvinceOnlyPageIsNotForAnEditor() {
        masukSebagai(editor);
        navigate("dinas", com.vaadin.flow.component.Component.class);
        assertThat(tampilan()).isNotInstanceOf(DaftarDinasView.class);
    }

    static List<String> label(SideNav nav) {
        return nav.getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
