package id.kinerja.ui.pendaftaran;

import id.kinerja.pengguna.Pelaku;
import id.kinerja.pengguna.PenggunaService;
import id.kinerja.pengguna.Peran;
import id.kinerja.profil.ProfilService;
import id.kinerja.renstra.RenstraService;
import id.kinerja.tenant.Tenant;
import id.kinerja.tenant.TenantRef;
import id.kinerja.tenant.TenantRegistry;
import id.kinerja.tenant.TenantScope;
import id.kinerja.testing.Dinas;
import id.kinerja.ui.UjiTampilan;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The onboarding wizard: checks as you type, nothing written before the end, every problem of a file by its row. */
class PendaftaranViewTest extends UjiTampilan {

    static TenantRef kota;
    static Pelaku provinsi;

    @BeforeAll
    static void data() {
        kota = Dinas.dariSeed(bean(ApplicationContext.class), "kota-diskopumdag");
        provinsi = pengguna("prov.daftar", true, null, null);
    }

    PendaftaranView buka() {
        masukSebagai(provinsi);
        PendaftaranView v = navigate(PendaftaranView.class);
        v.sinkron = true;
        return v;
    }

    @Test
    void theSlugIsSuggestedAndCheckedAsItIsTyped() {
        PendaftaranView v = buka();
        v.nama.setValue("Dinas Koperasi dan UKM Kota Batu");
        assertThat(v.slug.getValue()).isEqualTo("dinas-koperasi-dan-ukm-kota-batu");
        assertThat(v.slug.isInvalid()).isFalse();
        v.slug.setValue("Kota_Batu");
        assertThat(v.slug.isInvalid()).isTrue();
        assertThat(v.slug.getErrorMessage()).contains("huruf kecil");
        v.slug.setValue("kota-diskopumdag");
        assertThat(v.slug.isInvalid()).isTrue();
        assertThat(v.slug.getErrorMessage()).contains("sudah dipakai");
        v.lanjut();
        assertThat(v.sekarang).isZero();
    }

    @Test
    void aMissingNameAndABadNipKeepTheWizardWhereItIs() {
        PendaftaranView v = buka();
        v.slug.setValue("dinas-tanpa-nama");
        v.lanjut();
        assertThat(v.sekarang).isZero();
        assertThat(v.nama.isInvalid()).isTrue();
        assertThat(v.nama.getErrorMessage()).isEqualTo("wajib diisi");

        v.nama.setValue("Dinas Tanpa Nama");
        v.slug.setValue("dinas-tanpa-nama");
        v.lanjut();
        assertThat(v.sekarang).isEqualTo(1);
        v.kepalaNama.setValue("Drs. Contoh");
        v.kepalaNip.setValue("1234");
        v.lanjut();
        assertThat(v.sekarang).isEqualTo(1);
        assertThat(v.kepalaNip.isInvalid()).isTrue();
        assertThat(v.kepalaNip.getErrorMessage()).contains("18 angka");
        assertThat(bean(TenantRegistry.class).find("dinas-tanpa-nama")).isEmpty();
    }

    @Test
    void aTemplateIsCopiedWithTheHeadAndTheFirstAdminCanBeCreated() {
        PendaftaranView v = buka();
        v.nama.setValue("Dinas Koperasi Kabupaten Contoh");
        v.wilayah.setValue("Kabupaten Contoh");
        v.lanjut();
        v.kepalaNama.setValue("Ir. Kepala Contoh");
        v.kepalaNip.setValue("197001011990031001");
        v.atasanNama.setValue("Bupati Contoh");
        v.atasanJabatan.setValue("Bupati Contoh");
        v.lanjut();
        v.awal.setValue(PendaftaranView.Awal.TEMPLATE);
        v.lanjut();
        assertThat(v.sekarang).as("a template must be chosen").isEqualTo(2);
        v.template.setValue(bean(TenantRegistry.class).find("kota-diskopumdag").orElseThrow());
        v.lanjut();
        assertThat(v.sekarang).isEqualTo(3);
        assertThat(teks(v)).contains("Simpul kerangka").contains("Indikator").contains("Ir. Kepala Contoh");
        assertThat(bean(TenantRegistry.class).find("dinas-koperasi-kabupaten-contoh")).as("nothing written yet").isEmpty();

        v.lanjut();
        assertThat(v.sekarang).isEqualTo(4);
        Tenant t = bean(TenantRegistry.class).find("dinas-koperasi-kabupaten-contoh").orElseThrow();
        assertThat(teks(v.hasil)).contains("sudah terdaftar");
        int periode = bean(TenantScope.class).call(t.ref(), () -> bean(RenstraService.class).daftarPeriode().size());
        assertThat(periode).isPositive();
        String kepala = bean(TenantScope.class).call(t.ref(), () -> bean(ProfilService.class).baca().kepala().nama());
        assertThat(kepala).isEqualTo("Ir. Kepala Contoh");

        v.adminNama.setValue("Admin Contoh");
        v.adminSandi.setValue("pendek");
        v.buatAdmin();
        assertThat(v.adminSandi.isInvalid()).isTrue();
        v.adminSandi.setValue("sandi-admin-contoh");
        v.buatAdmin();
        assertThat(bean(PenggunaService.class).anggota(t.id())).extracting(PenggunaService.Anggota::username, PenggunaService.Anggota::peran)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("admin.dinas-koperasi-kabupaten-contoh", Peran.ADMIN_DINAS));
    }

    @Test
    void aWorkbookWithAnErrorShowsItsRowAndIsRefusedUntilFixed() {
        PendaftaranView v = buka();
        v.nama.setValue("Dinas Dari Berkas");
        v.lanjut();
        v.lanjut();
        v.awal.setValue(PendaftaranView.Awal.BERKAS);
        byte[] baik = BerkasUji.baik(bean(ApplicationContext.class), "lumajang-diskopum");
        v.terima("lumajang.xlsx", BerkasUji.rusak(baik, 3));
        assertThat(v.statusBerkas.getText()).contains("1 masalah");
        v.lanjut();
        assertThat(v.sekarang).isEqualTo(3);
        assertThat(v.masalahBerkas).singleElement().satisfies(m -> {
            assertThat(m.lembar()).isEqualTo("Target");
            assertThat(m.baris()).isEqualTo(3);
            assertThat(m.kolom()).isEqualTo("Nilai");
        });
        assertThat(v.gridMasalah.isVisible()).isTrue();
        v.lanjut();
        assertThat(v.sekarang).as("Buat dinas is refused while the file has problems").isEqualTo(3);
        assertThat(bean(TenantRegistry.class).find("dinas-dari-berkas")).isEmpty();

        v.tampilkan(2);
        v.terima("lumajang.xlsx", baik);
        v.lanjut();
        assertThat(v.gridMasalah.isVisible()).isFalse();
        v.lanjut();
        Tenant t = bean(TenantRegistry.class).find("dinas-dari-berkas").orElseThrow();
        assertThat(t.name()).isEqualTo("Dinas Dari Berkas");
        assertThat(teks(v.hasil)).contains("sudah terdaftar");
    }
}
