package id.kinerja.ui.indikator;

import com.vaadin.flow.component.UI;
import id.kinerja.indikator.IndikatorLengkap;
import id.kinerja.indikator.IndikatorService;
import id.kinerja.pengguna.Pelaku;
import id.kinerja.pengguna.Peran;
import id.kinerja.renstra.RenstraService;
import id.kinerja.renstra.Simpul;
import id.kinerja.renstra.Tingkat;
import id.kinerja.tenant.TenantRef;
import id.kinerja.tenant.TenantScope;
import id.kinerja.testing.Dinas;
import id.kinerja.ui.DinasTerbuka;
import id.kinerja.ui.UjiTampilan;
import id.kinerja.ui.kerangka.KerangkaView;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The indicator form: the formula checked as it is typed, the sample computed, saving through the service's rules. */
class IndikatorDialogTest extends UjiTampilan {

    static TenantRef kota;
    static Pelaku admin;
    static Simpul sasaran;

    @BeforeAll
    static void data() {
        kota = Dinas.dariSeed(bean(ApplicationContext.class), "kota-diskopumdag");
        admin = pengguna("admin.ind", false, kota, Peran.ADMIN_DINAS);
        sasaran = bean(TenantScope.class).call(kota, () -> {
            RenstraService r = bean(RenstraService.class);
            long periode = r.daftarPeriode().getLast().id();
            return r.pohon(periode).stream().filter(s -> s.tingkat() == Tingkat.SASARAN).findFirst().orElseThrow();
        });
    }

    @Test
    void theSampleOfAFormulaAndItsErrors() {
        Map<String, BigDecimal> ini = new java.util.LinkedHashMap<>();
        ini.put("rat", new BigDecimal("214"));
        ini.put("jumlah", new BigDecimal("737"));
        PeriksaRumus p = PeriksaRumus.periksa("rat / jumlah * 100", ini, Map.of());
        assertThat(p.sah()).isTrue();
        assertThat(p.contoh()).isNotNull();
        assertThat(p.contoh().setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("29.04");

        PeriksaRumus salah = PeriksaRumus.periksa("rat / (jumlah * 100", ini, Map.of());
        assertThat(salah.sah()).isFalse();
        assertThat(salah.posisi()).isEqualTo(7);

        assertThat(PeriksaRumus.periksa("rat / jumla * 100", ini, Map.of()).galat()).contains("'jumla' tidak dikenal");
        PeriksaRumus lalu = PeriksaRumus.periksa("(rat[N] - rat[N-1]) / rat[N-1] * 100", Map.of("rat", new BigDecimal("110")),
                Map.of("rat", new BigDecimal("100")));
        assertThat(lalu.butuhTahunLalu()).isTrue();
        assertThat(lalu.contoh()).isEqualByComparingTo("10");
    }

    @Test
    void typingAFormulaMarksTheErrorThenShowsTheExampleAndSaves() {
        masukSebagai(admin);
        KerangkaView v = navigate("d/kota-diskopumdag/kerangka", KerangkaView.class);
        DinasTerbuka dinas = (DinasTerbuka) com.vaadin.flow.component.ComponentUtil.getData(UI.getCurrent(), DinasTerbuka.class);
        AtomicReference<IndikatorLengkap> disimpan = new AtomicReference<>();
        IndikatorDialog d = new IndikatorDialog(dinas, bean(IndikatorService.class), sasaran, null, List.of("Bidang Koperasi"), true,
                disimpan::set);
        d.open();
        d.kode.setValue("IKU-UJI");
        d.nama.setValue("Persentase koperasi yang melaksanakan RAT");
        d.satuan.setValue("%");
        IndikatorDialog.BarisKomponen a = d.tambah(null);
        a.nama.setValue("jumlah_koperasi_rat");
        a.label.setValue("Koperasi yang RAT");
        a.contoh.ketik("214");
        IndikatorDialog.BarisKomponen b = d.tambah(null);
        b.nama.setValue("jumlah_koperasi");
        b.label.setValue("Koperasi aktif");
        b.contoh.ketik("737");

        d.rumus.setValue("jumlah_koperasi_rat / (jumlah_koperasi * 100");
        assertThat(d.rumus.isInvalid()).isTrue();
        assertThat(d.rumus.getErrorMessage()).contains("karakter ke-");
        assertThat(teks(d.penunjuk)).isEqualTo("jumlah_koperasi_rat / (jumlah_koperasi * 100");

        d.rumus.setValue("jumlah_koperasi_rat / jumlah_koperas * 100");
        assertThat(d.rumus.getErrorMessage()).contains("'jumlah_koperas' tidak dikenal");

        d.rumus.setValue("jumlah_koperasi_rat / jumlah_koperasi * 100");
        assertThat(d.rumus.isInvalid()).isFalse();
        assertThat(teks(d.hasil)).contains("29,04 %");
        assertThat(a.contohLalu.isVisible()).isFalse();

        d.rumus.setValue("jumlah_koperasi_rat[N] / jumlah_koperasi_rat * 100");
        assertThat(d.rumus.getErrorMessage()).contains("dengan dan tanpa [N]");
    }

    @Test
    void aGrowthFormulaAsksForLastYearsSampleAndSavesWithTheServicesRules() {
        masukSebagai(admin);
        navigate("d/kota-diskopumdag/kerangka", KerangkaView.class);
        DinasTerbuka dinas = (DinasTerbuka) com.vaadin.flow.component.ComponentUtil.getData(UI.getCurrent(), DinasTerbuka.class);
        AtomicReference<IndikatorLengkap> disimpan = new AtomicReference<>();
        IndikatorDialog d = new IndikatorDialog(dinas, bean(IndikatorService.class), sasaran, null, List.of(), true, disimpan::set);
        d.open();
        d.kode.setValue("IKU-TUMBUH");
        d.nama.setValue("Pertumbuhan nilai produksi");
        IndikatorDialog.BarisKomponen a = d.tambah(null);
        a.nama.setValue("nilai_produksi");
        a.label.setValue("Nilai produksi");
        d.rumus.setValue("(nilai_produksi[N] - nilai_produksi[N-1]) / nilai_produksi[N-1] * 100");
        assertThat(a.contohLalu.isVisible()).isTrue();
        a.contoh.ketik("1.100");
        a.contohLalu.ketik("1.000");
        assertThat(teks(d.hasil)).contains("10,00");

        // a component name the service refuses is shown at its field, nothing saved
        IndikatorDialog.BarisKomponen b = d.tambah(null);
        b.nama.setValue("Salah Nama");
        b.label.setValue("x");
        assertThat(b.nama.isInvalid()).isTrue();
        d.simpan.click();
        assertThat(disimpan.get()).isNull();
        assertThat(b.nama.getErrorMessage()).contains("huruf kecil");

        b.hapus.click();
        d.simpan.click();
        assertThat(disimpan.get()).isNotNull();
        assertThat(disimpan.get().indikator().formula()).contains("nilai_produksi[N-1]");
        assertThat(disimpan.get().komponen()).hasSize(1);
        assertThat(d.isOpened()).isFalse();
    }
}
