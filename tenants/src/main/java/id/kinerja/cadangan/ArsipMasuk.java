package id.kinerja.cadangan;

import id.kinerja.bukti.BuktiService;
import id.kinerja.common.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * An uploaded archive unpacked into a private staging folder, refusing what a backup never holds: a name that is a
 * path out of the archive (zip slip) or not one of the names Kinerja writes, a name twice, an entry bigger than its
 * kind allows or an archive that inflates past {@link #TOTAL_MAKS} (zip bomb: counted while inflating, never trusting
 * the sizes the archive declares), more than {@link #ENTRI_MAKS} entries. Entries are stored under numbers, never
 * under their own names. {@link #close()} removes the folder.
 */
final class ArsipMasuk implements AutoCloseable {

    static final int ENTRI_MAKS = 20_000;
    static final long JSON_MAKS = 64L << 20;
    static final long LOGO_MAKS = 1L << 20;
    static final long TOTAL_MAKS = 4L << 30;
    static final Pattern NAMA_BUKTI = Pattern.compile("bukti/[0-9]{6}(\\.[a-z0-9]{1,8})?");

    private final Path folder;
    private final Map<String, Path> entri = new LinkedHashMap<>();

    private ArsipMasuk(Path folder) {
        this.folder = folder;
    }

    static ArsipMasuk baca(InputStream masuk) {
        ArsipMasuk arsip;
        try {
            arsip = new ArsipMasuk(Files.createTempDirectory("kinerja-pulihkan"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            arsip.isi(masuk);
            return arsip;
        } catch (RuntimeException e) {
            arsip.close();
            throw e;
        }
    }

    private void isi(InputStream masuk) {
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(masuk)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String nama = e.getName();
                if (e.isDirectory() && nama.equals("bukti/")) {
                    continue;
                }
                periksaNama(nama);
                if (entri.containsKey(nama)) {
                    throw tolak("entri '" + nama + "' muncul dua kali di arsip");
                }
                if (entri.size() >= ENTRI_MAKS) {
                    throw tolak("arsip berisi lebih dari " + ENTRI_MAKS + " entri");
                }
                long batas = nama.startsWith("bukti/") ? BuktiService.UKURAN_MAKS : nama.startsWith("logo.") ? LOGO_MAKS : JSON_MAKS;
                Path tujuan = folder.resolve(String.valueOf(entri.size()));
                long ditulis;
                try (OutputStream out = Files.newOutputStream(tujuan)) {
                    ditulis = salin(zip, out, Math.min(batas, TOTAL_MAKS - total), nama, batas);
                }
                total += ditulis;
                entri.put(nama, tujuan);
            }
        } catch (ZipException ex) {
            throw tolak("bukan arsip ZIP yang utuh: " + ex.getMessage());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        if (entri.isEmpty()) {
            throw tolak("bukan arsip ZIP cadangan Kinerja, atau arsipnya kosong");
        }
        if (!entri.containsKey(Manifest.NAMA)) {
            throw tolak("manifest.json tidak ada: arsip ini bukan cadangan Kinerja");
        }
    }

    /** Copies at most {@code batas} bytes; one more is a refusal (the entry's own limit, or what is left of the total). */
    private static long salin(InputStream in, OutputStream out, long batas, String nama, long batasEntri) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long n = 0;
        int r;
        while ((r = in.read(buf)) > 0) {
            n += r;
            if (n > batas) {
                throw tolak(batas < batasEntri
                        ? "isi arsip melebihi " + (TOTAL_MAKS >> 30) + " GB setelah dibuka (arsip bom?)"
                        : "entri '" + nama + "' melebihi " + (batasEntri >> 20) + " MB setelah dibuka");
            }
            out.write(buf, 0, r);
        }
        return n;
    }

    /** Only the names Kinerja writes; anything else, above all a path leaving the archive, is refused. */
    static void periksaNama(String nama) {
        if (nama.isEmpty() || nama.startsWith("/") || nama.contains("\\") || nama.contains(":") || nama.contains("\0")
                || Stream.of(nama.split("/", -1)).anyMatch(b -> b.equals("..") || b.equals("."))) {
            throw tolak("nama entri '" + aman(nama) + "' berupa jalur ke luar arsip (zip slip); arsip ditolak");
        }
        if (!nama.equals(Manifest.NAMA) && !nama.equals(Manifest.DOKUMEN) && !nama.equals(Manifest.UNIT_KERJA)
                && !nama.equals(Manifest.SUMBER_DAYA) && !nama.equals(Manifest.LOGO_PNG) && !nama.equals(Manifest.LOGO_JPG)
                && !NAMA_BUKTI.matcher(nama).matches()) {
            throw tolak("entri '" + aman(nama) + "' bukan bagian arsip cadangan Kinerja");
        }
    }

    private static String aman(String nama) {
        String n = nama.replaceAll("\\p{Cntrl}", "?");
        return n.length() > 120 ? n.substring(0, 120) + "…" : n;
    }

    static InvalidInputException tolak(String alasan) {
        return new InvalidInputException("berkas", "Arsip cadangan ditolak: " + alasan);
    }

    Map<String, Path> entri() {
        return entri;
    }

    byte[] isi(String nama) {
        try {
            return Files.readAllBytes(entri.get(nama));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try (Stream<Path> semua = Files.walk(folder)) {
            semua.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind holds nothing a tenant can reach
        }
    }
}
