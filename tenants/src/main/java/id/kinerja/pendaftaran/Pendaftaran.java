package id.kinerja.pendaftaran;

import id.kinerja.basisdata.Simpanan;
import id.kinerja.basisdata.VersiTulis;
import id.kinerja.common.ConflictException;
import id.kinerja.common.InvalidInputException;
import id.kinerja.common.Teks;
import id.kinerja.pertukaran.dokumen.Dokumen;
import id.kinerja.pertukaran.Ekspor;
import id.kinerja.pertukaran.Impor;
import id.kinerja.profil.ProfilData;
import id.kinerja.profil.ProfilService;
import id.kinerja.tenant.PersediaanSkema;
import id.kinerja.tenant.Tenant;
import id.kinerja.tenant.TenantBaru;
import id.kinerja.tenant.TenantNotFoundException;
import id.kinerja.tenant.TenantProvisioning;
import id.kinerja.tenant.TenantRef;
import id.kinerja.tenant.TenantRegistry;
import id.kinerja.tenant.TenantScope;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Onboarding a dinas in one unit: its schema and registry row, and its first content — the framework of a
 * template tenant (structure and indicators, no figures) or an exchange document — on the database server asked for
 * or placed by the rule ({@link TenantProvisioning}). On any error nothing is left behind: no schema, no registry row,
 * no data.
 */
@Singleton
public class Pendaftaran {

    private final TenantProvisioning provisioning;
    private final TenantRegistry registry;
    private final TenantScope scope;
    private final Impor impor;
    private final Ekspor ekspor;
    private final ProfilService profil;
    private final Validator validator;
    private final JsonMapper json;
    /** Template schema → its framework, kept while the template's {@link VersiTulis} has not moved. */
    private final Simpanan<String, Dokumen> kerangkaTersimpan;

    /** Templates whose framework is kept at once (a province uses a handful; past this all are dropped). */
    private static final int MAKS_TEMPLAT = 16;

    Pendaftaran(TenantProvisioning provisioning, TenantRegistry registry, TenantScope scope, Impor impor, Ekspor ekspor,
                ProfilService profil, Validator validator, VersiTulis versiTulis, JsonMapper json) {
        this.json = json;
        this.kerangkaTersimpan = new Simpanan<>(versiTulis::versi, null, MAKS_TEMPLAT);
        this.profil = profil;
        this.validator = validator;
        this.provisioning = provisioning;
        this.registry = registry;
        this.scope = scope;
        this.impor = impor;
        this.ekspor = ekspor;
    }

    /** A new dinas with the framework of {@code template} (a tenant's slug). */
    public Tenant dariTemplate(@Valid TenantBaru identitas, String template) {
        return dariTemplate(identitas, template, null);
    }

    /** As {@link #dariTemplate(TenantBaru, String)}, on database server {@code server} (blank: by the placement rule). */
    public Tenant dariTemplate(@Valid TenantBaru identitas, String template, @Nullable String server) {
        return dariDokumen(identitas, kerangka(template), server);
    }

    /** The framework of {@code template} (a serving tenant's slug) as a document: what a new dinas copies from it. */
    public Dokumen kerangka(String template) {
        TenantRef sumber;
        try {
            sumber = registry.serving(template);
        } catch (TenantNotFoundException e) {
            throw new InvalidInputException("template", "dinas '" + template + "' tidak ditemukan");
        }
        return kerangkaTersimpan.ambil(sumber.schema(), skema -> Optional.of(scope.call(sumber, ekspor::kerangka)))
                .orElseThrow();
    }

    /**
     * Checks an identity before anything is written (the wizard's first step): the command's rules, then whether the
     * slug is free. Throws what {@link #dariDokumen} would throw for it.
     */
    public void periksa(@Valid TenantBaru identitas) {
        if (registry.find(identitas.slug()).isPresent()) {
            throw new ConflictException("slug", "slug '" + identitas.slug() + "' sudah dipakai dinas lain");
        }
    }

    /** Why {@code slug} cannot be a new dinas's slug (the rule of {@link TenantBaru}, or taken); empty when it can. */
    public Optional<String> masalahSlug(@Nullable String slug) {
        Optional<String> aturan = validator.validateProperty(new TenantBaru(slug, "x", null, null, "kota"), "slug").stream()
                .map(ConstraintViolation::getMessage).sorted().findFirst();
        if (aturan.isPresent()) {
            return aturan;
        }
        return registry.find(slug).isPresent() ? Optional.of("slug '" + slug + "' sudah dipakai dinas lain") : Optional.empty();
    }

    /** Checks the head and superior entered for a new dinas with the profile's rules (fields {@code kepala.nip} …). */
    public void periksa(@Valid Pimpinan pimpinan) {
        // the rules are the annotations; Micronaut checks them on the way in
    }

    /**
     * A new dinas as the onboarding wizard makes it: the content of {@code dokumen} (null: an empty dinas) with the
     * form's identity ({@link #denganIdentitas}) and then the head and superior typed in the form, where given.
     */
    public Tenant dariDokumen(@Valid TenantBaru identitas, @Nullable Dokumen dokumen, Pimpinan pimpinan) {
        return dariDokumen(identitas, dokumen, pimpinan, null);
    }

    /** As {@link #dariDokumen(TenantBaru, Dokumen, Pimpinan)}, on database server {@code server} (blank: by the placement rule). */
    public Tenant dariDokumen(@Valid TenantBaru identitas, @Nullable Dokumen dokumen, Pimpinan pimpinan, @Nullable String server) {
        Dokumen isi = denganPimpinan(denganIdentitas(identitas, dokumen != null ? dokumen : kosong()), pimpinan);
        return dariIsi(identitas, isi, server);
    }

    /** A document with nothing in it: an empty dinas. */
    public static Dokumen kosong() {
        return new Dokumen(Dokumen.FORMAT, Dokumen.VERSION, null, null, java.util.List.of(), null, null);
    }

    /** {@code dokumen} with the head and superior of {@code pimpinan} in its profile, where they were given. */
    static Dokumen denganPimpinan(Dokumen dokumen, Pimpinan pimpinan) {
        Dokumen d = dokumen;
        Dokumen.Profile p = d.profile() != null ? d.profile()
                : new Dokumen.Profile(null, null, null, null, null, null, null, null, null);
        Dokumen.Profile baru = new Dokumen.Profile(p.officialName(), p.address(), p.region(), p.tugas(), p.fungsi(), p.visi(),
                p.misi(), pejabat(pimpinan.kepala(), p.kepala()), pejabat(pimpinan.atasan(), p.atasan()));
        return new Dokumen(d.format(), d.formatVersion(), d.tenant(), baru, d.periods(), d.scale(), d.notes());
    }

    @Nullable
    private static Dokumen.Official pejabat(@Nullable ProfilData.Pejabat baru, @Nullable Dokumen.Official lama) {
        if (baru == null || Teks.rapi(baru.nama()) == null) {
            return lama;
        }
        return new Dokumen.Official(Teks.rapi(baru.nama()), Teks.rapi(baru.pangkat()), Teks.rapi(baru.golongan()),
                Teks.rapi(baru.nip()), Teks.rapi(baru.jabatan()), baru.plt());
    }

    /** The head ({@code kepala}) and the superior ({@code atasan}) of a new dinas, as its profile keeps them. */
    @Introspected
    public record Pimpinan(@Nullable @Valid ProfilData.Pejabat kepala, @Nullable @Valid ProfilData.Pejabat atasan) {
    }

    /**
     * A new dinas with the content of an exchange document ({@code null}: an empty one). Its identity is the
     * onboarding form's, never the document's: see {@link #denganIdentitas}.
     */
    public Tenant dariDokumen(@Valid TenantBaru identitas, @Nullable Dokumen dokumen) {
        return dariDokumen(identitas, dokumen, (String) null);
    }

    /** As {@link #dariDokumen(TenantBaru, Dokumen)}, on database server {@code server} (blank: by the placement rule). */
    public Tenant dariDokumen(@Valid TenantBaru identitas, @Nullable Dokumen dokumen, @Nullable String server) {
        if (dokumen == null) {
            return provisioning.provision(identitas, server, () -> profil.simpan(new ProfilData(identitas.name().strip(), null,
                    Teks.rapi(identitas.region()), null, null, null, null, null, null, profil.baca().version()))).tenant();
        }
        Dokumen isi = denganIdentitas(identitas, dokumen);
        return dariIsi(identitas, isi, server);
    }

    /**
     * Onboards with {@code isi} as {@code impor(isi, GANTI)} would write it, from the server's stock filled with its
     * framework when one is ready (then only the profile and the audit summary are written here).
     */
    private Tenant dariIsi(TenantBaru identitas, Dokumen isi, @Nullable String server) {
        return provisioning.provision(identitas, server, kerangkaStok(isi),
                terisi -> terisi ? impor.imporAtasKerangka(isi) : impor.impor(isi, Impor.Mode.GANTI)).tenant();
    }

    /**
     * The framework of {@code isi} for the filled stock: its key and its writer, which must write exactly what the key
     * names (a stock made by another writer would be served as this framework). Null when there is no framework.
     */
    PersediaanSkema.@Nullable Kerangka kerangkaStok(Dokumen isi) {
        Dokumen bingkai = bingkai(isi);
        // no framework at all (a wizard's dinas without a document): the empty stock is that already
        boolean kosong = (bingkai.periods() == null || bingkai.periods().isEmpty()) && (bingkai.scale() == null || bingkai.scale().isEmpty());
        return kosong ? null : new PersediaanSkema.Kerangka(kunci(bingkai), () -> impor.tulisKerangka(bingkai));
    }

    /** The part of a document every dinas onboarded with it gets alike: all but its profile and tenant. */
    static Dokumen bingkai(Dokumen d) {
        return new Dokumen(d.format(), d.formatVersion(), null, null, d.periods(), d.scale(), d.notes());
    }

    /**
     * The framework's content key (SHA-256 of its JSON, first 16 hex digits): a changed template has another key, so its
     * old filled stock is never taken. 64 bits: a collision between two frameworks in use on one
     * server is not a practical risk.
     */
    String kunci(Dokumen bingkai) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(bingkai));
            return HexFormat.of().formatHex(sha, 0, 8);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("framework key: " + e.getMessage(), e);
        }
    }

    /**
     * The document as the new dinas starts with it: the profile's official name and region are the form's. A document
     * of another dinas (a template, another dinas's export, a workbook filled for someone else) gives its framework
     * and texts (tugas, fungsi, visi, misi) but not that dinas's address or officials, who would otherwise sign this
     * dinas's Perjanjian Kinerja. A document is this dinas's own when it names the same slug, or, naming no dinas
     * (a workbook), when its official name is the form's name.
     */
    static Dokumen denganIdentitas(TenantBaru identitas, Dokumen d) {
        Dokumen.Profile p = d.profile() != null ? d.profile()
                : new Dokumen.Profile(null, null, null, null, null, null, null, null, null);
        boolean milikSendiri = d.tenant() != null ? d.tenant().slug().equals(identitas.slug())
                : sama(p.officialName(), identitas.name());
        Dokumen.Profile profil = new Dokumen.Profile(identitas.name().strip(), milikSendiri ? p.address() : null,
                identitas.region() != null && !identitas.region().isBlank() ? identitas.region().strip() : milikSendiri ? p.region() : null,
                p.tugas(), p.fungsi(), p.visi(), p.misi(), milikSendiri ? p.kepala() : null, milikSendiri ? p.atasan() : null);
        return new Dokumen(d.format(), d.formatVersion(), new Dokumen.Tenant(identitas.slug(), identitas.name(), identitas.kind(),
                identitas.region(), identitas.province()), profil, d.periods(), d.scale(), d.notes());
    }

    private static boolean sama(@Nullable String a, String b) {
        return a != null && a.strip().replaceAll("\\s+", " ").equalsIgnoreCase(b.strip().replaceAll("\\s+", " "));
    }
}
