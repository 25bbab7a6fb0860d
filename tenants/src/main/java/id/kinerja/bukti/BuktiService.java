package id.kinerja.bukti;

import id.kinerja.basisdata.Transaksi;
import id.kinerja.common.InvalidInputException;
import id.kinerja.common.NotFoundException;
import id.kinerja.common.Sidik;
import id.kinerja.indikator.IndikatorService;
import id.kinerja.pengguna.Pelaku;
import id.kinerja.tenant.TenantRef;
import id.kinerja.tenant.TenantScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * Evidence files: at most 10 MB, of an allowed kind judged by content; the bytes kept by {@link PenyimpananBukti}
 * under the dinas's id and a random name, so a file is reachable only through its row in that dinas's schema.
 * Deleting removes row and file (the file after the commit); the audit log keeps the row's record.
 */
@Singleton
public class BuktiService {

    public static final int UKURAN_MAKS = 10 * 1024 * 1024;

    private final BuktiRepository bukti;
    private final IndikatorService indikator;
    private final PenyimpananBukti penyimpanan;
    private final Transaksi transaksi;

    BuktiService(BuktiRepository bukti, IndikatorService indikator, PenyimpananBukti penyimpanan,
                 Transaksi transaksi) {
        this.transaksi = transaksi;
        this.bukti = bukti;
        this.indikator = indikator;
        this.penyimpanan = penyimpanan;
    }

    /** How many evidence files this dinas holds. */
    public long jumlah() {
        return bukti.count();
    }

    public List<Bukti> milik(long indikatorId) {
        indikator.cari(indikatorId).orElseThrow(() -> new NotFoundException("Indikator " + indikatorId + " tidak ditemukan"));
        return bukti.findByIndikatorIdOrderByTahunAndTriwulanAndId(indikatorId);
    }

    /** Every evidence file of the current tenant, by indicator, year, quarter (a backup reads them all). */
    public List<Bukti> semua() {
        return bukti.listOrderByIndikatorIdAndTahunAndTriwulanAndId();
    }

    @Transactional
    public Bukti unggah(long indikatorId, int tahun, @Nullable Integer triwulan, String namaBerkas, byte[] isi) {
        return simpan(indikatorId, tahun, triwulan, namaBerkas, isi, Pelaku.current().map(Pelaku::username).orElse(null));
    }

    /**
     * An evidence file put back from a backup: checked like an upload (size, kind by content), keeping who uploaded it
     * first. The file is removed again if the open transaction does not commit.
     */
    @Transactional
    public Bukti pulihkan(long indikatorId, int tahun, @Nullable Integer triwulan, String namaBerkas, byte[] isi,
                          @Nullable String diunggahOleh) {
        return simpan(indikatorId, tahun, triwulan, namaBerkas, isi, diunggahOleh);
    }

    private Bukti simpan(long indikatorId, int tahun, @Nullable Integer triwulan, String namaBerkas, byte[] isi,
                         @Nullable String oleh) {
        if (indikator.cari(indikatorId).isEmpty()) {
            throw new InvalidInputException("indikatorId", "indikator " + indikatorId + " tidak ditemukan");
        }
        if (tahun < 1990 || tahun > 2100) {
            throw new InvalidInputException("tahun", "1990–2100");
        }
        if (triwulan != null && (triwulan < 1 || triwulan > 4)) {
            throw new InvalidInputException("triwulan", "triwulan 1–4");
        }
        if (isi.length == 0) {
            throw new InvalidInputException("berkas", "berkas kosong");
        }
        if (isi.length > UKURAN_MAKS) {
            throw new InvalidInputException("berkas", "paling besar 10 MB");
        }
        String nama = aman(namaBerkas);
        String tipe = jenis(isi, nama);
        if (tipe == null) {
            throw new InvalidInputException("berkas", "jenis berkas tidak diizinkan: unggah PDF, gambar (PNG, JPEG, GIF, WebP) "
                    + "atau dokumen Office/OpenDocument");
        }
        long dinas = dinas();
        String lokasi = UUID.randomUUID().toString();
        try {
            penyimpanan.simpan(dinas, lokasi, isi);
        } catch (IOException e) {
            throw new UncheckedIOException("Berkas tidak dapat disimpan", e);
        }
        transaksi.setelahBatal(() -> penyimpanan.hapus(dinas, lokasi));
        return bukti.save(new Bukti(null, indikatorId, tahun, triwulan, nama, tipe, isi.length, Sidik.sha256(isi), lokasi, oleh, null));
    }

    public Bukti baca(long id) {
        return bukti.findById(id).orElseThrow(() -> new NotFoundException("Bukti " + id + " tidak ditemukan"));
    }

    /** The bytes of an evidence file of the current tenant. */
    public byte[] isi(Bukti b) {
        try {
            return penyimpanan.baca(dinas(), b.lokasi());
        } catch (IOException e) {
            throw new NotFoundException("Berkas bukti " + b.id() + " tidak ada lagi di penyimpanan");
        }
    }

    /** Removes the row now and the file once the deletion is committed, so a refused deletion keeps both. */
    @Transactional
    public void hapus(long id) {
        Bukti b = baca(id);
        bukti.delete(b);
        long dinas = dinas();
        transaksi.setelahCommit(() -> penyimpanan.hapus(dinas, b.lokasi()));
    }

    /** The current dinas's id; the dinas comes from the context, never from the request. */
    private static long dinas() {
        return TenantScope.current().map(TenantRef::id).orElseThrow(() -> new IllegalStateException("Bukti belong to a tenant"));
    }

    /** The kind of {@code isi} judged by its content (a zip by its central directory, read from a temporary copy). */
    @Nullable
    private static String jenis(byte[] isi, String nama) {
        try {
            Path sementara = Files.createTempFile("bukti", ".tmp");
            try {
                Files.write(sementara, isi);
                return JenisBerkas.deteksi(isi, nama, sementara);
            } finally {
                Files.deleteIfExists(sementara);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Berkas tidak dapat diperiksa", e);
        }
    }

    /** File names as shown and offered for download: no paths, no control characters, at most 200 characters. */
    static String aman(String nama) {
        String n = nama == null ? "" : nama.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|*?:]", "_").strip();
        if (n.isEmpty() || n.equals(".") || n.equals("..")) {
            n = "berkas";
        }
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }

}
