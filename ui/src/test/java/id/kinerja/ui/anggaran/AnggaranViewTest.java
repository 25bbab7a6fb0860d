package id.kinerja.ui.anggaran;

import com.vaadin.flow.component.UI;
import id.kinerja.anggaran.Anggaran;
import id.kinerja.anggaran.AnggaranService;
import id.kinerja.pengguna.Pelaku;
import id.kinerja.pengguna.Peran;
import id.kinerja.renstra.Tingkat;
import id.kinerja.tenant.TenantRef;
import id.kinerja.tenant.TenantScope;
import id.kinerja.testing.Dinas;
import id.kinerja.ui.UjiTampilan;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Budgets: totals from lines or from the children, editing a node's lines, refusals, readers. */
class AnggaranViewTest extends UjiTampilan {

    static final String ALAMAT = "d/lumajang-diskopukmperindag/anggaran/2025";
    static TenantRef lumajang;
    static Pelaku editor;
    static Pelaku pembaca;

    @BeforeAll
    static void data() {
        lumajang = Dinas.dariSeed(bean(ApplicationContext.class), "lumajang-diskopukmperindag");
        editor = pengguna("editor.agr", false, lumajang, Peran.EDITOR);
        pembaca = pengguna("baca.agr", false, lumajang, Peran.PEMBACA);
    }

    static <T extends com.vaadin.flow.component.Component> T dialog(Class<T> type) {
        roundTrip();
        return semua(UI.getCurrent(), type).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void programsWithTheirBudgetsAndTheTotal() {
        masukSebagai(pembaca);
        AnggaranView v = navigate(ALAMAT, AnggaranView.class);
        List<BarisAnggaran> program = v.data.getRootItems();
        assertThat(program).isNotEmpty().allMatch(b -> b.simpul().tingkat() == Tingkat.PROGRAM);
        BigDecimal jumlah = program.stream().map(BarisAnggaran::jumlah).filter(x -> x != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(v.totalSemua).isEqualByComparingTo(jumlah);
        assertThat(v.totalSemua).isPositive();
        assertThat(v.ubah.getParent()).isEmpty();
    }

    @Test
    void anEditorReplacesTheLinesOfANode() {
        masukSebagai(editor);
        AnggaranView v = navigate(ALAMAT, AnggaranView.class);
        BarisAnggaran program = v.data.getRootItems().getFirst();
        BarisAnggaran kegiatan = v.data.getChildren(program).getFirst();
        v.ubah(kegiatan);
        AnggaranDialog d = dialog(AnggaranDialog.class);
        new java.util.ArrayList<>(d.baris).forEach(b -> b.hapus.click());
        AnggaranDialog.Baris a = d.tambahBaris(null);
        a.jumlah.ketik("1.500.000,50");
        a.sumber.setValue("DAU");
        AnggaranDialog.Baris b = d.tambahBaris(null);
        b.jumlah.ketik("1.5");
        d.simpan.click();
        assertThat(d.isOpened()).as("a number that is not Indonesian is refused before saving").isTrue();
        assertThat(b.jumlah.isInvalid()).isTrue();
        b.jumlah.ketik("-5");
        b.sumber.setValue("Pokir");
        d.simpan.click();
        assertThat(b.jumlah.getErrorMessage()).isEqualTo("tidak boleh negatif");
        b.jumlah.ketik("2.000.000");
        assertThat(teks(d.total)).isEqualTo("Jumlah: Rp 3.500.000,50");
        d.simpan.click();
        assertThat(d.isOpened()).isFalse();

        List<Anggaran> tersimpan = bean(TenantScope.class).call(lumajang, () -> bean(AnggaranService.class)
                .anggaran(kegiatan.simpul().id())).stream().filter(x -> x.tahun() == 2025).toList();
        assertThat(tersimpan).extracting(Anggaran::sumberDana).containsExactly("DAU", "Pokir");
        BarisAnggaran baru = v.data.getChildren(v.data.getRootItems().getFirst()).getFirst();
        assertThat(baru.jumlah()).isEqualByComparingTo("3500000.50");
        assertThat(baru.sumberDana()).containsExactly("DAU", "Pokir");
    }

    @Test
    void aReaderForcingAnEditIsRefused() {
        masukSebagai(pembaca);
        AnggaranView v = navigate(ALAMAT, AnggaranView.class);
        BarisAnggaran program = v.data.getRootItems().getFirst();
        v.bolehUbah = true;
        v.ubah(program);
        AnggaranDialog d = dialog(AnggaranDialog.class);
        d.baris.getFirst().jumlah.ketik("10");
        d.simpan.click();
        assertThat(teks(d.formulir().pesan())).contains("tidak mengizinkan");
    }
}
