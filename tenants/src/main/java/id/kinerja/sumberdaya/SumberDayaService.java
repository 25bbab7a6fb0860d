package id.kinerja.sumberdaya;

import id.kinerja.common.InvalidInputException;
import id.kinerja.tenant.TenantScope;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.List;

import static id.kinerja.common.Teks.rapi;

/**
 * The staff composition and the sarana dan prasarana of the current tenant, per year. A year's rows are written
 * together (replacing what the year had); a report of a year without rows uses the latest earlier year's.
 */
@Singleton
public class SumberDayaService {

    static final int TAHUN_MIN = 2000;
    static final int TAHUN_MAX = 2100;

    private final KomposisiPegawaiRepository pegawai;
    private final SaranaRepository sarana;

    SumberDayaService(KomposisiPegawaiRepository pegawai, SaranaRepository sarana) {
        this.pegawai = pegawai;
        this.sarana = sarana;
    }

    public List<KomposisiPegawai> pegawai(int tahun) {
        requireTenant();
        return pegawai.findByTahunOrderByUrutan(tahun);
    }

    public List<Sarana> sarana(int tahun) {
        requireTenant();
        return sarana.findByTahunOrderByUrutan(tahun);
    }

    /** The years with a staff composition, in order. */
    public List<Integer> tahunPegawai() {
        requireTenant();
        return pegawai.tahunAda();
    }

    /** The years with a list of sarana, in order. */
    public List<Integer> tahunSarana() {
        requireTenant();
        return sarana.tahunAda();
    }

    /** The composition a report of {@code tahun} prints: that year's, else the latest earlier year's (maybe none). */
    public List<KomposisiPegawai> pegawaiBerlaku(int tahun) {
        requireTenant();
        int th = pegawai.tahunTerakhir(tahun);
        return th == 0 ? List.of() : pegawai.findByTahunOrderByUrutan(th);
    }

    /** The sarana a report of {@code tahun} prints: that year's, else the latest earlier year's (maybe none). */
    public List<Sarana> saranaBerlaku(int tahun) {
        requireTenant();
        int th = sarana.tahunTerakhir(tahun);
        return th == 0 ? List.of() : sarana.findByTahunOrderByUrutan(th);
    }

    /**
     * Replaces the composition of {@code tahun}. Each row counts the same people three ways: men and women, by status,
     * by education; the three sums must agree.
     */
    @Transactional
    public List<KomposisiPegawai> simpanPegawai(int tahun, @NotNull List<@Valid PegawaiInput> baris) {
        requireTenant();
        periksaTahun(tahun);
        List<KomposisiPegawai> baru = new ArrayList<>();
        for (int i = 0; i < baris.size(); i++) {
            PegawaiInput b = baris.get(i);
            int jumlah = b.lakiLaki() + b.perempuan();
            int status = b.pns() + b.pppk() + b.kontrak();
            int pendidikan = b.sd() + b.smp() + b.sma() + b.diploma() + b.s1() + b.s2() + b.s3();
            if (status != jumlah) {
                throw new InvalidInputException("[" + i + "].pns", b.jabatan().strip() + ": PNS + PPPK + kontrak = " + status
                        + ", tidak sama dengan laki-laki + perempuan = " + jumlah);
            }
            if (pendidikan != jumlah) {
                throw new InvalidInputException("[" + i + "].sd", b.jabatan().strip() + ": jumlah menurut pendidikan = " + pendidikan
                        + ", tidak sama dengan laki-laki + perempuan = " + jumlah);
            }
            baru.add(new KomposisiPegawai(null, tahun, i + 1, b.jabatan().strip(), b.lakiLaki(), b.perempuan(), b.pns(), b.pppk(),
                    b.kontrak(), b.sd(), b.smp(), b.sma(), b.diploma(), b.s1(), b.s2(), b.s3(), null));
        }
        pegawai.deleteByTahun(tahun);
        List<KomposisiPegawai> out = new ArrayList<>();
        pegawai.saveAll(baru).forEach(out::add);
        return out;
    }

    /** Replaces the sarana dan prasarana of {@code tahun}. */
    @Transactional
    public List<Sarana> simpanSarana(int tahun, @NotNull List<@Valid SaranaInput> baris) {
        requireTenant();
        periksaTahun(tahun);
        List<Sarana> baru = new ArrayList<>();
        for (int i = 0; i < baris.size(); i++) {
            SaranaInput b = baris.get(i);
            baru.add(new Sarana(null, tahun, i + 1, b.nama().strip(), b.satuan().strip(), b.jumlah(), rapi(b.kondisi()), null));
        }
        sarana.deleteByTahun(tahun);
        List<Sarana> out = new ArrayList<>();
        sarana.saveAll(baru).forEach(out::add);
        return out;
    }

    private static void periksaTahun(int tahun) {
        if (tahun < TAHUN_MIN || tahun > TAHUN_MAX) {
            throw new InvalidInputException("tahun", "tahun " + tahun + " di luar " + TAHUN_MIN + "\u2013" + TAHUN_MAX);
        }
    }

    private static void requireTenant() {
        if (TenantScope.current().isEmpty()) {
            throw new IllegalStateException("Sumber daya belong to a tenant: call through TenantScope");
        }
    }
}
