package id.kinerja.realisasi;

import id.kinerja.common.DitolakException.Butir;
import id.kinerja.common.InvalidInputException;
import id.kinerja.common.Pemeriksaan;
import id.kinerja.target.AturanTarget;
import id.kinerja.target.JenisTarget;
import id.kinerja.target.TargetInput;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A feature's rules report every problem of a request, each at its field, not only the first. */
class AturanRealisasiTest {

    private static RealisasiInput realisasi(long indikator, Integer triwulan, BigDecimal nilai, Map<String, BigDecimal> komponen,
                                            StatusRealisasi status, String alasan) {
        return new RealisasiInput(indikator, 2025, triwulan, nilai, komponen, status, alasan, null, null, null, null, null);
    }

    @Test
    void everyProblemOfABulkRequestIsReportedAtItsField() {
        List<RealisasiInput> items = List.of(
                realisasi(1, 1, BigDecimal.ONE, Map.of("x", BigDecimal.TEN), StatusRealisasi.TERSEDIA, null),
                realisasi(1, 1, null, null, StatusRealisasi.BELUM_TERSEDIA, " "),
                realisasi(9, 2, BigDecimal.ONE, null, null, null),
                realisasi(1, 3, null, null, null, null));
        Pemeriksaan p = new Pemeriksaan();
        AturanRealisasi.periksaSemua(items, id -> id == 1 ? Set.of("a") : null, p);
        assertThat(p.semua()).extracting(Butir::field)
                .containsExactly("[0].komponen.x", "[1]", "[1].alasan", "[2].indikatorId", "[3].nilai");
        assertThat(p.semua().getFirst().alasan()).isEqualTo("komponen 'x' tidak ada pada indikator ini; yang ada: a");
        assertThatThrownBy(p::lempar).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.butir()).hasSize(5);
            assertThat(e.under("realisasi").butir()).extracting(Butir::field).startsWith("realisasi[0].komponen.x");
        });
    }

    @Test
    void targetRulesCollectToo() {
        List<TargetInput> items = List.of(
                new TargetInput(1L, 2025, JenisTarget.PK, null, BigDecimal.ONE, null),
                new TargetInput(1L, 2025, JenisTarget.PK, null, BigDecimal.TEN, null),
                new TargetInput(1L, 2025, JenisTarget.PK, 2, BigDecimal.TEN, null),
                new TargetInput(1L, 2025, null, 1, BigDecimal.TEN, 3L, true));
        Pemeriksaan p = new Pemeriksaan();
        AturanTarget.periksaSemua(items, id -> true, p);
        assertThat(p.semua()).extracting(Butir::field).containsExactly("[1]", "[2]", "[3].baru");
        assertThat(p.semua().getFirst().alasan()).isEqualTo("target PK tahun 2025 muncul dua kali");
        Pemeriksaan kosong = new Pemeriksaan();
        AturanTarget.periksaSemua(items.subList(0, 1), id -> true, kosong);
        assertThat(kosong.kosong()).isTrue();
    }
}
