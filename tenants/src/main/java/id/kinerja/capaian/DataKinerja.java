package id.kinerja.capaian;

import id.kinerja.anggaran.Anggaran;
import id.kinerja.anggaran.RealisasiAnggaran;
import id.kinerja.indikator.Indikator;
import id.kinerja.indikator.Komponen;
import id.kinerja.realisasi.Realisasi;
import id.kinerja.realisasi.RealisasiKomponen;
import id.kinerja.renstra.Periode;
import id.kinerja.renstra.Simpul;
import id.kinerja.target.Target;
import id.kinerja.target.TargetTriwulan;

import java.util.List;

/** Everything of one period the calculation reads, loaded in one read transaction. */
public record DataKinerja(
        Periode periode,
        List<Simpul> simpul,
        List<Indikator> indikator,
        List<Komponen> komponen,
        List<Target> target,
        List<TargetTriwulan> targetTriwulan,
        List<Realisasi> realisasi,
        List<RealisasiKomponen> nilaiKomponen,
        List<Anggaran> anggaran,
        List<RealisasiAnggaran> realisasiAnggaran,
        Skala skala) {
}
