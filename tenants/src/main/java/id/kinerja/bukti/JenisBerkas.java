package id.kinerja.bukti;

import io.micronaut.core.annotation.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The type of an uploaded file, judged by its content, never by its name: PDF, PNG/JPEG/GIF/WebP images,
 * Office documents (OOXML and OLE2) and OpenDocument. Anything else is refused.
 */
final class JenisBerkas {

    /** The OpenDocument kinds accepted; the type stored is one of these, never the upload's own text. */
    private static final Set<String> OPENDOCUMENT = Set.of(
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation",
            "application/vnd.oasis.opendocument.graphics");

    private JenisBerkas() {
    }

    /**
     * The media type of {@code isi}, or null when it is not an allowed kind of file. {@code berkas} holds the same
     * bytes on disk: a zip is judged by its central directory there, without inflating its entries.
     */
    @Nullable
    static String deteksi(byte[] isi, String namaBerkas, Path berkas) {
        if (mulai(isi, "%PDF-")) {
            return "application/pdf";
        }
        if (mulai(isi, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a})) {
            return "image/png";
        }
        if (mulai(isi, new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return "image/jpeg";
        }
        if (mulai(isi, "GIF87a") || mulai(isi, "GIF89a")) {
            return "image/gif";
        }
        if (isi.length > 12 && mulai(isi, "RIFF") && new String(isi, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
            return "image/webp";
        }
        if (mulai(isi, new byte[]{(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1})) {
            String n = namaBerkas.toLowerCase(java.util.Locale.ROOT);
            return n.endsWith(".xls") ? "application/vnd.ms-excel" : n.endsWith(".ppt") ? "application/vnd.ms-powerpoint"
                    : "application/msword";
        }
        if (mulai(isi, new byte[]{'P', 'K', 3, 4})) {
            return zip(berkas);
        }
        return null;
    }

    /** A zip is allowed only as an Office Open XML or OpenDocument file. */
    @Nullable
    private static String zip(Path berkas) {
        List<String> entries;
        try (ZipFile zip = new ZipFile(berkas.toFile())) {
            entries = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String odf = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    if (OPENDOCUMENT.contains(odf)) {
                        return odf;
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        if (!entries.contains("[Content_Types].xml")) {
            return null;
        }
        if (entries.stream().anyMatch(n -> n.startsWith("word/"))) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (entries.stream().anyMatch(n -> n.startsWith("xl/"))) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (entries.stream().anyMatch(n -> n.startsWith("ppt/"))) {
            return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
        }
        return null;
    }

    private static boolean mulai(byte[] isi, String awal) {
        return mulai(isi, awal.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static boolean mulai(byte[] isi, byte[] awal) {
        if (isi.length < awal.length) {
            return false;
        }
        for (int i = 0; i < awal.length; i++) {
            if (isi[i] != awal[i]) {
                return false;
            }
        }
        return true;
    }
}
