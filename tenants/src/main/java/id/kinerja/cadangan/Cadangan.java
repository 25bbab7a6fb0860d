package id.kinerja.cadangan;

import id.kinerja.bukti.Bukti;
import id.kinerja.bukti.BuktiService;
import id.kinerja.common.ConflictException;
import id.kinerja.common.NotFoundException;
import id.kinerja.common.Sidik;
import id.kinerja.pertukaran.dokumen.Dokumen;
import id.kinerja.pertukaran.Pertukaran;
import id.kinerja.tenant.Tenant;
import id.kinerja.tenant.TenantBaru;
import id.kinerja.tenant.TenantNotFoundException;
import id.kinerja.tenant.TenantRegistry;
import id.kinerja.tenant.TenantScope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Backup and restore of one dinas as a ZIP archive ({@link Manifest}): {@code manifest.json}, {@code dokumen.json}
 * (the exchange document), {@code unit-kerja.json}, {@code sumber-daya.json}, {@code logo.png|jpg} and
 * {@code bukti/NNNNNN.ext} (the evidence files). A restore goes into a new dinas (the slug is free) or into an existing one that holds nothing yet, in one
 * transaction; the archive is checked whole (names, sizes, checksums, the document, where each evidence file belongs)
 * before anything is written.
 */
@Singleton
public class Cadangan {

    private final Pertukaran pertukaran;
    private final TenantRegistry registry;
    private final TenantScope scope;
    private final BuktiService bukti;
    private final IsiDinas isi;
    private final JsonMapper json;

    Cadangan(Pertukaran pertukaran, TenantRegistry registry, TenantScope scope, BuktiService bukti, IsiDinas isi,
             JsonMapper json) {
        this.pertukaran = pertukaran;
        this.registry = registry;
        this.scope = scope;
        this.bukti = bukti;
        this.isi = isi;
        this.json = json;
    }

    /** Writes the archive of dinas {@code slug} to {@code out} (not closed). */
    public void cadangkan(String slug, OutputStream out) {
        Tenant t = registry.find(slug).orElseThrow(() -> new TenantNotFoundException(slug));
        scope.run(registry.serving(slug), () -> tulis(t, out));
    }

    private void tulis(Tenant t, OutputStream out) {
        IsiDinas.Bacaan b = isi.baca(new Dokumen.Tenant(t.slug(), t.name(), t.kind(), t.region(), t.province()));
        Map<String, byte[]> json = new java.util.LinkedHashMap<>(); // the entries besides the manifest and the evidence
        json.put(Manifest.DOKUMEN, pertukaran.json(b.dokumen()));
        json.put(Manifest.UNIT_KERJA, tulisJson(b.unit()));
        json.put(Manifest.SUMBER_DAYA, tulisJson(b.sumberDaya()));
        if (b.logo() != null) {
            json.put(b.logo().tipe().equals("image/png") ? Manifest.LOGO_PNG : Manifest.LOGO_JPG, b.logo().isi());
        }
        List<Manifest.Berkas> berkas = new ArrayList<>();
        json.forEach((nama, isi) -> berkas.add(new Manifest.Berkas(nama, isi.length, Sidik.sha256(isi))));
        List<Manifest.BuktiArsip> daftar = new ArrayList<>();
        List<String> namaBukti = new ArrayList<>();
        for (int i = 0; i < b.bukti().size(); i++) {
            Bukti x = b.bukti().get(i);
            String nama = String.format(Locale.ROOT, "bukti/%06d%s", i + 1, ekstensi(x.namaBerkas()));
            namaBukti.add(nama);
            berkas.add(new Manifest.Berkas(nama, x.ukuran(), x.sha256()));
            Manifest.AlamatIndikator alamat = Objects.requireNonNull(b.alamat().get(x.indikatorId()), "indikator of bukti " + x.id());
            daftar.add(new Manifest.BuktiArsip(nama, alamat, x.tahun(), x.triwulan(), x.namaBerkas(), x.tipe(), x.diunggahOleh(),
                    x.diunggahPada() == null ? null : x.diunggahPada().toString()));
        }
        Manifest m = new Manifest(Manifest.FORMAT, Manifest.VERSI, new Manifest.Dinas(t.slug(), t.name(), t.kind(), t.region(),
                t.province()), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), t.changelogVersion(), berkas, daftar);
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            entri(zip, Manifest.NAMA, tulisJson(m));
            for (Map.Entry<String, byte[]> e : json.entrySet()) {
                entri(zip, e.getKey(), e.getValue());
            }
            for (int i = 0; i < b.bukti().size(); i++) {
                Bukti x = b.bukti().get(i);
                byte[] isi;
                try {
                    isi = bukti.isi(x);
                } catch (NotFoundException e) {
                    throw new ConflictException(null, "Berkas bukti '" + x.namaBerkas() + "' (id " + x.id()
                            + ") tidak ada di penyimpanan (dihapus saat pencadangan?); cadangan tidak dibuat, ulangi");
                }
                if (!Sidik.sha256(isi).equals(x.sha256())) {
                    throw new ConflictException(null, "Berkas bukti '" + x.namaBerkas() + "' (id " + x.id()
                            + ") di penyimpanan tidak cocok dengan SHA-256 yang tercatat; cadangan tidak dibuat");
                }
                entri(zip, namaBukti.get(i), isi);
            }
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entri(ZipOutputStream zip, String nama, byte[] isi) throws IOException {
        zip.putNextEntry(new ZipEntry(nama));
        zip.write(isi);
        zip.closeEntry();
    }

    /** A short lower-case extension of the file's name, for whoever opens the archive by hand; else none. */
    static String ekstensi(String nama) {
        int titik = nama.lastIndexOf('.');
        String e = titik < 0 ? "" : nama.substring(titik + 1).toLowerCase(Locale.ROOT);
        return e.matches("[a-z0-9]{1,8}") ? "." + e : "";
    }

    /**
     * Restores an archive into dinas {@code slug}: a new one (named {@code nama}, else as in the archive, with the
     * archive's kind, region and province) when the slug is free, otherwise the existing one if it holds nothing yet.
     */
    public Hasil pulihkan(String slug, InputStream masuk, @Nullable String nama) {
        try (ArsipMasuk arsip = ArsipMasuk.baca(masuk)) {
            Manifest m = manifest(arsip);
            periksaBerkas(arsip, m);
            Dokumen dokumen = pertukaran.baca(arsip.isi(Manifest.DOKUMEN));
            List<Manifest.Unit> unit = arsip.entri().containsKey(Manifest.UNIT_KERJA)
                    ? baca(arsip, Manifest.UNIT_KERJA, Argument.listOf(Manifest.Unit.class)) : List.of();
            Manifest.SumberDaya sd = arsip.entri().containsKey(Manifest.SUMBER_DAYA)
                    ? baca(arsip, Manifest.SUMBER_DAYA, Argument.of(Manifest.SumberDaya.class))
                    : new Manifest.SumberDaya(List.of(), List.of());
            periksaBukti(m, dokumen);
            if (arsip.entri().containsKey(Manifest.LOGO_PNG) && arsip.entri().containsKey(Manifest.LOGO_JPG)) {
                throw ArsipMasuk.tolak("arsip berisi dua logo (logo.png dan logo.jpg)");
            }
            byte[] logo = arsip.entri().containsKey(Manifest.LOGO_PNG) ? arsip.isi(Manifest.LOGO_PNG)
                    : arsip.entri().containsKey(Manifest.LOGO_JPG) ? arsip.isi(Manifest.LOGO_JPG) : null;
            IsiDinas.Isi semua = new IsiDinas.Isi(dokumen, logo, unit, new Manifest.SumberDaya(
                    sd.pegawai() == null ? List.of() : sd.pegawai(), sd.sarana() == null ? List.of() : sd.sarana()),
                    m.bukti(), arsip::isi);
            if (registry.find(slug).isPresent()) {
                return scope.call(registry.serving(slug), () -> isi.keDinasAda(slug, semua));
            }
            String namaDinas = nama != null && !nama.isBlank() ? nama : m.dinas().nama();
            return isi.keDinasBaru(new TenantBaru(slug, namaDinas, m.dinas().wilayah(), m.dinas().provinsi(), m.dinas().jenis()),
                    semua);
        }
    }

    private Manifest manifest(ArsipMasuk arsip) {
        byte[] isi = arsip.isi(Manifest.NAMA);
        Map<String, Object> mentah;
        try {
            mentah = json.readValue(isi, Argument.mapOf(String.class, Object.class));
        } catch (IOException | RuntimeException e) {
            throw ArsipMasuk.tolak("manifest.json bukan JSON yang dapat dibaca");
        }
        if (mentah == null || !Manifest.FORMAT.equals(mentah.get("format"))) {
            throw ArsipMasuk.tolak("manifest.json bukan manifest cadangan Kinerja (format harus '" + Manifest.FORMAT + "')");
        }
        if (!(mentah.get("versi") instanceof Number v) || v.intValue() != Manifest.VERSI || v.doubleValue() != Manifest.VERSI) {
            throw ArsipMasuk.tolak("versi arsip '" + mentah.get("versi") + "' tidak dikenal; Kinerja ini membaca versi "
                    + Manifest.VERSI);
        }
        Manifest m;
        try {
            m = json.readValue(isi, Manifest.class);
        } catch (IOException | RuntimeException e) {
            throw ArsipMasuk.tolak("manifest.json tidak lengkap atau tidak sesuai format versi " + Manifest.VERSI + ": "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        if (m.dinas() == null || m.berkas() == null || m.bukti() == null) {
            throw ArsipMasuk.tolak("manifest.json tidak lengkap: dinas, berkas dan bukti wajib ada");
        }
        return m;
    }

    /** Every entry is listed with its size and SHA-256, and matches them; nothing unlisted rides along. */
    private static void periksaBerkas(ArsipMasuk arsip, Manifest m) {
        Set<String> tercantum = new HashSet<>();
        for (Manifest.Berkas b : m.berkas()) {
            if (b == null || b.nama() == null || !tercantum.add(b.nama())) {
                throw ArsipMasuk.tolak("manifest.json mencantumkan berkas kosong atau yang sama dua kali");
            }
            Path p = arsip.entri().get(b.nama());
            if (p == null || b.nama().equals(Manifest.NAMA)) {
                throw ArsipMasuk.tolak("berkas '" + b.nama() + "' tercantum di manifest tetapi tidak ada di arsip");
            }
            long ukuran;
            String sha;
            try (InputStream in = new DigestInputStream(Files.newInputStream(p), MessageDigest.getInstance("SHA-256"))) {
                ukuran = in.transferTo(OutputStream.nullOutputStream());
                sha = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            if (ukuran != b.ukuran() || !sha.equalsIgnoreCase(String.valueOf(b.sha256()))) {
                throw ArsipMasuk.tolak("berkas '" + b.nama() + "' rusak atau diubah: ukuran/SHA-256 tidak cocok dengan manifest");
            }
        }
        for (String nama : arsip.entri().keySet()) {
            if (!nama.equals(Manifest.NAMA) && !tercantum.contains(nama)) {
                throw ArsipMasuk.tolak("entri '" + nama + "' tidak tercantum di manifest.json");
            }
        }
        if (!tercantum.contains(Manifest.DOKUMEN)) {
            throw ArsipMasuk.tolak("dokumen.json (dokumen pertukaran) tidak ada");
        }
    }

    /** Each evidence file is an entry of its own, and its indicator is where the manifest says, with that code. */
    private static void periksaBukti(Manifest m, Dokumen dokumen) {
        Map<String, String> kode = PetaIndikator.dariDokumen(dokumen);
        Set<String> dipakai = new HashSet<>();
        Map<String, Boolean> tercantum = new HashMap<>();
        m.berkas().forEach(b -> tercantum.put(b.nama(), true));
        for (int i = 0; i < m.bukti().size(); i++) {
            Manifest.BuktiArsip b = m.bukti().get(i);
            String at = "manifest.bukti[" + i + "]";
            if (b == null || b.berkas() == null || !b.berkas().startsWith("bukti/") || !tercantum.containsKey(b.berkas())
                    || !dipakai.add(b.berkas())) {
                throw new id.kinerja.common.InvalidInputException(at + ".berkas", "Arsip cadangan ditolak: berkas bukti tidak ada di arsip "
                        + "atau dipakai dua kali");
            }
            if (b.indikator() == null || !Objects.equals(kode.get(b.indikator().kunci()), b.indikator().kode())) {
                throw new id.kinerja.common.InvalidInputException(at + ".indikator", "Arsip cadangan ditolak: indikator "
                        + (b.indikator() == null ? "" : b.indikator().kode() + " ") + "tidak ada di tempat itu dalam dokumen.json");
            }
        }
        if (dipakai.size() != m.berkas().stream().filter(b -> b.nama().startsWith("bukti/")).count()) {
            throw ArsipMasuk.tolak("ada berkas bukti di arsip yang tidak disebut di manifest.json bagian bukti");
        }
    }

    private <T> T baca(ArsipMasuk arsip, String nama, Argument<T> jenis) {
        try {
            T t = json.readValue(arsip.isi(nama), jenis);
            if (t == null) {
                throw ArsipMasuk.tolak(nama + " kosong");
            }
            return t;
        } catch (IOException | RuntimeException e) {
            if (e instanceof id.kinerja.common.InvalidInputException i) {
                throw i;
            }
            throw ArsipMasuk.tolak(nama + " tidak dapat dibaca: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    private byte[] tulisJson(Object o) {
        try {
            return json.writeValueAsBytes(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a restore made: the dinas, whether it was created, and how much of each part came back. */
    @Serdeable
    public record Hasil(String slug, boolean dinasBaru, int periode, int simpul, int indikator, int unitKerja,
                        int tahunPegawai, int tahunSarana, int bukti) {
    }
}
