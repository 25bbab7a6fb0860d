package id.kinerja.laporan.pk;

import id.kinerja.capaian.DataKinerja;
import id.kinerja.common.InvalidInputException;
import id.kinerja.laporan.Dokumen;
import id.kinerja.laporan.FormatIndonesia;
import id.kinerja.laporan.JenisLaporan;
import id.kinerja.laporan.Lingkup;
import id.kinerja.laporan.Permintaan;
import id.kinerja.laporan.Teks;
import id.kinerja.laporan.mesin.Cetakan;
import id.kinerja.laporan.mesin.Mesin;
import id.kinerja.persetujuan.IsiPk;
import id.kinerja.persetujuan.PkService;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Perjanjian Kinerja of a year (002's lampiran), or its PK Perubahan ({@link Permintaan#perubahan()}): the signed
 * one exactly as it was signed (its snapshot, its date), or else the draft the framework gives today, marked as such
 * in the footer.
 */
@Singleton
final class DokumenPk implements Dokumen {

    private final PkService pk;

    DokumenPk(PkService pk) {
        this.pk = pk;
    }

    @Override
    public JenisLaporan jenis() {
        return JenisLaporan.PERJANJIAN_KINERJA;
    }

    @Override
    public Cetakan susun(Permintaan p, Lingkup l) {
        return susun(l, pk.baca(l.periode().id(), l.tahun(), p.perubahan()));
    }

    @Override
    public Cetakan susun(Permintaan p, Lingkup l, DataKinerja data) {
        return susun(l, pk.baca(data, l.tahun(), p.perubahan()));
    }

    private Cetakan susun(Lingkup l, IsiPk isi) {
        int tahun = l.tahun();
        if (!isi.ditandatangani() && isi.sasaran().isEmpty() && isi.program().isEmpty()) {
            l.pastikanTahunBerdata(false);
            throw new InvalidInputException("tahun", "belum ada Perjanjian Kinerja tahun " + tahun
                    + ": tidak ada indikator dengan target PK maupun program dengan anggaran");
        }
        String tanggal = l.tempatTanggal(isi.ditandatanganiPada() == null ? l.tanggal()
                : isi.ditandatanganiPada().atZone(Mesin.JAKARTA).toLocalDate());
        // Pihak Kedua's block keeps an empty first line (a no-break space: a plain blank line would be removed) where
        // Pihak Pertama's has place and date, so that the two names and roles stand level
        String nama = isi.perubahan() ? "Perjanjian Kinerja Perubahan" : "Perjanjian Kinerja";
        IsiCetakPk cetak = new IsiCetakPk(String.valueOf(tahun), nama.toUpperCase(java.util.Locale.ROOT) + " TAHUN " + tahun, nama + " " + tahun,
                Teks.atauStrip(isi.pihakPertama().nama()), Teks.atauStrip(isi.pihakPertama().jabatan()).toUpperCase(java.util.Locale.ROOT),
                Teks.atauStrip(isi.pihakKedua().nama()), Teks.atauStrip(isi.pihakKedua().jabatan()).toUpperCase(java.util.Locale.ROOT),
                l.kepala(tanggal, "Pihak Pertama,"), l.atasan("\u00a0", "Pihak Kedua,"), sasaran(isi), program(isi),
                isi.jumlahAnggaran() == null ? BigDecimal.ZERO : isi.jumlahAnggaran());
        String dokumen = nama + " " + tahun;
        Map<String, Object> param = new HashMap<>();
        param.put("LOGO", l.logo());
        param.put("INSTANSI", l.instansi());
        param.put("DOKUMEN", dokumen);
        param.put("CATATAN_KAKI", isi.ditandatangani() ? null
                : "DRAF \u2014 " + nama + " tahun " + tahun + " belum ditandatangani");
        String berkas = isi.perubahan() ? l.namaBerkas(jenis().awalanBerkas() + "-Perubahan") : l.namaBerkas(jenis());
        return new Cetakan("perjanjian-kinerja", dokumen, l.instansi(), berkas, param, List.of(cetak),
                List.of("pk-sasaran", "pk-program"));
    }

    private static List<IsiCetakPk.Sasaran> sasaran(IsiPk isi) {
        Map<String, List<IsiPk.Sasaran>> perSasaran = new LinkedHashMap<>();
        isi.sasaran().forEach(s -> perSasaran.computeIfAbsent(s.kodeSasaran(), k -> new ArrayList<>()).add(s));
        List<IsiCetakPk.Sasaran> out = new ArrayList<>();
        int nomor = 0;
        for (List<IsiPk.Sasaran> s : perSasaran.values()) {
            List<IsiCetakPk.Indikator> ind = new ArrayList<>();
            for (IsiPk.Sasaran i : s) {
                int d = FormatIndonesia.desimal(i.target(), 4);
                ind.add(new IsiCetakPk.Indikator(String.valueOf(++nomor), i.indikator(), FormatIndonesia.bulat(i.target(), d),
                        FormatIndonesia.pola(d), Teks.atauStrip(i.satuan())));
            }
            out.add(new IsiCetakPk.Sasaran(out.size() + 1 + ".", s.getFirst().sasaran(), ind));
        }
        return out;
    }

    private static List<IsiCetakPk.Program> program(IsiPk isi) {
        List<IsiCetakPk.Program> out = new ArrayList<>();
        for (IsiPk.Program p : isi.program()) {
            BigDecimal a = p.anggaran() == null ? BigDecimal.ZERO : p.anggaran();
            out.add(new IsiCetakPk.Program(out.size() + 1 + ".", p.nama(), a, FormatIndonesia.pola(FormatIndonesia.desimal(a, 2)),
                    p.sumberDana().isEmpty() ? Teks.STRIP : String.join(", ", p.sumberDana())));
        }
        return out;
    }

}
