package id.kinerja.pertukaran;

import id.kinerja.pertukaran.dokumen.Dokumen;

import id.kinerja.capaian.CapaianService;
import id.kinerja.capaian.PohonCapaian;
import id.kinerja.pertukaran.dokumen.Dokumen.Indicator;
import id.kinerja.pertukaran.dokumen.Dokumen.Node;
import id.kinerja.tenant.TenantRef;
import id.kinerja.tenant.TenantScope;
import id.kinerja.testing.Dinas;
import id.kinerja.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each shipped seed loads into a tenant; figures transcribed from the documents are read back from what was
 * stored (the tenant's export) and, for 002, from the computed capaian (the full 002 check is Golden002Test).
 */
class SeedTest {

    static ApplicationContext context;

    @BeforeAll
    static void start() {
        context = ApplicationContext.run(TestDatabase.freshDatabase());
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void lumajangDiskopukmperindag002And000() {
        Dokumen d = simpanLaluEkspor("lumajang-diskopukmperindag");
        assertThat(d.profile().kepala().nip()).isEqualTo("197311181993031002");
        assertThat(d.profile().atasan().acting()).isTrue();
        assertThat(d.profile().fungsi()).hasSize(5);
        assertThat(d.periods()).hasSize(2);
        Dokumen.Period p2025 = d.periods().stream().filter(p -> p.tujuan().size() == 2 && !simpul(p).filter(n -> n.code().equals("P15")).toList().isEmpty())
                .findFirst().orElseThrow();
        assertThat(simpul(p2025).filter(n -> n.programs() != null).mapToInt(n -> n.programs().size()).sum()).isEqualTo(17);
        assertThat(indikator(p2025, "P15").size()).isEqualTo(2);
        BigDecimal total = simpul(p2025).filter(n -> n.kegiatan() != null).flatMap(n -> n.budgets().stream())
                .map(Dokumen.Budget::anggaran).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isEqualByComparingTo("27805047633");
        // the 2022 IKU set of 000: 5 IKU without targets
        Dokumen.Period p2022 = d.periods().stream().filter(p -> p != p2025).findFirst().orElseThrow();
        List<Indicator> iku2022 = simpul(p2022).flatMap(n -> n.indicators().stream()).filter(i -> Boolean.TRUE.equals(i.iku())).toList();
        assertThat(iku2022).hasSize(5).allSatisfy(i -> assertThat(i.targets()).isEmpty());

        PohonCapaian pohon = context.getBean(TenantScope.class).call(tenant("lumajang-diskopukmperindag"),
                () -> context.getBean(CapaianService.class).pohon(null, 2025, 2));
        assertThat(pohon.anggaran().realisasi()).isEqualByComparingTo("6835975140");
    }

    @Test
    void lumajangDiskopum001() {
        Dokumen d = simpanLaluEkspor("lumajang-diskopum");
        assertThat(d.profile().kepala().nip()).isEqualTo("196604201992031008");
        Dokumen.Period p = d.periods().getFirst();
        assertThat(simpul(p).filter(n -> n.kegiatan() != null).mapToInt(n -> n.kegiatan().size()).sum()).isEqualTo(17);
        Indicator t1 = cari(p, "T1-1");
        assertThat(t1.realisations()).anySatisfy(r -> {
            assertThat(r.year()).isEqualTo(2013);
            assertThat(r.quarter()).isNull();
            assertThat(r.value()).isEqualByComparingTo("87.3");
        });
        assertThat(t1.targets()).anySatisfy(t -> {
            assertThat(t.year()).isEqualTo(2019);
            assertThat(t.value()).isEqualByComparingTo("91.9");
        });
        assertThat(cari(p, "IKU-S2-1").formula()).isEqualTo("(jml_um[N] - jml_um[N-1]) / jml_um[N-1] * 100");
        assertThat(cari(p, "IKU-S1-2").targets()).anySatisfy(t -> assertThat(t.value()).isEqualByComparingTo("87.5"));
    }

    @Test
    void pasuruanDiskopum003() {
        Dokumen d = simpanLaluEkspor("pasuruan-diskopum");
        assertThat(d.profile().kepala().pangkat()).isEqualTo("Pembina Utama Muda");
        assertThat(d.profile().kepala().nip()).isEqualTo("196405051993031012");
        assertThat(d.profile().fungsi()).hasSize(6);
        assertThat(d.profile().visi()).startsWith("Mewujudkan Koperasi dan Usaha Mikro naik kelas");
        Dokumen.Period p = d.periods().getFirst();
        assertThat(p.tujuan()).hasSize(1);
        assertThat(cari(p, "IKU-S1-1").formula())
                .isEqualTo("(volume_usaha_koperasi[N] - volume_usaha_koperasi[N-1]) / volume_usaha_koperasi[N-1] * 100");
        assertThat(cari(p, "IKU-S1-1").unit()).isEqualTo("Bidang Koperasi");
    }

    @Test
    void kotaDiskopumdag004() {
        Dokumen seed = Dinas.seed(context, "kota-diskopumdag");
        assertThat(seed.tenant().region()).isNull();
        assertThat(seed.tenant().province()).isNull();
        Dokumen d = simpanLaluEkspor("kota-diskopumdag");
        Dokumen.Period p = d.periods().getFirst();
        assertThat(p.startYear()).isNull();
        assertThat(p.tujuan()).hasSize(2);
        assertThat(simpul(p).flatMap(n -> n.indicators().stream()).filter(i -> Boolean.TRUE.equals(i.iku())).count()).isEqualTo(6);
        assertThat(cari(p, "IKU-S2-1").formula()).isEqualTo("jumlah_koperasi_berkualitas / jumlah_koperasi_aktif * 100");
        assertThat(d.profile().fungsi()).hasSize(7);
    }

    private static Dokumen simpanLaluEkspor(String slug) {
        TenantRef ref = Dinas.dariSeed(context, slug);
        return context.getBean(TenantScope.class).call(ref, () -> context.getBean(Pertukaran.class).ekspor(null));
    }

    private static TenantRef tenant(String slug) {
        return context.getBean(id.kinerja.tenant.TenantRegistry.class).serving(slug);
    }

    private static Indicator cari(Dokumen.Period p, String kode) {
        return simpul(p).flatMap(n -> n.indicators().stream()).filter(i -> i.code().equals(kode)).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + kode));
    }

    private static List<Indicator> indikator(Dokumen.Period p, String kodeSimpul) {
        return simpul(p).filter(n -> n.code().equals(kodeSimpul)).findFirst().orElseThrow().indicators();
    }

    private static Stream<Node> simpul(Dokumen.Period p) {
        List<Node> all = new ArrayList<>();
        p.tujuan().forEach(t -> collect(t, all));
        return all.stream();
    }

    private static void collect(Node n, List<Node> all) {
        all.add(n);
        Stream.of(n.sasaran(), n.programs(), n.kegiatan(), n.subKegiatan())
                .filter(java.util.Objects::nonNull).flatMap(List::stream).forEach(c -> collect(c, all));
    }
}
