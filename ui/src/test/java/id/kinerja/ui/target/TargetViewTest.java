package id.kinerja.ui.target;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import id.kinerja.pengguna.Pelaku;
import id.kinerja.pengguna.Peran;
import id.kinerja.persetujuan.PkService;
import id.kinerja.target.JenisTarget;
import id.kinerja.target.Target;
import id.kinerja.target.TargetInput;
import id.kinerja.target.TargetService;
import id.kinerja.target.TargetTriwulan;
import id.kinerja.tenant.TenantRef;
import id.kinerja.tenant.TenantScope;
import id.kinerja.testing.Dinas;
import id.kinerja.ui.PenggunaSesi;
import id.kinerja.ui.UjiTampilan;
import id.kinerja.ui.beranda.BerandaDinasView;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The target grid: reading, typing the Indonesian way, one bulk save, refusals, stale cells, signed PK. */
class TargetViewTest extends UjiTampilan {

    static final String ALAMAT = "d/lumajang-diskopukmperindag/target/2025";
    static TenantRef lumajang;
    static Pelaku editor;
    static Pelaku pembaca;
    static Pelaku admin;

    @BeforeAll
    static void data() {
        lumajang = Dinas.dariSeed(bean(ApplicationContext.class), "lumajang-diskopukmperindag");
        editor = pengguna("editor.lmj", false, lumajang, Peran.EDITOR);
        pembaca = pengguna("baca.lmj", false, lumajang, Peran.PEMBACA);
        admin = pengguna("admin.lmj", false, lumajang, Peran.ADMIN_DINAS);
    }

    static <T> T diLumajang(java.util.function.Supplier<T> kerja) {
        return bean(TenantScope.class).call(lumajang, kerja);
    }

    static Optional<BigDecimal> tahunan(long indikator, JenisTarget jenis) {
        return diLumajang(() -> bean(TargetService.class).tahunan(indikator)).stream()
                .filter(t -> t.tahun() == 2025 && t.jenis() == jenis).map(Target::nilai).findFirst();
    }

    static Optional<BigDecimal> triwulan(long indikator, int tw) {
        return diLumajang(() -> bean(TargetService.class).triwulanan(indikator)).stream()
                .filter(t -> t.tahun() == 2025 && t.triwulan() == tw).map(TargetTriwulan::nilai).findFirst();
    }

    static Optional<BigDecimal> nilai(long indikator, Kolom k) {
        return k.jenis != null ? tahunan(indikator, k.jenis) : triwulan(indikator, k.triwulan);
    }

    TextField ketik(TargetView v, int baris, Kolom k, String teks) {
        TextField f = (TextField) v.isian(v.baris.get(baris), k);
        f.setValue(teks);
        return f;
    }

    @Test
    void aReaderSeesEveryIndicatorsTargetsButNothingToEdit() {
        masukSebagai(pembaca);
        TargetView v = navigate(ALAMAT, TargetView.class);
        assertThat(v.baris).hasSizeGreaterThan(50);
        assertThat(v.bolehUbah).isFalse();
        assertThat(v.simpan.getParent()).isEmpty();
        assertThat(v.baris.stream().anyMatch(b -> b.sel(Kolom.PK).asal != null)).isTrue();
        assertThat(v.ringkasan.getText()).startsWith(v.baris.size() + " indikator");
        // each target column fits its longest number (a digit ~8 px at the grid's 14 px font, a separator ~4 px, plus
        // the field's padding): a target of trillions is read whole, not cut to its first digits
        for (Kolom k : Kolom.values()) {
            double terlebar = v.baris.stream().mapToDouble(b -> b.sel(k).teks.chars()
                    .mapToDouble(ch -> Character.isDigit(ch) ? 8 : 4).sum()).max().orElse(0);
            double rem = Double.parseDouble(v.grid.getColumnByKey(k.name()).getWidth().replace("rem", ""));
            assertThat(rem * 16).as(k.name()).isGreaterThanOrEqualTo(terlebar + 24).isGreaterThanOrEqualTo(5.5 * 16);
        }
        assertThat(v.baris.stream().mapToInt(b -> b.sel(Kolom.PK).teks.length()).max().orElse(0)).as("a long target in the seed")
                .isGreaterThan(10);
    }

    @Test
    void typedNumbersAreReadTheIndonesianWayAndSavedInOneWrite() {
        masukSebagai(editor);
        TargetView v = navigate(ALAMAT, TargetView.class);
        long id = v.baris.get(1).indikator.id();
        TextField renja = ketik(v, 1, Kolom.RENJA, "1.234,5");
        assertThat(renja.isInvalid()).isFalse();
        TextField tw = ketik(v, 1, Kolom.TW3, "12a");
        assertThat(tw.isInvalid()).isTrue();
        assertThat(tw.getElement().getAttribute("title")).contains("bukan angka");
        assertThat(v.penjaga.berubah()).isTrue();
        assertThat(v.ringkasan.getText()).contains("1 isian berubah").contains("1 isian bukan angka")
                .contains("tulis angka seperti 1.234,5");
        ketik(v, 1, Kolom.TW3, "1.5");
        assertThat(v.ringkasan.getText()).contains("1 isian bukan angka (bertanda merah): desimal ditulis dengan koma, misalnya 1,5");
        ketik(v, 1, Kolom.TW3, "12a");

        v.simpan();
        assertThat(teks(v.pesan)).contains("bukan angka").contains("tidak ada yang disimpan");
        assertThat(tahunan(id, JenisTarget.RENJA)).isNotEqualTo(Optional.of(new BigDecimal("1234.5")));

        ketik(v, 1, Kolom.TW3, "7,25");
        v.simpan();
        assertThat(tahunan(id, JenisTarget.RENJA).orElseThrow()).isEqualByComparingTo("1234.5");
        assertThat(triwulan(id, 3).orElseThrow()).isEqualByComparingTo("7.25");
        assertThat(v.penjaga.berubah()).isFalse();
        assertThat(v.baris.get(1).sel(Kolom.RENJA).teks).isEqualTo("1.234,5");

        // emptying a cell deletes that target
        ketik(v, 1, Kolom.TW3, "");
        v.simpan();
        assertThat(triwulan(id, 3)).isEmpty();
    }

    @Test
    void aTargetSavedMeanwhileBySomeoneElseIsShownNotOverwritten() {
        masukSebagai(editor);
        TargetView v = navigate(ALAMAT, TargetView.class);
        Kolom[] bukanPk = {Kolom.RENSTRA, Kolom.RENJA, Kolom.P_RENJA, Kolom.TW1, Kolom.TW2, Kolom.TW3, Kolom.TW4};
        int nomor = -1;
        Kolom k = null;
        for (int i = 2; i < v.baris.size() && k == null; i++) {
            for (Kolom x : bukanPk) {
                if (v.baris.get(i).sel(x).asal != null) {
                    nomor = i;
                    k = x;
                    break;
                }
            }
        }
        assertThat(k).as("the seed has a target here").isNotNull();
        BarisTarget b = v.baris.get(nomor);
        long id = b.indikator.id();
        Kolom lain = k == Kolom.TW4 ? Kolom.TW3 : Kolom.values()[k.ordinal() + 1];
        // another user saves the same cell
        Long version = b.sel(k).version;
        TargetInput orangLain = new TargetInput(id, 2025, k.jenis, k.triwulan, new BigDecimal("999"), version);
        diLumajang(() -> bean(TargetService.class).simpan(List.of(orangLain)));

        ketik(v, nomor, k, "55");
        ketik(v, nomor, lain, "56");
        v.simpan();
        assertThat(nilai(id, k).orElseThrow()).isEqualByComparingTo("999");
        assertThat(nilai(id, lain)).isNotEqualTo(Optional.of(new BigDecimal("56")));
        assertThat(teks(v.pesan)).contains("diubah orang lain");
        Sel sel = v.baris.get(nomor).sel(k);
        assertThat(sel.basi).isEqualTo("Diubah orang lain menjadi 999");
        assertThat(sel.teks).isEqualTo("55");
        assertThat(v.penjaga.berubah()).isTrue();

        // saving again, with their value in view, is a decision: it goes through
        v.simpan();
        assertThat(nilai(id, k).orElseThrow()).isEqualByComparingTo("55");
        assertThat(nilai(id, lain).orElseThrow()).isEqualByComparingTo("56");
    }

    @Test
    void anEmptyTargetFilledMeanwhileBySomeoneElseIsShownNotOverwritten() {
        masukSebagai(editor);
        TargetView v = navigate(ALAMAT, TargetView.class);
        int nomor = -1;
        for (int i = 0; i < v.baris.size() && nomor < 0; i++) {
            if (v.baris.get(i).sel(Kolom.P_RENJA).asal == null) {
                nomor = i;
            }
        }
        assertThat(nomor).as("an empty P-Renja cell in the seed").isNotNegative();
        long id = v.baris.get(nomor).indikator.id();
        // another user fills the cell that was empty when this grid was read
        diLumajang(() -> bean(TargetService.class).simpan(List.of(
                new TargetInput(id, 2025, JenisTarget.P_RENJA, null, new BigDecimal("321"), null, true))));

        ketik(v, nomor, Kolom.P_RENJA, "12");
        v.simpan();
        assertThat(tahunan(id, JenisTarget.P_RENJA).orElseThrow()).isEqualByComparingTo("321");
        assertThat(teks(v.pesan)).contains("diubah orang lain");
        Sel sel = v.baris.get(nomor).sel(Kolom.P_RENJA);
        assertThat(sel.basi).isEqualTo("Diubah orang lain menjadi 321");
        assertThat(sel.teks).isEqualTo("12");

        // with their value in view, saving again is a decision and goes through
        v.simpan();
        assertThat(tahunan(id, JenisTarget.P_RENJA).orElseThrow()).isEqualByComparingTo("12");
    }

    @Test
    void theSearchNarrowsTheRowsAndKeepsWhatWasTyped() {
        masukSebagai(editor);
        TargetView v = navigate(ALAMAT, TargetView.class);
        int semua = v.baris.size();
        BarisTarget pertama = v.baris.get(0);
        BarisTarget terakhir = v.baris.getLast();
        ketik(v, 0, Kolom.RENJA, "77");

        v.cari.setValue(terakhir.indikator.kode().toUpperCase());
        assertThat(v.tampak).contains(terakhir).doesNotContain(pertama).hasSizeLessThan(semua);
        assertThat(v.grid.getListDataView().getItems().toList()).isEqualTo(v.tampak);
        assertThat(v.ringkasan.getText()).startsWith(v.tampak.size() + " dari " + semua + " indikator").contains("1 isian berubah");
        // the keyboard walks the rows shown: the first shown row is row 0
        assertThat(((TextField) v.isian(v.tampak.getFirst(), Kolom.RENJA)).getElement().getAttribute("data-sel"))
                .isEqualTo("0:" + Kolom.RENJA.ordinal());

        String kata = pertama.indikator.nama().substring(0, Math.min(12, pertama.indikator.nama().length())).toLowerCase();
        v.cari.setValue(kata);
        assertThat(v.tampak).contains(pertama);
        v.cari.clear();
        assertThat(v.tampak).hasSize(semua);
        assertThat(v.baris.get(0).sel(Kolom.RENJA).teks).isEqualTo("77");
        assertThat(v.penjaga.berubah()).isTrue();

        // a hidden row's change is saved too
        v.cari.setValue(terakhir.indikator.kode());
        v.simpan();
        assertThat(tahunan(pertama.indikator.id(), JenisTarget.RENJA).orElseThrow()).isEqualByComparingTo("77");
    }

    @Test
    void leavingWithUnsavedTargetsAsksFirst() {
        masukSebagai(editor);
        TargetView v = navigate(ALAMAT, TargetView.class);
        ketik(v, 0, Kolom.RENJA, "3");
        UI.getCurrent().navigate("d/lumajang-diskopukmperindag");
        assertThat(tampilan()).isSameAs(v);
        roundTrip();
        ConfirmDialog tanya = semua(UI.getCurrent(), ConfirmDialog.class).reduce((a, c) -> c).orElseThrow();
        com.vaadin.flow.component.ComponentUtil.fireEvent(tanya, new ConfirmDialog.ConfirmEvent(tanya, true));
        assertThat(tampilan()).isInstanceOf(BerandaDinasView.class);
    }

    @Test
    void signedPkTargetsAreReadOnly() {
        masukSebagai(admin);
        try (var ignored = PenggunaSesi.sebagai(admin)) {
            diLumajang(() -> bean(PkService.class).tandatangani(2025));
        }
        TargetView v = navigate(ALAMAT, TargetView.class);
        assertThat(v.pkTetap).isTrue();
        assertThat(((TextField) v.isian(v.baris.get(0), Kolom.PK)).isReadOnly()).isTrue();
        assertThat(((TextField) v.isian(v.baris.get(0), Kolom.PK_PERUBAHAN)).isReadOnly()).isFalse();
        assertThat(teks(v.kosong)).contains("sudah ditandatangani");
    }
}
