package id.kinerja.ui.profil;

import id.kinerja.pengguna.Pelaku;
import id.kinerja.pengguna.Peran;
import id.kinerja.profil.ProfilData;
import id.kinerja.profil.ProfilService;
import id.kinerja.tenant.TenantRef;
import id.kinerja.tenant.TenantScope;
import id.kinerja.testing.Dinas;
import id.kinerja.ui.UjiTampilan;
import id.kinerja.unitkerja.UnitKerja;
import id.kinerja.unitkerja.UnitKerjaService;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The profile: reading, saving with the service's rules at their fields, the logo, unit kerja, readers. */
class ProfilViewTest extends UjiTampilan {

    static TenantRef kota;
    static Pelaku admin;
    static Pelaku pembaca;
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @BeforeAll
    static void data() {
        kota = Dinas.dariSeed(bean(ApplicationContext.class), "kota-diskopumdag");
        admin = pengguna("admin.pro", false, kota, Peran.ADMIN_DINAS);
        pembaca = pengguna("baca.pro", false, kota, Peran.PEMBACA);
    }

    static ProfilData tersimpan() {
        return bean(TenantScope.class).call(kota, () -> bean(ProfilService.class).baca());
    }

    @Test
    void aReaderSeesTheProfileReadOnly() {
        masukSebagai(pembaca);
        ProfilView v = navigate("d/kota-diskopumdag/profil", ProfilView.class);
        assertThat(v.namaResmi.getValue()).isEqualTo(tersimpan().namaResmi() == null ? "" : tersimpan().namaResmi());
        assertThat(v.namaResmi.isReadOnly()).isTrue();
        assertThat(v.simpan.getParent()).isEmpty();
        assertThat(v.tambahUnit.getParent()).isEmpty();
        v.simpan();
        assertThat(teks(v.formulir.pesan())).contains("tidak mengizinkan");
    }

    @Test
    void theAdminSavesTheProfileAndSeesTheRulesAtTheirFields() {
        masukSebagai(admin);
        ProfilView v = navigate("d/kota-diskopumdag/profil", ProfilView.class);
        v.fungsi.setValue("Perumusan kebijakan\n\nPelaksanaan kebijakan\n");
        v.kepalaNip.setValue("1973 1118");
        v.simpan();
        assertThat(v.kepalaNip.isInvalid()).isTrue();
        assertThat(v.kepalaNip.getErrorMessage()).isEqualTo("NIP terdiri dari 18 angka");

        v.kepalaNip.setValue("19731118 199303 1 002");
        v.atasanJabatan.setValue("Walikota Uji");
        v.simpan();
        assertThat(v.kepalaNip.isInvalid()).isFalse();
        ProfilData p = tersimpan();
        assertThat(p.fungsi()).containsExactly("Perumusan kebijakan", "Pelaksanaan kebijakan");
        assertThat(p.kepala().nip()).isEqualTo("197311181993031002");
        assertThat(p.atasan().jabatan()).isEqualTo("Walikota Uji");
        assertThat(v.kepalaNip.getValue()).isEqualTo("19731118 199303 1 002");
    }

    @Test
    void aStaleProfileIsNotOverwritten() {
        masukSebagai(admin);
        ProfilView v = navigate("d/kota-diskopumdag/profil", ProfilView.class);
        ProfilData lama = tersimpan();
        bean(TenantScope.class).call(kota, () -> bean(ProfilService.class).simpan(new ProfilData("Nama orang lain", lama.alamat(),
                lama.wilayah(), lama.tugas(), lama.fungsi(), lama.visi(), lama.misi(), lama.kepala(), lama.atasan(), lama.version())));
        v.namaResmi.setValue("Nama saya");
        v.simpan();
        assertThat(tersimpan().namaResmi()).isEqualTo("Nama orang lain");
        assertThat(teks(v.formulir.pesan())).contains("diubah orang lain");
    }

    @Test
    void theLogoAndUnitKerja() {
        masukSebagai(admin);
        ProfilView v = navigate("d/kota-diskopumdag/profil", ProfilView.class);
        v.simpanLogo("bukan gambar".getBytes());
        assertThat(bean(TenantScope.class).call(kota, () -> bean(ProfilService.class).logo())).isEmpty();
        v.simpanLogo(PNG);
        assertThat(semua(v.logo, com.vaadin.flow.component.html.Image.class)).hasSize(1);

        v.unitKode.setValue("BID-UJI");
        v.unitNama.setValue("Bidang Uji");
        v.tambahUnit();
        assertThat(bean(TenantScope.class).call(kota, () -> bean(UnitKerjaService.class).list())).extracting(UnitKerja::kode)
                .contains("BID-UJI");
        v.unitKode.setValue("BID-UJI");
        v.unitNama.setValue("Lagi");
        v.tambahUnit();
        assertThat(v.unitKode.getErrorMessage()).contains("sudah dipakai");
    }
}
