package id.kinerja.bukti;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Zip-based uploads are judged by their directory and a fixed list of kinds, never by what the upload claims. */
class JenisBerkasTest {

    @TempDir
    Path folder;

    @Test
    void openDocumentOnlyWithAKnownMediaType() throws IOException {
        assertThat(deteksi("laporan.odt", "mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>"))
                .isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(deteksi("laporan.odt", "mimetype", "application/vnd.oasis.opendocument.text\r\nX-Evil: 1", "content.xml", "<x/>"))
                .isNull();
        assertThat(deteksi("laporan.odt", "mimetype", "text/html", "content.xml", "<x/>")).isNull();
    }

    @Test
    void officeOpenXmlByItsParts() throws IOException {
        assertThat(deteksi("a.docx", "[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(deteksi("a.xlsx", "[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<w/>"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(deteksi("a.docx", "word/document.xml", "<w/>")).isNull(); // a plain zip
    }

    private String deteksi(String nama, String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        byte[] isi = out.toByteArray();
        Path berkas = Files.write(folder.resolve(nama), isi);
        return JenisBerkas.deteksi(isi, nama, berkas);
    }
}
