package id.kinerja.ui.jejak;

import com.vaadin.flow.data.provider.Query;
import id.kinerja.jejak.Jejak;
import id.kinerja.pengguna.Pelaku;
import id.kinerja.pengguna.Peran;
import id.kinerja.persetujuan.AlurPersetujuan;
import id.kinerja.tenant.TenantRef;
import id.kinerja.tenant.TenantScope;
import id.kinerja.testing.Dinas;
import id.kinerja.ui.PenggunaSesi;
import id.kinerja.ui.UjiTampilan;
import id.kinerja.ui.galat.AksesDitolak;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.propagation.PropagatedContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Jejak: who may open it, the filters, paging in the database, the CSV, a change in one line. */
class JejakViewTest extends UjiTampilan {

    static final String ALAMAT = "d/lumajang-diskopukmperindag/jejak";
    static TenantRef lumajang;
    static Pelaku admin;
    static Pelaku pemeriksa;
    static Pelaku editor;

    @BeforeAll
    static void data() {
        lumajang = Dinas.dariSeed(bean(ApplicationContext.class), "lumajang-diskopukmperindag");
        admin = pengguna("admin.jjk", false, lumajang, Peran.ADMIN_DINAS);
        pemeriksa = pengguna("periksa.jjk", false, lumajang, Peran.PEMERIKSA);
        editor = pengguna("editor.jjk", false, lumajang, Peran.EDITOR);
        AlurPersetujuan alur = bean(AlurPersetujuan.class);
        try (PropagatedContext.Scope s = PenggunaSesi.sebagai(editor)) {
            bean(TenantScope.class).run(lumajang, () -> alur.ajukan(2025, 2));
        }
        try (PropagatedContext.Scope s = PenggunaSesi.sebagai(pemeriksa)) {
            bean(TenantScope.class).run(lumajang, () -> alur.kembalikan(2025, 2, "angka belum lengkap"));
        }
    }

    static List<Jejak> halaman(JejakView v, int lewati, int batas) {
        return v.grid.getDataProvider().fetch(new Query<>(lewati, batas, List.of(), null, null)).toList();
    }

    static int jumlah(JejakView v) {
        return v.grid.getDataProvider().size(new Query<>());
    }

    @Test
    void onlyTheAdminAndTheReviewersOpenIt() {
        masukSebagai(editor);
        navigate(ALAMAT, com.vaadin.flow.component.Component.class);
        assertThat(tampilan()).isInstanceOf(AksesDitolak.class);
        masukSebagai(pemeriksa);
        assertThat(navigate(ALAMAT, JejakView.class)).isNotNull();
    }

    @Test
    void filtersByTableUserAndDaysAndPagesInTheDatabase() {
        masukSebagai(admin);
        JejakView v = navigate(ALAMAT, JejakView.class);
        int semua = jumlah(v);
        assertThat(semua).isGreaterThanOrEqualTo(2);
        assertThat(v.tabel.getGenericDataView().getItems().toList()).contains("persetujuan");
        assertThat(v.pengguna.getGenericDataView().getItems().toList()).contains("editor.jjk", "periksa.jjk");

        v.pengguna.setValue("periksa.jjk");
        assertThat(jumlah(v)).isEqualTo(1);
        Jejak j = halaman(v, 0, 50).getFirst();
        assertThat(j.entitas()).isEqualTo("persetujuan");
        assertThat(j.alasan()).isEqualTo("angka belum lengkap");
        assertThat(RingkasJejak.perubahan(j)).contains("status: DIAJUKAN → DRAF");

        v.pengguna.clear();
        v.tabel.setValue("persetujuan");
        assertThat(jumlah(v)).isEqualTo(2);
        // newest first, one page at a time
        assertThat(halaman(v, 0, 1)).extracting(Jejak::pengguna).containsExactly("periksa.jjk");
        assertThat(halaman(v, 1, 1)).extracting(Jejak::pengguna).containsExactly("editor.jjk");

        LocalDate besok = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).plusDays(1);
        v.dari.setValue(besok);
        assertThat(jumlah(v)).isZero();
        v.dari.setValue(besok.minusDays(2));
        v.sampai.setValue(besok.minusDays(1));
        assertThat(jumlah(v)).isEqualTo(2);
        assertThat(teks(v.jumlah)).isEqualTo("2 baris");
        v.bersihkan.click();
        assertThat(jumlah(v)).isEqualTo(semua);
    }

    @Test
    void theCsvHoldsTheFilteredRows() {
        masukSebagai(admin);
        JejakView v = navigate(ALAMAT, JejakView.class);
        assertThat(v.csv.getHref()).startsWith("VAADIN/dynamic/resource/");
        v.pengguna.setValue("editor.jjk");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        v.tulisCsv(bean(id.kinerja.ui.AksesDinas.class).buka("lumajang-diskopukmperindag", id.kinerja.pengguna.Izin.LIHAT_JEJAK),
                v.saring, out);
        List<String> baris = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(baris.getFirst()).isEqualTo("waktu,pengguna,aksi,entitas,entitas_id,lama,baru,alasan");
        assertThat(baris).hasSize(2);
        assertThat(baris.get(1)).contains("\"editor.jjk\"", "\"persetujuan\"", "DIAJUKAN");
    }

    @Test
    void aChangeInOneLineWithIndonesianNumbers() {
        Map<String, Object> lama = new LinkedHashMap<>();
        lama.put("nilai", new BigDecimal("10.50"));
        lama.put("catatan", null);
        Map<String, Object> baru = new LinkedHashMap<>();
        baru.put("nilai", new BigDecimal("1234.5"));
        baru.put("catatan", "revisi");
        Jejak ubah = new Jejak(1L, Instant.now(), "x", "UPDATE", "realisasi", 7L, lama, baru, null);
        assertThat(RingkasJejak.perubahan(ubah)).isEqualTo("catatan: — → revisi; nilai: 10,5 → 1.234,5");
        Jejak tambah = new Jejak(2L, Instant.now(), "x", "INSERT", "target", 8L, null,
                Map.of("id", 8, "tahun", 2025, "nilai", new BigDecimal("12.75")), null);
        assertThat(RingkasJejak.perubahan(tambah)).isEqualTo("nilai: 12,75; tahun: 2025");
    }
}
