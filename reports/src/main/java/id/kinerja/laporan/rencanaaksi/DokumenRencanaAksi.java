package id.kinerja.laporan.rencanaaksi;

import id.kinerja.capaian.CapaianService;
import id.kinerja.capaian.PohonCapaian;
import id.kinerja.capaian.PohonCapaian.IndikatorCapaian;
import id.kinerja.capaian.PohonCapaian.SimpulCapaian;
import id.kinerja.capaian.PohonCapaian.TriwulanCapaian;
import id.kinerja.indikator.Indikator;
import id.kinerja.laporan.Dokumen;
import id.kinerja.laporan.FormatIndonesia;
import id.kinerja.laporan.JenisLaporan;
import id.kinerja.laporan.Kerangka;
import id.kinerja.laporan.Lingkup;
import id.kinerja.laporan.Permintaan;
import id.kinerja.laporan.Teks;
import id.kinerja.laporan.mesin.Cetakan;
import id.kinerja.laporan.mesin.Nilai;
import id.kinerja.persetujuan.AlurPersetujuan;
import id.kinerja.persetujuan.StatusPersetujuan;
import id.kinerja.realisasi.StatusRealisasi;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Rencana Aksi of a year up to a quarter: every node with its indicators, the year's target, each
 * quarter's target and realisation (a realisation not available prints its reason), the realisation so far and
 * capaian against the year's and the cumulative quarterly target. A locked quarter prints its snapshot.
 */
@Singleton
final class DokumenRencanaAksi implements Dokumen {

    private static final int DESIMAL_CAPAIAN = 2;

    private final AlurPersetujuan alur;
    private final CapaianService capaian;

    DokumenRencanaAksi(AlurPersetujuan alur, CapaianService capaian) {
        this.alur = alur;
        this.capaian = capaian;
    }

    @Override
    public JenisLaporan jenis() {
        return JenisLaporan.RENCANA_AKSI;
    }

    @Override
    public Cetakan susun(Permintaan p, Lingkup l) {
        int tahun = l.tahun();
        int triwulan = l.triwulan();
        PohonCapaian pohon = alur.pohon(l.periode().id(), tahun, triwulan);
        l.pastikanTahunBerdata(pohon);
        boolean dikunci = alur.status(tahun).get(triwulan - 1).status() == StatusPersetujuan.DIKUNCI;
        Kerangka k = new Kerangka(capaian.muat(l.periode().id(), tahun));
        List<BarisRencanaAksi> baris = new ArrayList<>();
        pohon.tujuan().forEach(t -> tambah(t, 0, triwulan, k, baris));
        String tw = FormatIndonesia.triwulan(triwulan);
        String dokumen = "Rencana Aksi " + tahun + " s.d. " + tw;
        Map<String, Object> param = new HashMap<>();
        param.put("KOP", l.kop("RENCANA AKSI TAHUN " + tahun, "Target dan realisasi s.d. " + tw));
        param.put("TTD", l.kepala(l.tempatTanggal(l.tanggal()), null));
        param.put("DOKUMEN", dokumen);
        param.put("JUDUL_TABEL", dokumen + " \u2014 " + l.instansi());
        param.put("TRIWULAN", triwulan);
        param.put("TAHUN", String.valueOf(tahun));
        param.put("CATATAN_KAKI", dikunci ? tw + " " + tahun + " telah dikunci: angka sesuai saat penguncian"
                : "DRAF \u2014 " + tw + " " + tahun + " belum dikunci; angka dapat berubah");
        return new Cetakan("rencana-aksi", dokumen, l.instansi(), l.namaBerkas(jenis()), param, baris);
    }

    private void tambah(SimpulCapaian s, int kedalaman, int triwulan, Kerangka k, List<BarisRencanaAksi> baris) {
        List<BarisRencanaAksi.Indikator> ind = new ArrayList<>();
        for (IndikatorCapaian i : s.indikator()) {
            Indikator teks = k.indikator(i.id());
            int presisi = teks == null ? i.presisi() : teks.presisi();
            Nilai[] tr = new Nilai[8];
            boolean adaTargetTriwulan = i.targetKumulatif() != null || i.triwulan().stream().anyMatch(t -> t.target() != null);
            for (int q = 1; q <= 4; q++) {
                TriwulanCapaian c = q <= i.triwulan().size() ? i.triwulan().get(q - 1) : null;
                tr[(q - 1) * 2] = c != null && c.target() != null ? Nilai.angka(c.target(), presisi)
                        : q > triwulan ? Nilai.diLuar() : Nilai.alasan(adaTargetTriwulan ? "belum ditetapkan" : Teks.STRIP);
                tr[(q - 1) * 2 + 1] = q > triwulan ? Nilai.diLuar() : realisasi(c, presisi);
            }
            Nilai target = i.targetTahunan() == null ? Nilai.alasan("belum ditetapkan") : Nilai.angka(i.targetTahunan(), presisi);
            Nilai realisasi = Nilai.atau(i.realisasi(), presisi, ringkas(i.keterangan()));
            Nilai capaian = Nilai.atau(i.capaian(), DESIMAL_CAPAIAN, ringkas(i.keterangan()));
            Nilai kumulatif = i.capaianKumulatif() != null ? Nilai.angka(i.capaianKumulatif(), DESIMAL_CAPAIAN)
                    : i.targetKumulatif() == null ? Nilai.alasan("tanpa target triwulan") : Nilai.alasan(ringkas(i.keterangan()));
            ind.add(new BarisRencanaAksi.Indikator(i.nama(), Teks.atauStrip(i.satuan()), target, tr[0], tr[1], tr[2], tr[3], tr[4],
                    tr[5], tr[6], tr[7], realisasi, capaian, kumulatif));
        }
        if (ind.isEmpty()) {
            Nilai strip = Nilai.alasan(Teks.STRIP);
            ind.add(new BarisRencanaAksi.Indikator("belum ada indikator", Teks.STRIP, strip, strip, strip, strip, strip, strip, strip,
                    strip, strip, strip, strip, strip));
        }
        baris.add(new BarisRencanaAksi(uraian(s, kedalaman), ind));
        s.anak().forEach(a -> tambah(a, kedalaman + 1, triwulan, k, baris));
    }

    private static Nilai realisasi(TriwulanCapaian c, int presisi) {
        if (c == null || c.status() == null) {
            return Nilai.alasan("belum ada");
        }
        if (c.status() != StatusRealisasi.TERSEDIA) {
            return Nilai.alasan(c.alasan() == null ? "belum tersedia" : c.alasan());
        }
        return Nilai.atau(c.realisasi(), presisi, "belum dihitung");
    }

    /** "belum diketahui: Menunggu data BPS" → "Menunggu data BPS": the cell is narrow, the reason is what matters. */
    private static String ringkas(String keterangan) {
        if (keterangan == null) {
            return Teks.STRIP;
        }
        return keterangan.startsWith("belum diketahui: ") ? keterangan.substring("belum diketahui: ".length()) : keterangan;
    }

    /** The level and code in bold, the name below, indented by depth (styled text, escaped). */
    static String uraian(SimpulCapaian s, int kedalaman) {
        return "<style isBold=\"true\">" + Teks.xml(s.tingkat().label() + " " + s.kode()) + "</style>\n" + Teks.xml(s.nama());
    }

}
