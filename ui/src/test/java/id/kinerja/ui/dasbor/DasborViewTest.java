package id.kinerja.ui.dasbor;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import id.kinerja.capaian.CapaianService;
import id.kinerja.capaian.KategoriSkala;
import id.kinerja.capaian.PohonCapaian;
import id.kinerja.pengguna.Pelaku;
import id.kinerja.pengguna.Peran;
import id.kinerja.persetujuan.AlurPersetujuan;
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

/** Dasbor: the tree of the quarter (snapshot when locked), the counts, the scale's colours, the IKU trends as SVG. */
class DasborViewTest extends UjiTampilan {

    static final String ALAMAT = "d/lumajang-diskopukmperindag/dasbor/2025/";
    static TenantRef lumajang;
    static Pelaku pembaca;
    static Pelaku provinsi;

    @BeforeAll
    static void data() {
        lumajang = Dinas.dariSeed(bean(ApplicationContext.class), "lumajang-diskopukmperindag");
        pembaca = pengguna("baca.dasbor", false, lumajang, Peran.PEMBACA);
        provinsi = pengguna("prov.dasbor", true, null, null);
        AlurPersetujuan alur = bean(AlurPersetujuan.class);
        bean(TenantScope.class).run(lumajang, () -> {
            alur.ajukan(2025, 1);
            alur.verifikasi(2025, 1);
            alur.kunci(2025, 1);
        });
    }

    @Test
    void theQuarterShowsItsTreeCountsAndBudgetAsTheServiceComputesThem() {
        masukSebagai(pembaca);
        DasborView v = navigate(ALAMAT + "2", DasborView.class);
        assertThat(v.tahun.getValue()).isEqualTo(2025);
        assertThat(v.triwulan.getValue()).isEqualTo(2);
        assertThat(teks(v.status)).isEqualTo("Draf · Draf");
        PohonCapaian p = bean(TenantScope.class).call(lumajang, () -> bean(CapaianService.class).pohon(null, 2025, 2));
        assertThat(v.pohon).isNotNull();
        DasborView.Hitungan h = DasborView.hitungan(p);
        assertThat(h.mencapai() + h.belumMencapai() + h.tidakTerukur()).isPositive();
        assertThat(teks(cari(Div.class, "jumlah-mencapai"))).contains(String.valueOf(h.mencapai()));
        assertThat(teks(cari(Div.class, "jumlah-belum"))).contains(String.valueOf(h.belumMencapai()));
        assertThat(teks(cari(Div.class, "jumlah-tidak-terukur"))).contains(String.valueOf(h.tidakTerukur()));
        assertThat(teks(cari(Div.class, "penyerapan"))).contains(DasborView.persen(p.anggaran().penyerapan()));

        List<DasborView.Baris> baris = DasborView.baris(v.pohon);
        assertThat(baris).extracting(b -> b.simpul().tingkat().name()).contains("TUJUAN", "SASARAN", "PROGRAM")
                .doesNotContain("KEGIATAN", "SUB_KEGIATAN");
        assertThat(baris.getFirst().simpul().kode()).isEqualTo(p.tujuan().getFirst().kode());

        // one SVG per IKU, drawn by the Laporan Kinerja's chart
        List<Html> svg = semua(v.grafik, Html.class).toList();
        assertThat(svg).hasSize(DasborView.iku(p).size()).isNotEmpty();
        assertThat(svg.getFirst().getElement().getTag()).isEqualTo("svg");
        assertThat(svg.getFirst().getInnerHtml()).contains("Realisasi").contains("Target");
    }

    @Test
    void aLockedQuarterIsReadFromItsSnapshotAndTheProvinceMayOpenIt() {
        masukSebagai(provinsi);
        DasborView v = navigate(ALAMAT + "1", DasborView.class);
        assertThat(teks(v.status)).startsWith("Final");
        PohonCapaian snapshot = bean(TenantScope.class).call(lumajang, () -> bean(AlurPersetujuan.class).pohon((Long) null, 2025, 1));
        assertThat(v.pohon).isEqualTo(snapshot);
        v.triwulan.setValue(2);
        v.muat();
        assertThat(teks(v.status)).startsWith("Draf");
        assertThat(v.pohon.triwulan()).isEqualTo(2);
    }

    @Test
    void theScaleColoursTheBestStepGreenAndTheWorstRed() {
        List<KategoriSkala> skala = List.of(new KategoriSkala(1L, new BigDecimal("90"), "Sangat baik", 1),
                new KategoriSkala(2L, new BigDecimal("75"), "Baik", 2), new KategoriSkala(3L, null, "Kurang", 3));
        assertThat(DasborView.warna(skala, "Sangat baik")).isEqualTo("hsl(120, 65%, 85%)");
        assertThat(DasborView.warna(skala, "Baik")).isEqualTo("hsl(60, 65%, 85%)");
        assertThat(DasborView.warna(skala, "Kurang")).isEqualTo("hsl(0, 65%, 85%)");
        assertThat(DasborView.warna(skala, "lain")).contains("contrast");
    }

    @Test
    void capaianCellsCarryTheirStepsColour() {
        masukSebagai(pembaca);
        DasborView v = navigate(ALAMAT + "2", DasborView.class);
        List<Span> legenda = semua(cari(Div.class, "legenda-skala"), Span.class).toList();
        assertThat(legenda).hasSize(v.pohon.skala().size());
        assertThat(legenda.getFirst().getStyle().get("background")).isEqualTo("hsl(120, 65%, 85%)");
    }
}
