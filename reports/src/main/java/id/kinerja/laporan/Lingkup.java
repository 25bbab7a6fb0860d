package id.kinerja.laporan;

import id.kinerja.capaian.PohonCapaian;
import id.kinerja.common.InvalidInputException;
import id.kinerja.laporan.mesin.Kop;
import id.kinerja.laporan.mesin.Penandatangan;
import id.kinerja.profil.ProfilData;
import id.kinerja.renstra.Periode;
import id.kinerja.tenant.TenantProfile;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * What every document of one request shares, resolved once: the dinas (registry entry, profile, logo), the
 * Renstra period, the year and quarter, and the date printed on it (today in Jakarta).
 *
 * @param tahun    the year asked for; null for a period document asked without one
 * @param triwulan the quarter (Rencana Aksi: default 4); null for documents of a whole year or period
 */
public record Lingkup(TenantProfile tenant, ProfilData profil, @Nullable byte[] logo, Periode periode,
                      @Nullable Integer tahun, @Nullable Integer triwulan, LocalDate tanggal) {

    /** The dinas's official name, or its name in the registry. */
    public String instansi() {
        return profil.namaResmi() != null ? profil.namaResmi() : tenant.name();
    }

    /** The title block: {@code judul}, the dinas, and {@code keterangan} (e.g. {@code TAHUN 2025}). */
    public Kop kop(String judul, @Nullable String keterangan) {
        return new Kop(judul, instansi(), keterangan, logo);
    }

    /** {@code Lumajang, 10 Januari 2025}: the place of the dinas (its region without Kabupaten/Kota) and a date. */
    public String tempatTanggal(LocalDate pada) {
        String wilayah = profil.wilayah() != null ? profil.wilayah() : tenant.region();
        String tempat = wilayah == null ? "" : wilayah.replaceFirst("(?i)^(kabupaten|kab\\.|kota)\\s+", "").strip();
        return (tempat.isEmpty() ? "" : tempat + ", ") + FormatIndonesia.tanggal(pada);
    }

    /** The head of the dinas as signatory: position in capitals, name, rank, NIP; dotted lines where the profile is empty. */
    public Penandatangan kepala(@Nullable String tempatTanggal, @Nullable String sebutan) {
        ProfilData.Pejabat k = profil.kepala();
        return pejabat(tempatTanggal, sebutan, "KEPALA " + instansi().toUpperCase(java.util.Locale.ROOT), k);
    }

    /** The superior who signs the Perjanjian Kinerja with the head (Bupati/Walikota), from the profile. */
    public Penandatangan atasan(@Nullable String tempatTanggal, @Nullable String sebutan) {
        ProfilData.Pejabat a = profil.atasan();
        String jabatan = a == null || a.jabatan() == null ? "ATASAN LANGSUNG" : a.jabatan().toUpperCase(java.util.Locale.ROOT);
        return pejabat(tempatTanggal, sebutan, jabatan, a);
    }

    private static Penandatangan pejabat(@Nullable String tempatTanggal, @Nullable String sebutan, String jabatan,
                                         @Nullable ProfilData.Pejabat p) {
        String nama = p == null || p.nama() == null ? "( ........................................ )" : p.nama();
        String pangkat = p == null ? null : gabung(p.pangkat(), p.golongan());
        String nip = p == null || p.nip() == null ? null : "NIP. " + FormatIndonesia.nip(p.nip());
        return new Penandatangan(tempatTanggal, sebutan, jabatan, nama, pangkat, nip);
    }

    @Nullable
    private static String gabung(@Nullable String pangkat, @Nullable String golongan) {
        if (pangkat == null) {
            return golongan;
        }
        return golongan == null ? pangkat : pangkat + " (" + golongan + ")";
    }

    /** {@code IKU-lumajang-diskopukmperindag-2025}: the document, the dinas, the year (and quarter) or the period. */
    public String namaBerkas(JenisLaporan jenis) {
        return namaBerkas(jenis.awalanBerkas());
    }

    /** As {@link #namaBerkas(JenisLaporan)} with another start, e.g. {@code PK-Perubahan}. */
    public String namaBerkas(String awalan) {
        String kapan = tahun != null ? tahun + (triwulan != null ? "-TW" + triwulan : "")
                : periode.tahunAwal() != null ? tahunPeriode().replace("\u2013", "-").replace("mulai ", "") : "periode-" + periode.id();
        return awalan + "-" + tenant.slug() + "-" + kapan;
    }

    /**
     * Refuses a year the period does not know: its years are stated and include it, or something (a target, a
     * realisation, a budget) is recorded for it, or the period states no year at all (a framework without years,
     * such as an IKU document, holds for whichever year it is asked for: the document prints its framework with
     * "belum ditetapkan" where a year's value is missing). A later year of an open period ({@code mulai 2025})
     * with nothing in it is refused: that would be an empty form.
     */
    public void pastikanTahunBerdata(PohonCapaian pohon) {
        pastikanTahunBerdata(adaData(pohon.tujuan()));
    }

    /** As {@link #pastikanTahunBerdata(PohonCapaian)}, when the document knows itself whether it holds anything. */
    public void pastikanTahunBerdata(boolean adaData) {
        Integer awal = periode.tahunAwal();
        Integer akhir = periode.tahunAkhir();
        if (tahun == null || awal != null && akhir != null || awal == null && akhir == null || adaData) {
            return;
        }
        throw new InvalidInputException("tahun", "belum ada data tahun " + tahun + " di periode " + periode.nama()
                + ": tidak ada target, realisasi maupun anggaran");
    }

    private static boolean adaData(List<PohonCapaian.SimpulCapaian> simpul) {
        for (PohonCapaian.SimpulCapaian s : simpul) {
            if (s.anggaran().anggaran() != null || s.indikator().stream().anyMatch(i -> !i.target().isEmpty()
                    || i.triwulan().stream().anyMatch(t -> t.target() != null || t.realisasi() != null || t.status() != null))
                    || adaData(s.anak())) {
                return true;
            }
        }
        return false;
    }

    /** The period as printed: {@code 2025–2029}, {@code mulai 2025}, or its name when it states no years. */
    public String tahunPeriode() {
        Integer awal = periode.tahunAwal();
        Integer akhir = periode.tahunAkhir();
        if (awal == null) {
            return periode.nama();
        }
        return akhir == null ? "mulai " + awal : awal.equals(akhir) ? String.valueOf(awal) : awal + "\u2013" + akhir;
    }
}
