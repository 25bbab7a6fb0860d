package id.kinerja.cadangan;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * {@code manifest.json} of a backup archive: what it is ({@link #FORMAT}, {@link #VERSI}), of which dinas, when (ISO-8601
 * UTC), at which tenant changelog, every other entry with its size and SHA-256, and each evidence file with the
 * realisation it belongs to.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(String format, int versi, Dinas dinas, String dibuat, @Nullable String skemaVersi,
                       List<Berkas> berkas, List<BuktiArsip> bukti) {

    public static final String FORMAT = "kinerja-cadangan";
    public static final int VERSI = 1;
    public static final String NAMA = "manifest.json";
    public static final String DOKUMEN = "dokumen.json";
    public static final String UNIT_KERJA = "unit-kerja.json";
    public static final String SUMBER_DAYA = "sumber-daya.json";
    /** The profile's logo, {@code logo.png} or {@code logo.jpg} by its type; absent when the dinas has none. */
    public static final String LOGO_PNG = "logo.png";
    public static final String LOGO_JPG = "logo.jpg";

    /** The registry's identity of the dinas backed up. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dinas(String slug, String nama, String jenis, @Nullable String wilayah, @Nullable String provinsi) {
    }

    /** An entry of the archive besides the manifest. */
    @Serdeable
    public record Berkas(String nama, long ukuran, String sha256) {
    }

    /**
     * An evidence file: the entry holding its bytes, the indicator (by its place in the document, see
     * {@link AlamatIndikator}), year and quarter of the realisation, and what the dinas knew of it.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BuktiArsip(String berkas, AlamatIndikator indikator, int tahun, @Nullable Integer triwulan,
                             String namaBerkas, String tipe, @Nullable String diunggahOleh, @Nullable String diunggahPada) {
    }

    /**
     * Where an indicator sits in the exchange document, which keeps its order on export and import: the period's
     * index, the node's path of sibling positions from its tujuan ({@code "0.2.1"}), the indicator's position on
     * the node; {@code kode} is checked, not used to find it (codes may repeat).
     */
    @Serdeable
    public record AlamatIndikator(int periode, String jalur, int urutan, String kode) {
        String kunci() {
            return periode + "/" + jalur + "/" + urutan;
        }
    }

    /** The unit kerja: the struktur organisasi of Bab I, each under its parent's {@code kode}. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Unit(String kode, String nama, @Nullable String induk, int urutan, @Nullable String tugas,
                       List<String> fungsi) {
    }

    /** The staff composition and the sarana dan prasarana, per year (Bab I). */
    @Serdeable
    public record SumberDaya(List<TahunPegawai> pegawai, List<TahunSarana> sarana) {
    }

    @Serdeable
    public record TahunPegawai(int tahun, List<id.kinerja.sumberdaya.PegawaiInput> baris) {
    }

    @Serdeable
    public record TahunSarana(int tahun, List<id.kinerja.sumberdaya.SaranaInput> baris) {
    }
}
