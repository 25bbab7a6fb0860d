package id.kinerja.laporan.iku;

import id.kinerja.capaian.CapaianService;
import id.kinerja.indikator.Indikator;
import id.kinerja.laporan.Dokumen;
import id.kinerja.laporan.JenisLaporan;
import id.kinerja.laporan.Kerangka;
import id.kinerja.laporan.Lingkup;
import id.kinerja.laporan.Permintaan;
import id.kinerja.laporan.Teks;
import id.kinerja.laporan.iku.BarisIku.IndikatorIku;
import id.kinerja.laporan.mesin.Cetakan;
import id.kinerja.profil.ProfilData;
import id.kinerja.renstra.Simpul;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The IKU document (seeds 000, 003, 004): the dinas's identity, its tujuan and their indicators, then one row
 * per sasaran with its IKU (formula text and computable formula, satuan, data source, responsible unit), place,
 * date and the kepala's signature.
 */
@Singleton
final class DokumenIku implements Dokumen {

    private final CapaianService capaian;

    DokumenIku(CapaianService capaian) {
        this.capaian = capaian;
    }

    @Override
    public JenisLaporan jenis() {
        return JenisLaporan.IKU;
    }

    @Override
    public Cetakan susun(Permintaan p, Lingkup l) {
        // words only, no numbers: the framework without targets, realisations and budgets
        Kerangka k = new Kerangka(capaian.muatKerangka(l.periode().id()));
        List<BarisIku> baris = new ArrayList<>();
        int nomorIndikator = 0;
        List<String> tujuan = new ArrayList<>();
        List<String> indikatorTujuan = new ArrayList<>();
        for (Simpul t : k.tujuan()) {
            tujuan.add(t.nama());
            k.indikator(t).forEach(i -> indikatorTujuan.add(i.nama()));
            for (Simpul s : k.anak(t)) {
                List<IndikatorIku> iku = new ArrayList<>();
                for (Indikator i : k.indikator(s)) {
                    iku.add(new IndikatorIku(String.valueOf(++nomorIndikator), i.nama(), Teks.atauStrip(i.satuan()),
                            Teks.atauStrip(i.formulaTeks()), k.rumus(i), Teks.atauStrip(i.sumberData()),
                            Teks.atauStrip(k.penanggungJawab(i))));
                }
                if (iku.isEmpty()) {
                    iku.add(new IndikatorIku("", "belum ada indikator", "\u2013", "\u2013", null, "\u2013", "\u2013"));
                }
                baris.add(new BarisIku(baris.size() + 1 + ".", s.nama(), iku));
            }
        }
        String keterangan = l.tahun() != null ? "TAHUN " + l.tahun()
                : l.periode().tahunAwal() != null ? "PERIODE " + l.tahunPeriode().toUpperCase(Locale.ROOT) : null;
        String dokumen = "Indikator Kinerja Utama" + (keterangan == null ? "" : " " + keterangan.toLowerCase(Locale.ROOT)
                .replace("tahun ", "").replace("periode ", ""));
        return new Cetakan("iku", dokumen, l.instansi(), l.namaBerkas(jenis()), Map.of(
                "KOP", l.kop("INDIKATOR KINERJA UTAMA", keterangan),
                "IDENTITAS", identitas(l, tujuan, indikatorTujuan),
                "TTD", l.kepala(l.tempatTanggal(l.tanggal()), null),
                "DOKUMEN", dokumen,
                "JUDUL_TABEL", dokumen + " \u2014 " + l.instansi()), baris);
    }

    private static List<Butir> identitas(Lingkup l, List<String> tujuan, List<String> indikatorTujuan) {
        ProfilData p = l.profil();
        List<Butir> b = new ArrayList<>();
        b.add(new Butir("INSTANSI", l.instansi(), null));
        b.add(new Butir("TUGAS", p.tugas(), null));
        b.add(Butir.daftar("FUNGSI", p.fungsi()));
        if (p.visi() != null) {
            b.add(new Butir("VISI", p.visi(), null));
        }
        if (p.misi() != null && !p.misi().isEmpty()) {
            b.add(Butir.daftar("MISI", p.misi()));
        }
        b.add(Butir.daftar("TUJUAN", tujuan));
        b.add(Butir.daftar("INDIKATOR TUJUAN", indikatorTujuan));
        return b;
    }
}
