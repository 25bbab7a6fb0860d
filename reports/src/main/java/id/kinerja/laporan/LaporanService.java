package id.kinerja.laporan;

import id.kinerja.basisdata.Transaksi;
import id.kinerja.common.InvalidInputException;
import id.kinerja.laporan.mesin.Cetakan;
import id.kinerja.laporan.mesin.Mesin;
import jakarta.inject.Singleton;

/**
 * Prints a document for the current tenant: first loads it ({@link Penyusun}, one read transaction), then fills
 * and exports it ({@link Mesin}) with no transaction and no connection held, so a slow render never keeps a
 * pooled connection from other requests. The API and the UI call this.
 */
@Singleton
public class LaporanService {

    private final Penyusun penyusun;
    private final Mesin mesin;
    private final Transaksi transaksi;

    LaporanService(Penyusun penyusun, Mesin mesin, Transaksi transaksi) {
        this.penyusun = penyusun;
        this.mesin = mesin;
        this.transaksi = transaksi;
    }

    /** Refuses to run inside a transaction: the caller's connection would be held for the whole render. */
    public Berkas buat(Permintaan p) {
        transaksi.pastikanDiLuarTransaksi("Mencetak laporan");
        periksa(p);
        Cetakan cetakan = penyusun.susun(p);
        return new Berkas(mesin.cetak(cetakan, p.format()), cetakan.berkas() + "." + p.format().ekstensi(), p.format().mediaType());
    }

    private static void periksa(Permintaan p) {
        if (p.tahun() != null && (p.tahun() < 1990 || p.tahun() > 2100)) {
            throw new InvalidInputException("tahun", "tahun harus antara 1990 dan 2100");
        }
        if (p.tahun() == null && p.jenis().tahun() == JenisLaporan.Tahun.WAJIB) {
            throw new InvalidInputException("tahun", "wajib diisi untuk " + p.jenis().judul());
        }
        if (p.triwulan() != null && !p.jenis().pakaiTriwulan()) {
            throw new InvalidInputException("triwulan", p.jenis().judul() + " tidak memakai triwulan");
        }
        if (p.triwulan() != null && (p.triwulan() < 1 || p.triwulan() > 4)) {
            throw new InvalidInputException("triwulan", "triwulan harus 1, 2, 3 atau 4");
        }
    }
}
