package id.kinerja.ui.dinas;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.data.provider.Query;
import id.kinerja.common.ForbiddenException;
import id.kinerja.pengguna.Pelaku;
import id.kinerja.pengguna.Peran;
import id.kinerja.persetujuan.AlurPersetujuan;
import id.kinerja.persetujuan.StatusPersetujuan;
import id.kinerja.tenant.TenantRef;
import id.kinerja.tenant.TenantRegistry;
import id.kinerja.tenant.TenantScope;
import id.kinerja.testing.Dinas;
import id.kinerja.ui.UjiTampilan;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The province's list: paged from the database with each dinas's quarter, searched, suspended and reactivated. */
class DaftarDinasViewTest extends UjiTampilan {

    static TenantRef kota;
    static TenantRef pasuruan;
    static Pelaku provinsi;
    static Pelaku editor;

    @BeforeAll
    static void data() {
        ApplicationContext ctx = bean(ApplicationContext.class);
        kota = Dinas.dariSeed(ctx, "kota-diskopumdag");
        pasuruan = Dinas.dariSeed(ctx, "pasuruan-diskopum");
        provinsi = pengguna("prov.dinas", true, null, null);
        editor = pengguna("editor.dinas", false, kota, Peran.EDITOR);
    }

    @Test
    void aPageCarriesEachDinasWithItsQuarter() {
        masukSebagai(provinsi);
        bean(TenantScope.class).call(kota, () -> bean(AlurPersetujuan.class).ajukan(2025, 2));
        DaftarDinasView v = navigate(DaftarDinasView.class);
        v.tahun.setValue(2025);
        v.triwulan.setValue(2);
        List<DaftarDinasView.Baris> rows = baris(v);
        assertThat(rows).extracting(b -> b.tenant().slug()).containsExactlyInAnyOrder("kota-diskopumdag", "pasuruan-diskopum");
        assertThat(baris(rows, "kota-diskopumdag").pelaporan().status()).isEqualTo(StatusPersetujuan.DIAJUKAN);
        assertThat(baris(rows, "pasuruan-diskopum").pelaporan().status()).isEqualTo(StatusPersetujuan.DRAF);
        assertThat(baris(rows, "pasuruan-diskopum").pelaporan().diisi()).isFalse();

        v.cari.setValue("pasuruan");
        assertThat(baris(v)).extracting(b -> b.tenant().slug()).containsExactly("pasuruan-diskopum");
        assertThat(v.grid.getDataProvider().size(new Query<>())).isEqualTo(1);
    }

    @Test
    void suspendingAsksFirstAndReactivatingBringsItBack() {
        masukSebagai(provinsi);
        DaftarDinasView v = navigate(DaftarDinasView.class);
        var t = bean(TenantRegistry.class).find("pasuruan-diskopum").orElseThrow();
        v.ubahStatus(t, false);
        assertThat(bean(TenantRegistry.class).find("pasuruan-diskopum").orElseThrow().isActive()).isTrue();
        konfirmasi();
        assertThat(bean(TenantRegistry.class).find("pasuruan-diskopum").orElseThrow().isActive()).isFalse();
        // a suspended dinas is not read for the quarter, and is shown so
        assertThat(baris(v).stream().filter(b -> b.tenant().slug().equals("pasuruan-diskopum")).findFirst().orElseThrow().pelaporan())
                .isNull();

        v.ubahStatus(bean(TenantRegistry.class).find("pasuruan-diskopum").orElseThrow(), true);
        konfirmasi();
        assertThat(bean(TenantRegistry.class).find("pasuruan-diskopum").orElseThrow().isActive()).isTrue();
    }

    @Test
    void anEditorIsRefusedTheProvincesActions() {
        masukSebagai(editor);
        assertThatThrownBy(() -> AdminProvinsi.jalankan(() -> "x")).isInstanceOf(ForbiddenException.class);
        navigate("dinas", com.vaadin.flow.component.Component.class);
        assertThat(tampilan()).isNotInstanceOf(DaftarDinasView.class);
    }

    static DaftarDinasView.Baris baris(List<DaftarDinasView.Baris> rows, String slug) {
        return rows.stream().filter(b -> b.tenant().slug().equals(slug)).findFirst().orElseThrow();
    }

    static List<DaftarDinasView.Baris> baris(DaftarDinasView v) {
        return v.grid.getDataProvider().fetch(new Query<>(0, 50, v.grid.getSortOrder().stream()
                .flatMap(o -> o.getSorted().getSortOrder(o.getDirection())).toList(), null, null)).toList();
    }

    /** Presses the confirmation's button of the dialog now open. */
    static void konfirmasi() {
        roundTrip();
        ConfirmDialog d = new com.vaadin.browserless.ComponentQuery<>(ConfirmDialog.class).last();
        ComponentUtil.fireEvent(d, new ConfirmDialog.ConfirmEvent(d, false));
    }
}
