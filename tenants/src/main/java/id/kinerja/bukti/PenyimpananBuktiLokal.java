package id.kinerja.bukti;

import id.kinerja.config.KinerjaSettings;
import id.kinerja.tenant.Tenant;
import id.kinerja.tenant.TenantRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Evidence bytes as plain files under {@code <data>/berkas/<dinas id>/<lokasi>}, written to a temporary file in the
 * same folder and moved into place atomically. Installations before the files were keyed by id kept them under the
 * schema's name ({@code berkas/t_lumajang/}); such folders are renamed to the dinas's id once, when the store is made.
 */
@Singleton
public class PenyimpananBuktiLokal implements PenyimpananBukti {

    private static final Logger LOG = LoggerFactory.getLogger(PenyimpananBuktiLokal.class);
    /** A stored name: the random UUID {@link BuktiService} gives each file, nothing that could leave the folder. */
    private static final Pattern LOKASI = Pattern.compile("[0-9a-f-]{36}");

    private final Path akar;

    @Inject
    PenyimpananBuktiLokal(KinerjaSettings settings, TenantRegistry registry) {
        this(settings.data().resolve("berkas"), () -> registry.list().stream()
                .collect(Collectors.toMap(Tenant::schemaName, Tenant::id)));
    }

    /** {@code idSkema} gives each schema's dinas id; it is asked only when folders of the old naming exist. */
    PenyimpananBuktiLokal(Path akar, Supplier<Map<String, Long>> idSkema) {
        this.akar = akar.toAbsolutePath().normalize();
        pindahkanFolderLama(idSkema);
    }

    @Override
    public void simpan(long dinas, String lokasi, byte[] isi) throws IOException {
        Path tujuan = berkas(dinas, lokasi);
        Files.createDirectories(tujuan.getParent());
        Path sementara = Files.createTempFile(tujuan.getParent(), "unggah", ".tmp");
        try {
            Files.write(sementara, isi);
            Files.move(sementara, tujuan, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(sementara);
        }
    }

    @Override
    public byte[] baca(long dinas, String lokasi) throws IOException {
        return Files.readAllBytes(berkas(dinas, lokasi));
    }

    @Override
    public void hapus(long dinas, String lokasi) {
        try {
            Files.deleteIfExists(berkas(dinas, lokasi));
        } catch (IOException ignored) {
            // an orphan file is harmless: nothing refers to it
        }
    }

    private Path berkas(long dinas, String lokasi) {
        if (!LOKASI.matcher(lokasi).matches()) {
            throw new IllegalArgumentException("Nama berkas bukti tidak sah: " + lokasi);
        }
        return akar.resolve(Long.toString(dinas)).resolve(lokasi);
    }

    /** Renames each folder named after a schema ({@code t_…}) to its dinas's id; one of an unknown schema stays. */
    private void pindahkanFolderLama(Supplier<Map<String, Long>> idSkema) {
        if (!Files.isDirectory(akar)) {
            return;
        }
        Map<String, Long> ids = null;
        try (DirectoryStream<Path> folder = Files.newDirectoryStream(akar, p -> Files.isDirectory(p)
                && !p.getFileName().toString().chars().allMatch(Character::isDigit))) {
            for (Path lama : folder) {
                String schema = lama.getFileName().toString();
                if (ids == null) {
                    ids = idSkema.get();
                }
                Long id = ids.get(schema);
                if (id == null) {
                    LOG.warn("Folder bukti {} tidak milik dinas mana pun; dibiarkan", lama);
                    continue;
                }
                Path baru = akar.resolve(Long.toString(id));
                if (Files.exists(baru)) {
                    LOG.warn("Folder bukti {} dan {} sama-sama ada; {} dibiarkan", lama, baru, lama);
                    continue;
                }
                Files.move(lama, baru, StandardCopyOption.ATOMIC_MOVE);
                LOG.info("Folder bukti {} dipindah ke {} (berkas bukti kini disimpan menurut id dinas)", lama, baru);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Folder bukti lama tidak dapat dipindah ke nama id dinas", e);
        }
    }
}
