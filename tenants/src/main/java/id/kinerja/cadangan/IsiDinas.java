package id.kinerja.cadangan;

import id.kinerja.bukti.Bukti;
import id.kinerja.bukti.BuktiService;
import id.kinerja.common.ConflictException;
import id.kinerja.common.InvalidInputException;
import id.kinerja.indikator.IndikatorService;
import id.kinerja.pertukaran.dokumen.Dokumen;
import id.kinerja.pertukaran.Impor;
import id.kinerja.pertukaran.Pertukaran;
import id.kinerja.profil.ProfilService;
import id.kinerja.renstra.RenstraService;
import id.kinerja.sumberdaya.PegawaiInput;
import id.kinerja.sumberdaya.SaranaInput;
import id.kinerja.sumberdaya.SumberDayaService;
import id.kinerja.tenant.TenantBaru;
import id.kinerja.tenant.TenantProvisioning;
import id.kinerja.unitkerja.UnitKerja;
import id.kinerja.unitkerja.UnitKerjaBaru;
import id.kinerja.unitkerja.UnitKerjaService;
import id.kinerja.unitkerja.UnitKerjaUbah;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a dinas holds, read and written each in one transaction through the owning services: read in one snapshot
 * (repeatable read) so the document, the units and the evidence rows agree; written with the import, so that a
 * failure anywhere leaves nothing (the evidence files written so far are removed when the transaction rolls back).
 */
@Singleton
class IsiDinas {

    private final Pertukaran pertukaran;
    private final TenantProvisioning provisioning;
    private final BuktiService bukti;
    private final UnitKerjaService unit;
    private final SumberDayaService sumberDaya;
    private final RenstraService renstra;
    private final IndikatorService indikator;
    private final ProfilService profil;

    IsiDinas(Pertukaran pertukaran, TenantProvisioning provisioning, BuktiService bukti,
             UnitKerjaService unit, SumberDayaService sumberDaya, RenstraService renstra, IndikatorService indikator,
             ProfilService profil) {
        this.profil = profil;
        this.pertukaran = pertukaran;
        this.provisioning = provisioning;
        this.bukti = bukti;
        this.unit = unit;
        this.sumberDaya = sumberDaya;
        this.renstra = renstra;
        this.indikator = indikator;
    }

    /** The current tenant, read in one snapshot. */
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    Bacaan baca(Dokumen.Tenant identitas) {
        Dokumen dokumen = pertukaran.ekspor(identitas);
        Map<Long, String> kodeUnit = new HashMap<>();
        List<UnitKerja> units = unit.susunan();
        units.forEach(u -> kodeUnit.put(u.id(), u.kode()));
        List<Manifest.Unit> unitArsip = units.stream().map(u -> new Manifest.Unit(u.kode(), u.nama(),
                u.parentId() == null ? null : kodeUnit.get(u.parentId()), u.urutan(), u.tugas(), u.fungsi())).toList();
        Manifest.SumberDaya sd = new Manifest.SumberDaya(
                sumberDaya.tahunPegawai().stream().map(t -> new Manifest.TahunPegawai(t, sumberDaya.pegawai(t).stream()
                        .map(p -> new PegawaiInput(p.jabatan(), p.lakiLaki(), p.perempuan(), p.pns(), p.pppk(), p.kontrak(), p.sd(),
                                p.smp(), p.sma(), p.diploma(), p.s1(), p.s2(), p.s3())).toList())).toList(),
                sumberDaya.tahunSarana().stream().map(t -> new Manifest.TahunSarana(t, sumberDaya.sarana(t).stream()
                        .map(s -> new SaranaInput(s.nama(), s.satuan(), s.jumlah(), s.kondisi())).toList())).toList());
        return new Bacaan(dokumen, unitArsip, sd, bukti.semua(), PetaIndikator.dariDinas(renstra, indikator),
                profil.logo().orElse(null));
    }

    /** Into the current tenant, which must hold nothing yet. */
    @Transactional
    Cadangan.Hasil keDinasAda(String slug, Isi isi) {
        List<String> ada = new java.util.ArrayList<>();
        if (!renstra.daftarPeriode().isEmpty()) {
            ada.add("periode Renstra");
        }
        if (bukti.jumlah() > 0) {
            ada.add("bukti dukung");
        }
        if (!unit.list().isEmpty()) {
            ada.add("unit kerja");
        }
        if (!sumberDaya.tahunPegawai().isEmpty() || !sumberDaya.tahunSarana().isEmpty()) {
            ada.add("pegawai/sarana");
        }
        if (!ada.isEmpty()) {
            throw new ConflictException("slug", "Dinas '" + slug + "' sudah berisi " + String.join(", ", ada)
                    + "; pulihkan ke slug baru atau ke dinas yang masih kosong");
        }
        return tulis(slug, false, isi);
    }

    /** A new dinas (placed by the rule), its schema and registry row made together with everything restored, or nothing. */
    Cadangan.Hasil keDinasBaru(TenantBaru identitas, Isi isi) {
        return provisioning.provision(identitas, null, () -> tulis(identitas.slug(), true, isi)).isi();
    }

    private Cadangan.Hasil tulis(String slug, boolean baru, Isi isi) {
        Impor.Ringkasan r = pertukaran.impor(isi.dokumen(), Impor.Mode.GANTI);
        Map<String, UnitKerja> menurutKode = new HashMap<>();
        for (int i = 0; i < isi.unit().size(); i++) {
            Manifest.Unit u = isi.unit().get(i);
            if (menurutKode.containsKey(u.kode())) {
                throw new InvalidInputException(Manifest.UNIT_KERJA + "[" + i + "].kode", "kode '" + u.kode() + "' muncul dua kali");
            }
            menurutKode.put(u.kode(), unit.add(new UnitKerjaBaru(u.kode(), u.nama())));
        }
        for (int i = 0; i < isi.unit().size(); i++) {
            Manifest.Unit u = isi.unit().get(i);
            UnitKerja induk = u.induk() == null ? null : menurutKode.get(u.induk());
            if (u.induk() != null && induk == null) {
                throw new InvalidInputException(Manifest.UNIT_KERJA + "[" + i + "].induk", "unit kerja '" + u.induk() + "' tidak ada di arsip");
            }
            UnitKerja lama = menurutKode.get(u.kode());
            unit.ubah(lama.id(), new UnitKerjaUbah(u.nama(), induk == null ? null : induk.id(), u.urutan(), u.tugas(), u.fungsi(),
                    lama.version()));
        }
        if (isi.logo() != null) {
            try {
                profil.simpanLogo(isi.logo());
            } catch (InvalidInputException e) {
                throw e.under("logo");
            }
        }
        isi.sumberDaya().pegawai().forEach(t -> sumberDaya.simpanPegawai(t.tahun(), t.baris()));
        isi.sumberDaya().sarana().forEach(t -> sumberDaya.simpanSarana(t.tahun(), t.baris()));
        Map<Long, Manifest.AlamatIndikator> alamat = PetaIndikator.dariDinas(renstra, indikator);
        Map<String, Long> indikatorId = new HashMap<>();
        alamat.forEach((id, a) -> indikatorId.put(a.kunci(), id));
        int jumlahBukti = 0;
        for (int i = 0; i < isi.bukti().size(); i++) {
            Manifest.BuktiArsip b = isi.bukti().get(i);
            Long id = indikatorId.get(b.indikator().kunci());
            if (id == null || !alamat.get(id).kode().equals(b.indikator().kode())) {
                throw new InvalidInputException("manifest.bukti[" + i + "].indikator", "indikator " + b.indikator().kode()
                        + " tidak ditemukan di tempatnya setelah impor");
            }
            try {
                bukti.pulihkan(id, b.tahun(), b.triwulan(), b.namaBerkas(), isi.berkas().apply(b.berkas()), b.diunggahOleh());
            } catch (InvalidInputException e) {
                throw e.under("manifest.bukti[" + i + "]");
            }
            jumlahBukti++;
        }
        return new Cadangan.Hasil(slug, baru, r.getPeriode(), r.getSimpul(), r.getIndikator(), isi.unit().size(),
                isi.sumberDaya().pegawai().size(), isi.sumberDaya().sarana().size(), jumlahBukti);
    }

    /** A tenant as read for a backup: its document, Bab I data, evidence rows and where each indicator sits. */
    record Bacaan(Dokumen dokumen, List<Manifest.Unit> unit, Manifest.SumberDaya sumberDaya, List<Bukti> bukti,
                  Map<Long, Manifest.AlamatIndikator> alamat, @Nullable ProfilService.Logo logo) {
    }

    /** What a restore writes, all checked beforehand; {@code berkas} gives an evidence entry's bytes. */
    record Isi(Dokumen dokumen, @Nullable byte[] logo, List<Manifest.Unit> unit, Manifest.SumberDaya sumberDaya,
               List<Manifest.BuktiArsip> bukti, Function<String, byte[]> berkas) {
    }

}
