package id.kinerja.ui.rekap;

import com.vaadin.flow.router.RouterLink;
import id.kinerja.capaian.PohonCapaian;
import id.kinerja.pengguna.Pelaku;
import id.kinerja.pengguna.Peran;
import id.kinerja.persetujuan.AlurPersetujuan;
import id.kinerja.persetujuan.StatusPersetujuan;
import id.kinerja.tenant.TenantRef;
import id.kinerja.tenant.TenantScope;
import id.kinerja.testing.Dinas;
import id.kinerja.ui.UjiTampilan;
import id.kinerja.ui.dasbor.DasborView;
import io.micronaut.context.ApplicationContext;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rekap provinsi: a page per statement with the counts as submitted (provisional) or locked (final), the drill-down,
 * the XLSX, the province only.
 */
class RekapViewTest extends UjiTampilan {

    static TenantRef lumajang;
    static TenantRef kota;
    static Pelaku provinsi;
    static Pelaku admin;
    static PohonCapaian snapshot;

    @BeforeAll
    static void data() {
        ApplicationContext ctx = bean(ApplicationContext.class);
        lumajang = Dinas.dariSeed(ctx, "lumajang-diskopukmperindag");
        kota = Dinas.dariSeed(ctx, "kota-diskopumdag");
        provinsi = pengguna("prov.rekap", true, null, null);
        admin = pengguna("admin.rekap", false, lumajang, Peran.ADMIN_DINAS);
        AlurPersetujuan alur = bean(AlurPersetujuan.class);
        snapshot = bean(TenantScope.class).call(lumajang, () -> {
            alur.ajukan(2025, 2);
            alur.verifikasi(2025, 2);
            alur.kunci(2025, 2);
            return alur.pohon((Long) null, 2025, 2);
        });
        // kota's seed has no period measuring 2025: it is submitted without figures
        bean(TenantScope.class).run(kota, () -> alur.ajukan(2025, 2));
    }

    static RekapView.Baris baris(List<RekapView.Baris> semua, String slug) {
        return semua.stream().filter(b -> b.tenant().slug().equals(slug)).findFirst().orElseThrow();
    }

    @Test
    void aLockedQuarterShowsTheCountsAndAbsorptionItsSnapshotFroze() {
        masukSebagai(provinsi);
        RekapView v = navigate(RekapView.class);
        v.tahun.setValue(2025);
        v.triwulan.setValue(2);
        List<RekapView.Baris> semua = v.baca(0, 50);
        assertThat(semua).extracting(b -> b.tenant().slug()).containsExactlyInAnyOrder("kota-diskopumdag", "lumajang-diskopukmperindag");

        var l = baris(semua, "lumajang-diskopukmperindag").rekap();
        assertThat(l.status()).isEqualTo(StatusPersetujuan.DIKUNCI);
        assertThat(RekapView.label(l)).isEqualTo("Dikunci");
        int mencapai = snapshot.ringkasan().values().stream().mapToInt(PohonCapaian.Ringkasan::mencapai).sum();
        int belum = snapshot.ringkasan().values().stream().mapToInt(PohonCapaian.Ringkasan::belumMencapai).sum();
        int tidak = snapshot.ringkasan().values().stream().mapToInt(PohonCapaian.Ringkasan::tidakTerukur).sum();
        assertThat(mencapai + belum + tidak).isPositive();
        assertThat(l.mencapai()).isEqualTo(mencapai);
        assertThat(l.belumMencapai()).isEqualTo(belum);
        assertThat(l.tidakTerukur()).isEqualTo(tidak);
        assertThat(l.penyerapan()).isEqualByComparingTo(snapshot.anggaran().penyerapan());
        assertThat(l.anggaran()).isEqualByComparingTo(snapshot.anggaran().anggaran());

        assertThat(l.sementara()).isFalse();
        assertThat(RekapView.sifat(l)).isEqualTo("Final");

        // submitted without a tree (no period measures the year): the state, no figures
        var k = baris(semua, "kota-diskopumdag").rekap();
        assertThat(k.status()).isEqualTo(StatusPersetujuan.DIAJUKAN);
        assertThat(k.mencapai()).isNull();
        assertThat(k.penyerapan()).isNull();
        assertThat(RekapView.sifat(k)).isEqualTo("—");

        v.triwulan.setValue(3);
        assertThat(baris(v.baca(0, 50), "lumajang-diskopukmperindag").rekap().mencapai()).isNull();
        assertThat(RekapView.sifat(baris(v.baca(0, 50), "lumajang-diskopukmperindag").rekap())).isEqualTo("—");
    }

    @Test
    void provisionalFiguresStayWhileVerifiedGoWhenReturnedAndBecomeFinalWhenLocked() {
        masukSebagai(provinsi);
        RekapView v = navigate(RekapView.class);
        v.tahun.setValue(2025);
        v.triwulan.setValue(4);
        AlurPersetujuan alur = bean(AlurPersetujuan.class);
        TenantScope scope = bean(TenantScope.class);
        java.util.function.Supplier<id.kinerja.persetujuan.PelaporanDinas.Rekap> lumajangTw4 =
                () -> baris(v.baca(0, 50), "lumajang-diskopukmperindag").rekap();
        assertThat(lumajangTw4.get().mencapai()).isNull();

        PohonCapaian pohon = scope.call(lumajang, () -> {
            alur.ajukan(2025, 4);
            return alur.pohon((Long) null, 2025, 4);
        });
        var diajukan = lumajangTw4.get();
        assertThat(diajukan.status()).isEqualTo(StatusPersetujuan.DIAJUKAN);
        assertThat(diajukan.sementara()).isTrue();
        assertThat(RekapView.sifat(diajukan)).isEqualTo("Sementara");
        assertThat(diajukan.mencapai()).isEqualTo(pohon.ringkasan().values().stream().mapToInt(PohonCapaian.Ringkasan::mencapai).sum());
        assertThat(diajukan.tidakTerukur()).isEqualTo(pohon.ringkasan().values().stream().mapToInt(PohonCapaian.Ringkasan::tidakTerukur).sum());
        assertThat(diajukan.mencapai() + diajukan.belumMencapai() + diajukan.tidakTerukur()).isPositive();

        scope.run(lumajang, () -> alur.verifikasi(2025, 4));
        assertThat(lumajangTw4.get()).isEqualTo(new id.kinerja.persetujuan.PelaporanDinas.Rekap(diajukan.realisasi(),
                StatusPersetujuan.DIVERIFIKASI, diajukan.mencapai(), diajukan.belumMencapai(), diajukan.tidakTerukur(),
                diajukan.anggaran(), diajukan.realisasiAnggaran(), diajukan.penyerapan()));
        assertThat(lumajangTw4.get().sementara()).isTrue();

        scope.run(lumajang, () -> alur.kembalikan(2025, 4, "Bukti belum lengkap"));
        assertThat(lumajangTw4.get().status()).isEqualTo(StatusPersetujuan.DRAF);
        assertThat(lumajangTw4.get().mencapai()).isNull();
        assertThat(lumajangTw4.get().sementara()).isFalse();

        scope.run(lumajang, () -> {
            alur.ajukan(2025, 4);
            alur.verifikasi(2025, 4);
            alur.kunci(2025, 4);
        });
        assertThat(lumajangTw4.get().sementara()).isFalse();
        assertThat(lumajangTw4.get().mencapai()).isEqualTo(diajukan.mencapai());
        assertThat(RekapView.sifat(lumajangTw4.get())).isEqualTo("Final");
        // reopened: a draft again, without figures
        scope.run(lumajang, () -> alur.buka(2025, 4, "Koreksi"));
        assertThat(lumajangTw4.get().mencapai()).isNull();
    }

    @Test
    void theNameOpensTheDinasDashboardOfThatQuarter() {
        masukSebagai(provinsi);
        RekapView v = navigate(RekapView.class);
        v.tahun.setValue(2025);
        v.triwulan.setValue(2);
        RouterLink link = (RouterLink) v.nama(baris(v.baca(0, 50), "lumajang-diskopukmperindag"));
        assertThat(link.getHref()).isEqualTo("d/lumajang-diskopukmperindag/dasbor/2025/2");
        assertThat(link.getText()).isEqualTo(baris(v.baca(0, 50), "lumajang-diskopukmperindag").tenant().name());
        navigate(link.getHref(), DasborView.class);
        assertThat(tampilan()).isInstanceOf(DasborView.class);
        assertThat(teks(tampilan())).contains("Final").contains("Triwulan II 2025");
    }

    @Test
    void theWorkbookHasEveryDinasWithNumbersAsNumbers() throws IOException {
        masukSebagai(provinsi);
        RekapView v = navigate(RekapView.class);
        v.tahun.setValue(2025);
        v.triwulan.setValue(2);
        assertThat(v.namaBerkas()).isEqualTo("rekap-provinsi-2025-TW2.xlsx");
        try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(v.xlsx()))) {
            Sheet s = buku.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Rekap provinsi — Triwulan II 2025");
            assertThat(s.getRow(2).getCell(6).getStringCellValue()).isEqualTo("Capaian ≥ 100 %");
            // in the grid's order (by name): Lumajang's "Dinas Koperasi …" before the city's
            Row l = s.getRow(3);
            Row kota = s.getRow(4);
            assertThat(kota.getCell(1).getStringCellValue()).isEqualTo("kota-diskopumdag");
            assertThat(kota.getCell(4).getStringCellValue()).isEqualTo("Diajukan");
            assertThat(kota.getCell(6)).isNull();
            assertThat(kota.getCell(12).getStringCellValue()).isEqualTo("—");
            assertThat(s.getRow(2).getCell(12).getStringCellValue()).isEqualTo("Angka");
            assertThat(l.getCell(1).getStringCellValue()).isEqualTo("lumajang-diskopukmperindag");
            assertThat(l.getCell(4).getStringCellValue()).isEqualTo("Dikunci");
            assertThat(l.getCell(12).getStringCellValue()).isEqualTo("Final");
            assertThat((int) l.getCell(6).getNumericCellValue())
                    .isEqualTo(snapshot.ringkasan().values().stream().mapToInt(PohonCapaian.Ringkasan::mencapai).sum());
            assertThat(l.getCell(11).getNumericCellValue())
                    .isCloseTo(snapshot.anggaran().penyerapan().doubleValue(), org.assertj.core.api.Assertions.within(1e-9));
            assertThat(s.getLastRowNum()).isEqualTo(4);
        }
    }

    @Test
    void onlyTheProvinceOpensTheRecapOrWritesItsWorkbook() {
        masukSebagai(admin);
        navigate("rekap", com.vaadin.flow.component.Component.class);
        assertThat(tampilan()).isNotInstanceOf(RekapView.class);
        masukSebagai(provinsi);
        RekapView v = navigate(RekapView.class);
        masukSebagai(admin);
        assertThatThrownBy(v::xlsx).hasMessageContaining("admin provinsi");
    }
}
