package id.kinerja.profil;

import id.kinerja.common.InvalidInputException;
import id.kinerja.common.Versions;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

import static id.kinerja.common.Teks.rapi;

/** The profile of the current dinas, and its logo (PNG or JPEG, checked by content). */
@Singleton
public class ProfilService {

    public static final int LOGO_MAKS = 512 * 1024;
    /** The most pixels a logo may have on either side (a kop surat prints it a few centimetres wide). */
    public static final int LOGO_PIKSEL_MAKS = 4000;

    private final ProfilRepository profil;

    ProfilService(ProfilRepository profil) {
        this.profil = profil;
    }

    public ProfilData baca() {
        Profil p = profil.findById((short) 1).orElseThrow(() -> new IllegalStateException("profil row missing"));
        return new ProfilData(p.namaResmi(), p.alamat(), p.wilayah(), p.tugas(), p.fungsi(), p.visi(), p.misi(),
                new ProfilData.Pejabat(p.kepalaNama(), p.kepalaPangkat(), p.kepalaGolongan(), p.kepalaNip(), null, null),
                new ProfilData.Pejabat(p.atasanNama(), p.atasanPangkat(), null, p.atasanNip(), p.atasanJabatan(), p.atasanPlt()),
                p.version());
    }

    @Transactional
    public ProfilData simpan(@Valid ProfilData d) {
        Profil lama = profil.findById((short) 1).orElseThrow(() -> new IllegalStateException("profil row missing"));
        Versions.check(d.version(), lama.version(), "Profil");
        ProfilData.Pejabat k = d.kepala() == null ? new ProfilData.Pejabat(null, null, null, null, null, null) : d.kepala();
        ProfilData.Pejabat a = d.atasan() == null ? new ProfilData.Pejabat(null, null, null, null, null, null) : d.atasan();
        profil.update(new Profil((short) 1, rapi(d.namaResmi()), rapi(d.alamat()), rapi(d.wilayah()), rapi(d.tugas()),
                daftar(d.fungsi()), rapi(d.visi()), daftar(d.misi()), rapi(k.nama()), rapi(k.pangkat()), rapi(k.golongan()),
                rapi(k.nip()), rapi(a.jabatan()), rapi(a.nama()), rapi(a.pangkat()), rapi(a.nip()),
                Boolean.TRUE.equals(a.plt()), lama.version()));
        return baca();
    }

    /** The logo's bytes and media type, if there is one. */
    public Optional<Logo> logo() {
        return profil.berkasLogo().map(b -> new Logo(b.logo(), b.logoTipe()));
    }

    /**
     * Stores a logo after checking its content is a PNG or JPEG image no larger than 512 KB and at most
     * {@value #LOGO_PIKSEL_MAKS} pixels either way; null removes it. The size is read from the image's header
     * only: a small file declaring 65,535 × 65,535 pixels (gigabytes once decoded) is refused before anything decodes it.
     */
    @Transactional
    public void simpanLogo(@Nullable byte[] isi) {
        if (isi == null || isi.length == 0) {
            profil.simpanLogo(null, null);
            return;
        }
        if (isi.length > LOGO_MAKS) {
            throw new InvalidInputException("logo", "paling besar 512 KB");
        }
        String tipe = tipe(isi);
        periksaUkuran(isi, tipe);
        profil.simpanLogo(isi, tipe);
    }

    private static void periksaUkuran(byte[] isi, String tipe) {
        ImageReader r = ImageIO.getImageReadersByMIMEType(tipe).next();
        int lebar;
        int tinggi;
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(isi))) {
            r.setInput(in, true, true);
            lebar = r.getWidth(0);
            tinggi = r.getHeight(0);
        } catch (IOException | RuntimeException e) { // a truncated or malformed header
            throw new InvalidInputException("logo", "gambar rusak: ukurannya tidak dapat dibaca");
        } finally {
            r.dispose();
        }
        if (lebar < 1 || tinggi < 1 || lebar > LOGO_PIKSEL_MAKS || tinggi > LOGO_PIKSEL_MAKS) {
            throw new InvalidInputException("logo", "gambar " + lebar + " × " + tinggi + " piksel tidak diterima;"
                    + " paling besar 4.000 × 4.000 piksel");
        }
    }

    private static String tipe(byte[] b) {
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        throw new InvalidInputException("logo", "harus gambar PNG atau JPEG");
    }

    private static List<String> daftar(@Nullable List<String> items) {
        return items == null ? List.of() : items.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    }


    /** Logo bytes and their media type. */
    public record Logo(byte[] isi, String tipe) {
    }
}
