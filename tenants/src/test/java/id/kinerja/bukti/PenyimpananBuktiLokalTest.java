package id.kinerja.bukti;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PenyimpananBuktiLokalTest {

    @TempDir
    Path akar;

    @Test
    void filesAreKeptByTheDinasIdAndOnlyThere() throws IOException {
        PenyimpananBuktiLokal simpanan = new PenyimpananBuktiLokal(akar, Map::of);
        String lokasi = UUID.randomUUID().toString();
        simpanan.simpan(7, lokasi, "%PDF-1.4 tujuh".getBytes());
        assertThat(akar.resolve("7").resolve(lokasi)).hasContent("%PDF-1.4 tujuh");
        assertThat(simpanan.baca(7, lokasi)).isEqualTo("%PDF-1.4 tujuh".getBytes());
        assertThatThrownBy(() -> simpanan.baca(8, lokasi)).isInstanceOf(IOException.class);
        try (var isi = Files.list(akar.resolve("7"))) {
            assertThat(isi).as("no temporary file left beside the stored one").hasSize(1);
        }
        simpanan.hapus(7, lokasi);
        assertThat(akar.resolve("7").resolve(lokasi)).doesNotExist();
        simpanan.hapus(7, lokasi); // already gone: quietly nothing
    }

    @Test
    void aNameThatCouldLeaveTheFolderIsRefused() {
        PenyimpananBuktiLokal simpanan = new PenyimpananBuktiLokal(akar, Map::of);
        for (String jahat : new String[]{"../8/" + UUID.randomUUID(), "..", "a/b", ""}) {
            assertThatThrownBy(() -> simpanan.simpan(7, jahat, new byte[]{1})).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> simpanan.baca(7, jahat)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void foldersOfTheOldSchemaNamingMoveToTheDinasIdOnce() throws IOException {
        String lokasi = UUID.randomUUID().toString();
        Files.createDirectories(akar.resolve("t_lumajang"));
        Files.writeString(akar.resolve("t_lumajang").resolve(lokasi), "bukti lama");
        Files.createDirectories(akar.resolve("t_hilang"));
        Files.createDirectories(akar.resolve("3"));
        int[] ditanya = {0};
        PenyimpananBuktiLokal simpanan = new PenyimpananBuktiLokal(akar, () -> {
            ditanya[0]++;
            return Map.of("t_lumajang", 12L);
        });
        assertThat(simpanan.baca(12, lokasi)).isEqualTo("bukti lama".getBytes());
        assertThat(akar.resolve("t_lumajang")).doesNotExist();
        assertThat(akar.resolve("t_hilang")).as("a folder of no known dinas is left alone").isDirectory();
        assertThat(ditanya[0]).as("the registry is read once").isEqualTo(1);

        Files.delete(akar.resolve("t_hilang"));
        new PenyimpananBuktiLokal(akar, () -> {
            throw new AssertionError("no old folder left: the registry is not asked");
        });
    }
}
