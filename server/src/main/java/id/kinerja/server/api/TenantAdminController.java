package id.kinerja.server.api;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import id.kinerja.common.Teks;
import id.kinerja.pendaftaran.Pendaftaran;
import id.kinerja.pengguna.Izin;
import id.kinerja.pertukaran.dokumen.Dokumen;
import id.kinerja.pertukaran.Pertukaran;
import id.kinerja.tenant.PemindahanDinas;
import id.kinerja.tenant.Tenant;
import id.kinerja.tenant.TenantBaru;
import id.kinerja.tenant.TenantNotFoundException;
import id.kinerja.tenant.TenantProvisioning;
import id.kinerja.tenant.TenantRegistry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.serde.annotation.Serdeable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Onboarding and overview of dinas, for the provincial admin (secured by the users-and-roles work). A new dinas
 * starts empty, with the framework of a template dinas, or with the content of an exchange file (JSON or XLSX);
 * either way in one unit.
 */
@Controller("/api/admin/tenants")
final class TenantAdminController {

    private final Pendaftaran pendaftaran;
    private final Pertukaran pertukaran;
    private final TenantRegistry registry;
    private final TenantProvisioning provisioning;
    private final PemindahanDinas pemindahan;

    TenantAdminController(Pendaftaran pendaftaran, Pertukaran pertukaran, TenantRegistry registry,
                          TenantProvisioning provisioning, PemindahanDinas pemindahan) {
        this.pemindahan = pemindahan;
        this.pendaftaran = pendaftaran;
        this.pertukaran = pertukaran;
        this.registry = registry;
        this.provisioning = provisioning;
    }

    /**
     * {@code {slug, name, region, province, kind}}, optionally {@code template}: the slug of a dinas to copy the framework
     * from, and {@code server}: the database server to place it on (else the placement rule, {@code kinerja.penempatan}).
     */
    @Akses(Izin.ADMIN_PROVINSI)
    @Post(consumes = MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "201", description = "dibuat; Location menunjuk ke yang dibuat")
    HttpResponse<Tenant> buatDinas(@Body DinasBaru command) {
        TenantBaru identitas = command.identitas();
        String template = Teks.rapi(command.template());
        Tenant tenant = template == null
                ? pendaftaran.dariDokumen(identitas, null, command.server())
                : pendaftaran.dariTemplate(identitas, template, command.server());
        return created(tenant);
    }

    /** The identity as form fields and {@code berkas}: an exchange document (.json) or a filled workbook (.xlsx). */
    @Akses(Izin.ADMIN_PROVINSI)
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @ApiResponse(responseCode = "201", description = "dibuat; Location menunjuk ke yang dibuat")
    HttpResponse<Tenant> buatDinasDariBerkas(@Part("slug") @Nullable String slug, @Part("name") @Nullable String name,
                                        @Part("region") @Nullable String region, @Part("province") @Nullable String province,
                                        @Part("kind") @Nullable String kind, @Part("server") @Nullable String server,
                                        @Part("berkas") CompletedFileUpload berkas) {
        byte[] isi;
        try {
            isi = berkas.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String nama = berkas.getFilename() == null ? "" : berkas.getFilename().toLowerCase(Locale.ROOT);
        boolean excel = nama.endsWith(".xlsx") || (isi.length > 1 && isi[0] == 'P' && isi[1] == 'K');
        Dokumen dokumen = excel ? pertukaran.bacaExcel(isi) : pertukaran.baca(isi);
        return created(pendaftaran.dariDokumen(new TenantBaru(slug, name, region, province, kind), dokumen, server));
    }

    @Akses(Izin.ADMIN_PROVINSI)
    @Get
    List<Tenant> daftarDinas() {
        return registry.list();
    }

    @Akses(Izin.ADMIN_PROVINSI)
    @Get("/{slug}")
    Tenant bacaDinas(String slug) {
        return registry.find(slug).orElseThrow(() -> new TenantNotFoundException(slug));
    }

    /** Suspends a dinas: it serves nobody until reactivated; its data stays. */
    @Akses(Izin.ADMIN_PROVINSI)
    @Post("/{slug}/tangguhkan")
    Tenant tangguhkanDinas(String slug) {
        return provisioning.ubahStatus(slug, false);
    }

    @Akses(Izin.ADMIN_PROVINSI)
    @Post("/{slug}/aktifkan")
    Tenant aktifkanDinas(String slug) {
        return provisioning.ubahStatus(slug, true);
    }

    /**
     * Moves a dinas to database server {@code server} ({@code {"server": "dua"}}) while the others serve; it answers 503
     * during the move. Synchronous: the answer says what was copied.
     */
    @Akses(Izin.ADMIN_PROVINSI)
    @Post("/{slug}/pindah")
    PemindahanDinas.Hasil pindahkanDinas(String slug, @Body Pindah command) {
        return pemindahan.pindah(slug, command.server());
    }

    /** Command: move a dinas to database server {@code server}. */
    @Serdeable
    record Pindah(@Nullable String server) {
    }

    private static HttpResponse<Tenant> created(Tenant tenant) {
        return HttpResponse.created(tenant, URI.create("/api/admin/tenants/" + tenant.slug()));
    }

    /** Command: onboard a dinas, optionally with the framework of {@code template}, on database server {@code server}. */
    @Serdeable
    record DinasBaru(@Nullable String slug, @Nullable String name, @Nullable String region, @Nullable String province,
                     @Nullable String kind, @Nullable String template, @Nullable String server) {
        TenantBaru identitas() {
            return new TenantBaru(slug, name, region, province, kind);
        }
    }
}
