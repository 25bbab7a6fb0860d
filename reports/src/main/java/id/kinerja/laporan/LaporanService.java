package id.kinerja.laporan;

import id.kinerja.basisdata.Transaksi;
import id.kinerja.common.InvalidInputException;
import id.kinerja.laporan.mesin.Cetakan;
import id.kinerja.laporan.mesin.Mesin;
import id.kinerja.metrik.Latensi;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
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
    private final SimpananLaporan simpanan;
    private final id.kinerja.persetujuan.AlurPersetujuan alur;
    private final id.kinerja.jejak.JejakService jejak;
    private final id.kinerja.tenant.TenantRegistry registry;
    private final MeterRegistry meters;

    LaporanService(Penyusun penyusun, Mesin mesin, Transaksi transaksi, SimpananLaporan simpanan,
                   id.kinerja.persetujuan.AlurPersetujuan alur, id.kinerja.jejak.JejakService jejak,
                   id.kinerja.tenant.TenantRegistry registry, MeterRegistry meters) {
        this.meters = meters;
        this.penyusun = penyusun;
        this.mesin = mesin;
        this.transaksi = transaksi;
        this.simpanan = simpanan;
        this.alur = alur;
        this.jejak = jejak;
        this.registry = registry;
    }

    /** Refuses to run inside a transaction: the caller's connection would be held for the whole render. */
    public Berkas buat(Permintaan p) {
        transaksi.pastikanDiLuarTransaksi("Mencetak laporan");
        periksa(p);
        SimpananLaporan.Kunci kunci = kunciTerkunci(p);
        if (kunci != null) {
            Berkas ada = simpanan.ambil(kunci);
            if (ada != null) {
                return ada;
            }
        }
        Timer.Sample mulai = Timer.start(meters);
        Cetakan cetakan = penyusun.susun(p);
        Berkas b = new Berkas(mesin.cetak(cetakan, p.format()), cetakan.berkas() + "." + p.format().ekstensi(), p.format().mediaType());
        // a render (load + fill + export) per document kind and format; a kept document of a locked quarter is no render
        mulai.stop(Latensi.timer("kinerja.laporan.render", "Rendering one document: loading its data, filling, exporting")
                .tags("jenis", p.jenis().nama(), "format", p.format().ekstensi()).register(meters));
        if (kunci != null) {
            simpanan.simpan(kunci, b);
        }
        return b;
    }

    /**
     * The key a document of a locked quarter is kept under ({@link SimpananLaporan}), or null when the quarter it
     * reports is not locked (a draft changes with every edit and is printed afresh). Read before the data is loaded.
     */
    private SimpananLaporan.Kunci kunciTerkunci(Permintaan p) {
        if (!p.jenis().pakaiTriwulan() || p.tahun() == null) {
            return null;
        }
        int tw = p.triwulan() == null ? 4 : p.triwulan();
        var versi = jejak.versi();
        if (alur.status(p.tahun()).get(tw - 1).status() != id.kinerja.persetujuan.StatusPersetujuan.DIKUNCI) {
            return null;
        }
        var tenant = id.kinerja.tenant.TenantScope.current().orElseThrow();
        return new SimpananLaporan.Kunci(tenant.schema(), registry.currentProfile().name(), p, versi.jumlah(), versi.terakhir(),
                java.time.LocalDate.now(Mesin.JAKARTA));
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
        if (p.perubahan() && p.jenis() != JenisLaporan.PERJANJIAN_KINERJA) {
            throw new InvalidInputException("versi", "versi perubahan hanya untuk Perjanjian Kinerja, bukan " + p.jenis().judul());
        }
        if (p.triwulan() != null && (p.triwulan() < 1 || p.triwulan() > 4)) {
            throw new InvalidInputException("triwulan", "triwulan harus 1, 2, 3 atau 4");
        }
    }
}
