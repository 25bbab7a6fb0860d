package id.kinerja.ui.persetujuan;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import id.kinerja.pengguna.Izin;
import id.kinerja.pengguna.Pelaku;
import id.kinerja.pengguna.Peran;
import id.kinerja.persetujuan.AksiPersetujuan;
import id.kinerja.persetujuan.AlurPersetujuan;
import id.kinerja.persetujuan.StatusPersetujuan;
import id.kinerja.tenant.TenantRef;
import id.kinerja.tenant.TenantScope;
import id.kinerja.testing.Dinas;
import id.kinerja.ui.UjiTampilan;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Approval: the steps each role is offered, confirmations and reasons, refusals in the service's words, the history, the PK. */
class PersetujuanViewTest extends UjiTampilan {

    static final String ALAMAT = "d/lumajang-diskopukmperindag/persetujuan/2025";
    static TenantRef lumajang;
    static Pelaku editor;
    static Pelaku pemeriksa;
    static Pelaku admin;
    static Pelaku pembaca;

    @BeforeAll
    static void data() {
        lumajang = Dinas.dariSeed(bean(ApplicationContext.class), "lumajang-diskopukmperindag");
        editor = pengguna("editor.stj", false, lumajang, Peran.EDITOR);
        pemeriksa = pengguna("periksa.stj", false, lumajang, Peran.PEMERIKSA);
        admin = pengguna("admin.stj", false, lumajang, Peran.ADMIN_DINAS);
        pembaca = pengguna("baca.stj", false, lumajang, Peran.PEMBACA);
    }

    static void konfirmasi() {
        roundTrip();
        ConfirmDialog d = semua(UI.getCurrent(), ConfirmDialog.class).reduce((a, b) -> b).orElseThrow();
        ComponentUtil.fireEvent(d, new ConfirmDialog.ConfirmEvent(d, false));
    }

    static AlasanDialog dialogAlasan() {
        roundTrip();
        return semua(UI.getCurrent(), AlasanDialog.class).reduce((a, b) -> b).orElseThrow();
    }

    static StatusPersetujuan status(int tw) {
        return bean(TenantScope.class).call(lumajang, () -> bean(AlurPersetujuan.class).status(2025)).get(tw - 1).status();
    }

    @Test
    void eachRoleIsOfferedOnlyItsOwnStepsFromEachState() {
        Set<Izin> editorBoleh = Set.of(Izin.BACA, Izin.UBAH_DATA);
        Set<Izin> pemeriksaBoleh = Set.of(Izin.BACA, Izin.PERIKSA, Izin.KEMBALIKAN, Izin.LIHAT_JEJAK);
        Set<Izin> adminBoleh = Set.of(Izin.BACA, Izin.UBAH_DATA, Izin.KEMBALIKAN, Izin.KUNCI);
        assertThat(PersetujuanView.aksiUntuk(StatusPersetujuan.DRAF, editorBoleh::contains)).containsExactly(AksiPersetujuan.AJUKAN);
        assertThat(PersetujuanView.aksiUntuk(StatusPersetujuan.DIAJUKAN, editorBoleh::contains)).isEmpty();
        assertThat(PersetujuanView.aksiUntuk(StatusPersetujuan.DIAJUKAN, pemeriksaBoleh::contains))
                .containsExactly(AksiPersetujuan.VERIFIKASI, AksiPersetujuan.KEMBALIKAN);
        assertThat(PersetujuanView.aksiUntuk(StatusPersetujuan.DIVERIFIKASI, pemeriksaBoleh::contains))
                .containsExactly(AksiPersetujuan.KEMBALIKAN);
        assertThat(PersetujuanView.aksiUntuk(StatusPersetujuan.DIVERIFIKASI, adminBoleh::contains))
                .containsExactly(AksiPersetujuan.KUNCI, AksiPersetujuan.KEMBALIKAN);
        assertThat(PersetujuanView.aksiUntuk(StatusPersetujuan.DIKUNCI, adminBoleh::contains)).containsExactly(AksiPersetujuan.BUKA);
        assertThat(PersetujuanView.aksiUntuk(StatusPersetujuan.DIKUNCI, pemeriksaBoleh::contains)).isEmpty();
        assertThat(PersetujuanView.aksiUntuk(StatusPersetujuan.DRAF, Set.of(Izin.BACA)::contains)).isEmpty();
    }

    @Test
    void aQuarterGoesThroughTheWholeFlowWithItsHistory() {
        masukSebagai(editor);
        PersetujuanView v = navigate(ALAMAT, PersetujuanView.class);
        assertThat(teks(cari(com.vaadin.flow.component.html.Span.class, "status-tw-3"))).isEqualTo("Draf");
        assertThat(semua(v, Button.class).map(b -> b.getId().orElse(""))).contains("aksi-ajukan-3")
                .noneMatch(id -> id.startsWith("aksi-verifikasi") || id.startsWith("aksi-kunci"));
        cari(Button.class, "aksi-ajukan-3").click();
        konfirmasi();
        assertThat(status(3)).isEqualTo(StatusPersetujuan.DIAJUKAN);
        assertThat(teks(cari(com.vaadin.flow.component.html.Span.class, "status-tw-3"))).isEqualTo("Diajukan");
        assertThat(semua(v, Button.class).map(b -> b.getId().orElse(""))).doesNotContain("aksi-ajukan-3");

        masukSebagai(pemeriksa);
        v = navigate(ALAMAT, PersetujuanView.class);
        cari(Button.class, "aksi-kembalikan-3").click();
        AlasanDialog d = dialogAlasan();
        d.lanjut.click();
        assertThat(d.isOpened()).as("no reason: refused, the dialog stays").isTrue();
        assertThat(d.alasan.getErrorMessage()).isEqualTo("Alasan wajib diisi untuk langkah ini");
        assertThat(status(3)).isEqualTo(StatusPersetujuan.DIAJUKAN);
        d.alasan.setValue("Realisasi IKU 1.1 belum ada buktinya");
        d.lanjut.click();
        assertThat(d.isOpened()).isFalse();
        assertThat(status(3)).isEqualTo(StatusPersetujuan.DRAF);
        assertThat(teks(cari(com.vaadin.flow.component.html.Span.class, "alasan-tw-3"))).contains("belum ada buktinya");

        masukSebagai(editor);
        v = navigate(ALAMAT, PersetujuanView.class);
        assertThat(v.jalankan(AksiPersetujuan.AJUKAN, 3, null)).isNull();
        masukSebagai(pemeriksa);
        v = navigate(ALAMAT, PersetujuanView.class);
        cari(Button.class, "aksi-verifikasi-3").click();
        konfirmasi();
        assertThat(status(3)).isEqualTo(StatusPersetujuan.DIVERIFIKASI);

        masukSebagai(admin);
        v = navigate(ALAMAT, PersetujuanView.class);
        cari(Button.class, "aksi-kunci-3").click();
        konfirmasi();
        assertThat(status(3)).isEqualTo(StatusPersetujuan.DIKUNCI);
        cari(Button.class, "aksi-buka-3").click();
        d = dialogAlasan();
        d.alasan.setValue("Koreksi angka TW III");
        d.lanjut.click();
        assertThat(status(3)).isEqualTo(StatusPersetujuan.DRAF);

        List<AlurPersetujuan.Langkah> langkah = v.riwayat.getGenericDataView().getItems().filter(l -> l.triwulan() == 3).toList();
        // newest first
        assertThat(langkah).extracting(l -> l.dari() + ">" + l.ke()).containsExactly("DIKUNCI>DRAF", "DIVERIFIKASI>DIKUNCI",
                "DIAJUKAN>DIVERIFIKASI", "DRAF>DIAJUKAN", "DIAJUKAN>DRAF", "DRAF>DIAJUKAN");
        assertThat(langkah).extracting(AlurPersetujuan.Langkah::pengguna).containsExactly("admin.stj", "admin.stj", "periksa.stj",
                "editor.stj", "periksa.stj", "editor.stj");
        assertThat(langkah.get(0).alasan()).isEqualTo("Koreksi angka TW III");
        assertThat(langkah.get(4).alasan()).isEqualTo("Realisasi IKU 1.1 belum ada buktinya");
        assertThat(langkah.get(3).alasan()).isNull();
    }

    @Test
    void aStepTheRoleLacksOrTheStateNoLongerAllowsIsRefusedWithTheServicesMessage() {
        masukSebagai(pembaca);
        PersetujuanView v = navigate(ALAMAT, PersetujuanView.class);
        assertThat(semua(v, Button.class).map(b -> b.getId().orElse(""))).noneMatch(id -> id.startsWith("aksi-"));
        assertThat(v.tandatangani.isVisible()).isFalse();
        assertThat(v.jalankan(AksiPersetujuan.AJUKAN, 4, null)).contains("tidak mengizinkan");
        assertThat(status(4)).isEqualTo(StatusPersetujuan.DRAF);

        masukSebagai(editor);
        v = navigate(ALAMAT, PersetujuanView.class);
        assertThat(v.jalankan(AksiPersetujuan.AJUKAN, 4, null)).isNull();
        // a page read before someone else's step: the service refuses with where the quarter stands
        assertThat(v.jalankan(AksiPersetujuan.AJUKAN, 4, null)).startsWith("Triwulan 4 tahun 2025 berstatus DIAJUKAN");
        masukSebagai(pemeriksa);
        v = navigate(ALAMAT, PersetujuanView.class);
        assertThat(v.jalankan(AksiPersetujuan.KUNCI, 4, null)).contains("tidak mengizinkan");
        assertThat(v.jalankan(AksiPersetujuan.KEMBALIKAN, 4, "  ")).isEqualTo("Alasan wajib diisi untuk langkah ini");
        assertThat(v.jalankan(AksiPersetujuan.KEMBALIKAN, 4, "cek ulang")).isNull();
    }

    @Test
    void theAdminSignsThePkOfTheYearAfterAConfirmation() {
        masukSebagai(admin);
        PersetujuanView v = navigate(ALAMAT, PersetujuanView.class);
        assertThat(v.isiPk).isNotNull();
        assertThat(v.isiPk.sasaran()).isNotEmpty();
        assertThat(v.gridPk.getGenericDataView().getItems().count()).isEqualTo(v.isiPk.sasaran().size());
        assertThat(v.isiPk.ditandatangani()).isFalse();
        assertThat(teks(v.statusPk)).startsWith("Draf, belum ditandatangani");
        assertThat(v.tandatangani.isVisible()).isTrue();
        assertThat(v.barisPerubahan.isVisible()).isFalse();
        v.tandatangani.click();
        konfirmasi();
        assertThat(v.isiPk.ditandatangani()).isTrue();
        assertThat(teks(v.statusPk)).startsWith("Ditandatangani").contains("admin.stj");
        assertThat(v.tandatangani.isVisible()).isFalse();
        assertThat(v.tandatanganiPk()).isEqualTo("Perjanjian Kinerja tahun 2025 sudah ditandatangani");
        // then the PK Perubahan's draft shows, to be signed once it changes a target
        assertThat(v.barisPerubahan.isVisible()).isTrue();
        assertThat(teks(v.statusPerubahan)).startsWith("PK Perubahan, draf: belum ada target PK Perubahan tahun 2025");
        assertThat(v.tandatanganiPerubahan.isVisible()).isTrue();
        assertThat(v.tandatanganiPkPerubahan()).contains("belum ada target PK Perubahan (PK_PERUBAHAN) tahun 2025");
    }
}
