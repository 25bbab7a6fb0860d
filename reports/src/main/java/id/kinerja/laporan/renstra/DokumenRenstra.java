package id.kinerja.laporan.renstra;

import id.kinerja.capaian.PohonCapaian;
import id.kinerja.capaian.PohonCapaian.IndikatorCapaian;
import id.kinerja.capaian.PohonCapaian.SimpulCapaian;
import id.kinerja.laporan.Dokumen;
import id.kinerja.laporan.FormatIndonesia;
import id.kinerja.laporan.JenisLaporan;
import id.kinerja.laporan.Lingkup;
import id.kinerja.laporan.Permintaan;
import id.kinerja.laporan.Teks;
import id.kinerja.laporan.mesin.Cetakan;
import id.kinerja.laporan.mesin.Nilai;
import id.kinerja.persetujuan.AlurPersetujuan;
import id.kinerja.renstra.Periode;
import id.kinerja.target.JenisTarget;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Renstra matrix of a period: per year the Renstra target (else the year's agreed target) with the year's
 * realisation where known (a locked TW IV from its snapshot), the baseline (the realisation of the year before
 * the period) and the end-of-period condition (the last year's target); budgets per year.
 */
@Singleton
final class DokumenRenstra implements Dokumen {

    private static final int KOLOM_TAHUN = 5;

    private final AlurPersetujuan alur;

    DokumenRenstra(AlurPersetujuan alur) {
        this.alur = alur;
    }

    @Override
    public JenisLaporan jenis() {
        return JenisLaporan.RENSTRA;
    }

    @Override
    public Cetakan susun(Permintaan p, Lingkup l) {
        Periode periode = l.periode();
        List<Integer> tahun = tahun(periode, l);
        Map<Integer, PohonCapaian> pohon = new LinkedHashMap<>();
        tahun.forEach(t -> pohon.put(t, alur.pohon(periode.id(), t, 4)));
        PohonCapaian dasar = periode.tahunAwal() == null ? null : alur.pohon(periode.id(), periode.tahunAwal() - 1, 4);
        PohonCapaian bentuk = pohon.isEmpty() ? alur.pohon(periode.id(), l.tanggal().getYear(), 4) : pohon.values().iterator().next();
        List<BarisRenstra> baris = new ArrayList<>();
        for (int b = 0; b == 0 || b * KOLOM_TAHUN < tahun.size(); b++) {
            List<Integer> blok = tahun.subList(Math.min(b * KOLOM_TAHUN, tahun.size()), Math.min((b + 1) * KOLOM_TAHUN, tahun.size()));
            int nomorBlok = b;
            bentuk.tujuan().forEach(t -> tambah(t, nomorBlok, blok, tahun, pohon, dasar, baris));
        }
        String dokumen = "Renstra " + l.tahunPeriode();
        Map<String, Object> param = new HashMap<>();
        param.put("KOP", l.kop("MATRIKS RENCANA STRATEGIS", "PERIODE " + l.tahunPeriode().toUpperCase(java.util.Locale.ROOT)));
        param.put("TTD", l.kepala(l.tempatTanggal(l.tanggal()), null));
        param.put("DOKUMEN", dokumen);
        param.put("JUDUL_TABEL", "Matriks Renstra " + l.tahunPeriode() + " \u2014 " + l.instansi());
        param.put("CATATAN_KAKI", null);
        param.put("AWAL", periode.tahunAwal() == null ? "Kondisi Awal" : "Kondisi Awal (" + (periode.tahunAwal() - 1) + ")");
        return new Cetakan("renstra", dokumen, l.instansi(), l.namaBerkas(jenis()), param, baris);
    }

    /** The period's years; where it states no end, up to the last year something is recorded for. */
    private static List<Integer> tahun(Periode periode, Lingkup l) {
        Integer awal = periode.tahunAwal();
        if (awal == null) {
            return List.of();
        }
        int akhir = periode.tahunAkhir() != null ? periode.tahunAkhir() : Math.max(awal, l.tahun() == null ? awal : l.tahun());
        List<Integer> out = new ArrayList<>();
        for (int t = awal; t <= akhir; t++) {
            out.add(t);
        }
        return out;
    }

    private void tambah(SimpulCapaian s, int blok, List<Integer> tahunBlok, List<Integer> semuaTahun, Map<Integer, PohonCapaian> pohon,
                        @Nullable PohonCapaian dasar, List<BarisRenstra> out) {
        String[] label = new String[KOLOM_TAHUN];
        Nilai[] dana = new Nilai[KOLOM_TAHUN];
        for (int i = 0; i < KOLOM_TAHUN; i++) {
            Integer t = i < tahunBlok.size() ? tahunBlok.get(i) : null;
            label[i] = t == null ? Teks.STRIP : String.valueOf(t);
            SimpulCapaian di = t == null ? null : cari(pohon.get(t).tujuan(), s.id());
            BigDecimal a = di == null ? null : di.anggaran().anggaran();
            dana[i] = t == null ? Nilai.diLuar() : Nilai.atau(a, a == null ? 0 : FormatIndonesia.desimal(a, 2), "belum ada");
        }
        List<BarisRenstra.Indikator> ind = new ArrayList<>();
        for (IndikatorCapaian i : s.indikator()) {
            Nilai[] t = new Nilai[KOLOM_TAHUN];
            Nilai[] r = new Nilai[KOLOM_TAHUN];
            for (int k = 0; k < KOLOM_TAHUN; k++) {
                IndikatorCapaian di = k < tahunBlok.size() ? cariIndikator(pohon.get(tahunBlok.get(k)), i.id()) : null;
                t[k] = k < tahunBlok.size() ? Nilai.atau(di == null ? null : target(di), i.presisi(), "belum ditetapkan") : Nilai.diLuar();
                r[k] = di == null || di.realisasi() == null ? Nilai.diLuar() : Nilai.angka(di.realisasi(), i.presisi());
            }
            IndikatorCapaian awal = dasar == null ? null : cariIndikator(dasar, i.id());
            Nilai nAwal = awal == null || awal.realisasi() == null ? Nilai.alasan("belum ada") : Nilai.angka(awal.realisasi(), i.presisi());
            IndikatorCapaian akhir = semuaTahun.isEmpty() ? null : cariIndikator(pohon.get(semuaTahun.getLast()), i.id());
            BigDecimal tAkhir = akhir == null ? null : target(akhir);
            ind.add(new BarisRenstra.Indikator(i.nama(), Teks.atauStrip(i.satuan()), nAwal, t[0], t[1], t[2], t[3], t[4],
                    r[0], r[1], r[2], r[3], r[4], Nilai.atau(tAkhir, i.presisi(), "belum ditetapkan")));
        }
        if (ind.isEmpty()) {
            Nilai strip = Nilai.alasan(Teks.STRIP);
            ind.add(new BarisRenstra.Indikator("belum ada indikator", Teks.STRIP, strip, strip, strip, strip, strip, strip,
                    Nilai.diLuar(), Nilai.diLuar(), Nilai.diLuar(), Nilai.diLuar(), Nilai.diLuar(), strip));
        }
        out.add(new BarisRenstra(blok, label[0], label[1], label[2], label[3], label[4],
                "<style isBold=\"true\">" + Teks.xml(s.tingkat().label() + " " + s.kode()) + "</style>\n" + Teks.xml(s.nama()),
                ind, dana[0], dana[1], dana[2], dana[3], dana[4]));
        s.anak().forEach(a -> tambah(a, blok, tahunBlok, semuaTahun, pohon, dasar, out));
    }

    @Nullable
    private static BigDecimal target(IndikatorCapaian i) {
        BigDecimal renstra = i.target().get(JenisTarget.RENSTRA);
        return renstra != null ? renstra : i.targetTahunan();
    }

    @Nullable
    private static SimpulCapaian cari(List<SimpulCapaian> simpul, long id) {
        for (SimpulCapaian s : simpul) {
            if (s.id() == id) {
                return s;
            }
            SimpulCapaian a = cari(s.anak(), id);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    @Nullable
    private static IndikatorCapaian cariIndikator(PohonCapaian pohon, long id) {
        return cariIndikator(pohon.tujuan(), id);
    }

    @Nullable
    private static IndikatorCapaian cariIndikator(List<SimpulCapaian> simpul, long id) {
        for (SimpulCapaian s : simpul) {
            for (IndikatorCapaian i : s.indikator()) {
                if (i.id() == id) {
                    return i;
                }
            }
            IndikatorCapaian a = cariIndikator(s.anak(), id);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

}
