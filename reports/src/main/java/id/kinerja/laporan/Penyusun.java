package id.kinerja.laporan;

import id.kinerja.capaian.DataKinerja;
import id.kinerja.common.InvalidInputException;
import id.kinerja.common.NotFoundException;
import id.kinerja.laporan.mesin.Cetakan;
import id.kinerja.laporan.mesin.Mesin;
import id.kinerja.profil.ProfilService;
import id.kinerja.renstra.Periode;
import id.kinerja.renstra.RenstraService;
import id.kinerja.tenant.TenantRegistry;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Loads what a document prints, for the current tenant: resolves the period and year, reads the profile and logo,
 * and lets the document's {@link Dokumen} read the rest through the services. It opens no transaction of its own:
 * each service reads in its own short read transaction and computes after it has ended (the capaian calculation
 * refuses to run inside one), so what it returns holds no connection.
 */
@Singleton
public class Penyusun {

    private final Map<JenisLaporan, Dokumen> dokumen = new EnumMap<>(JenisLaporan.class);
    private final RenstraService renstra;
    private final ProfilService profil;
    private final TenantRegistry registry;

    Penyusun(List<Dokumen> semua, RenstraService renstra, ProfilService profil, TenantRegistry registry) {
        semua.forEach(d -> dokumen.put(d.jenis(), d));
        this.renstra = renstra;
        this.profil = profil;
        this.registry = registry;
    }

    public Cetakan susun(Permintaan p) {
        Dokumen d = dokumen.get(p.jenis());
        if (d == null) {
            throw new NotFoundException("Dokumen " + p.jenis().nama() + " belum tersedia");
        }
        Integer triwulan = p.jenis().pakaiTriwulan() ? (p.triwulan() == null ? 4 : p.triwulan()) : null;
        Lingkup lingkup = new Lingkup(registry.currentProfile(), profil.baca(), profil.logo().map(ProfilService.Logo::isi).orElse(null),
                periode(p), p.tahun(), triwulan, LocalDate.now(Mesin.JAKARTA));
        return d.susun(p, lingkup);
    }

    /**
     * A document printed as a lampiran of another, of the same dinas, period and day: the other's scope ({@code induk})
     * and its data of the year ({@code data}, for {@code p}'s year) are used again instead of read again.
     */
    public Cetakan lampiran(Permintaan p, Lingkup induk, DataKinerja data) {
        Dokumen d = dokumen.get(p.jenis());
        if (d == null) {
            throw new NotFoundException("Dokumen " + p.jenis().nama() + " belum tersedia");
        }
        Integer triwulan = p.jenis().pakaiTriwulan() ? (p.triwulan() == null ? 4 : p.triwulan()) : null;
        Lingkup lingkup = new Lingkup(induk.tenant(), induk.profil(), induk.logo(), induk.periode(), p.tahun(), triwulan, induk.tanggal());
        return d.susun(p, lingkup, data);
    }

    private Periode periode(Permintaan p) {
        Integer tahun = p.tahun();
        if (p.periode() != null) {
            Periode periode = renstra.periode(p.periode());
            Integer awal = periode.tahunAwal();
            Integer akhir = periode.tahunAkhir();
            if (tahun != null && awal != null && (tahun < awal || akhir != null && tahun > akhir)) {
                throw new InvalidInputException("tahun", "tahun " + tahun + " di luar periode " + periode.nama());
            }
            return periode;
        }
        if (tahun != null) {
            try {
                return renstra.periodeUntuk(tahun);
            } catch (NotFoundException e) {
                throw new InvalidInputException("tahun", "tidak ada periode Renstra yang mencakup tahun " + tahun
                        + "; pilih periodenya dengan parameter periode");
            }
        }
        List<Periode> semua = renstra.daftarPeriode();
        if (semua.isEmpty()) {
            throw new InvalidInputException("periode", "dinas ini belum mempunyai periode Renstra");
        }
        return semua.getLast();
    }
}
