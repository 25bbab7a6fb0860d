package id.kinerja.laporan.renja;

import id.kinerja.capaian.CapaianService;
import id.kinerja.capaian.DataKinerja;
import id.kinerja.capaian.PohonCapaian;
import id.kinerja.capaian.PohonCapaian.IndikatorCapaian;
import id.kinerja.capaian.PohonCapaian.SimpulCapaian;
import id.kinerja.indikator.Indikator;
import id.kinerja.laporan.Dokumen;
import id.kinerja.laporan.JenisLaporan;
import id.kinerja.laporan.Kerangka;
import id.kinerja.laporan.Lingkup;
import id.kinerja.laporan.Permintaan;
import id.kinerja.laporan.Teks;
import id.kinerja.laporan.mesin.Cetakan;
import id.kinerja.laporan.mesin.Nilai;
import id.kinerja.persetujuan.AlurPersetujuan;
import id.kinerja.renstra.Simpul;
import id.kinerja.renstra.Tingkat;
import id.kinerja.target.JenisTarget;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Renja matrix of a year. Targets and budgets come from the year's capaian tree (a locked TW IV's snapshot
 * when there is one); formula texts and locations from the framework.
 */
@Singleton
final class DokumenRenja implements Dokumen {

    private final AlurPersetujuan alur;
    private final CapaianService capaian;

    DokumenRenja(AlurPersetujuan alur, CapaianService capaian) {
        this.alur = alur;
        this.capaian = capaian;
    }

    @Override
    public JenisLaporan jenis() {
        return JenisLaporan.RENJA;
    }

    @Override
    public Cetakan susun(Permintaan p, Lingkup l) {
        return susun(l, capaian.muat(l.periode().id(), l.tahun()));
    }

    @Override
    public Cetakan susun(Permintaan p, Lingkup l, DataKinerja data) {
        return susun(l, data);
    }

    private Cetakan susun(Lingkup l, DataKinerja data) {
        int tahun = l.tahun();
        PohonCapaian pohon = alur.pohon(data, tahun, 4);
        l.pastikanTahunBerdata(pohon);
        Kerangka k = new Kerangka(data);
        List<BarisRenja.Tujuan> tujuan = new ArrayList<>();
        List<BarisRenja.Tujuan> sasaran = new ArrayList<>();
        List<BarisRenja> program = new ArrayList<>();
        for (SimpulCapaian t : pohon.tujuan()) {
            tujuan.add(tujuan(t, k));
            for (SimpulCapaian s : t.anak()) {
                sasaran.add(tujuan(s, k));
                s.anak().forEach(pr -> program(pr, k, program));
            }
        }
        String dokumen = "Renja " + tahun;
        Map<String, Object> param = new HashMap<>();
        param.put("KOP", l.kop("MATRIK TUJUAN, SASARAN, PROGRAM, KEGIATAN DAN SUB KEGIATAN", "RENCANA KERJA TAHUN " + tahun));
        param.put("TTD", l.kepala(l.tempatTanggal(l.tanggal()), null));
        param.put("DOKUMEN", dokumen);
        param.put("JUDUL_TABEL", "Tujuan \u2014 Renja " + tahun + " \u2014 " + l.instansi());
        param.put("TAHUN", String.valueOf(tahun));
        param.put("INSTANSI", l.instansi());
        param.put("TUJUAN", tujuan);
        param.put("SASARAN", sasaran);
        param.put("CATATAN_KAKI", null);
        return new Cetakan("renja", dokumen, l.instansi(), l.namaBerkas(jenis()), param, program);
    }

    private static BarisRenja.Tujuan tujuan(SimpulCapaian s, Kerangka k) {
        List<BarisRenja.IndikatorTujuan> ind = new ArrayList<>();
        for (IndikatorCapaian i : s.indikator()) {
            Indikator teks = k.indikator(i.id());
            int presisi = teks == null ? i.presisi() : teks.presisi();
            ind.add(new BarisRenja.IndikatorTujuan(i.nama(), Teks.atauStrip(i.satuan()),
                    Teks.atauStrip(teks == null ? null : teks.formulaTeks()),
                    target(i, JenisTarget.RENJA, presisi), target(i, JenisTarget.P_RENJA, presisi), Teks.STRIP));
        }
        if (ind.isEmpty()) {
            ind.add(new BarisRenja.IndikatorTujuan("belum ada indikator", Teks.STRIP, Teks.STRIP, Nilai.alasan(Teks.STRIP),
                    Nilai.alasan(Teks.STRIP), Teks.STRIP));
        }
        return new BarisRenja.Tujuan(Teks.xml(s.nama()), ind);
    }

    private static void program(SimpulCapaian s, Kerangka k, List<BarisRenja> out) {
        Simpul simpul = k.simpul(s.id());
        List<BarisRenja.Indikator> ind = new ArrayList<>();
        for (IndikatorCapaian i : s.indikator()) {
            Indikator teks = k.indikator(i.id());
            int presisi = teks == null ? i.presisi() : teks.presisi();
            ind.add(new BarisRenja.Indikator(i.nama(), Teks.atauStrip(teks == null ? null : teks.formulaTeks()),
                    target(i, JenisTarget.RENJA, presisi), Teks.atauStrip(i.satuan())));
        }
        if (ind.isEmpty()) {
            ind.add(new BarisRenja.Indikator("belum ada indikator", Teks.STRIP, Nilai.alasan(Teks.STRIP), Teks.STRIP));
        }
        BigDecimal dana = s.anggaran().anggaran();
        out.add(new BarisRenja("<style isBold=\"true\">" + Teks.xml(s.tingkat().label() + " " + s.kode()) + "</style>\n"
                + Teks.xml(s.nama()), Teks.atauStrip(s.outcome()), Teks.atauStrip(simpul == null ? null : simpul.lokasi()),
                Nilai.atau(dana, dana == null ? 0 : Math.min(2, Math.max(0, dana.stripTrailingZeros().scale())), "belum dianggarkan"),
                s.anggaran().sumberDana().isEmpty() ? Teks.STRIP : String.join(", ", s.anggaran().sumberDana()), ind));
        if (s.tingkat() != Tingkat.SUB_KEGIATAN) {
            s.anak().forEach(a -> program(a, k, out));
        }
    }

    private static Nilai target(IndikatorCapaian i, JenisTarget jenis, int presisi) {
        BigDecimal t = i.target().get(jenis);
        return t == null ? Nilai.alasan("belum ditetapkan") : Nilai.angka(t, presisi);
    }
}
