package id.kinerja.testing;

import id.kinerja.pertukaran.dokumen.Dokumen;
import id.kinerja.pertukaran.Impor;
import id.kinerja.tenant.TenantBaru;
import id.kinerja.tenant.TenantProvisioning;
import id.kinerja.tenant.TenantRef;
import id.kinerja.tenant.TenantScope;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test fixtures: a tenant provisioned and filled from one of the shipped seed exchange files. */
public final class Dinas {

    private Dinas() {
    }

    public static Dokumen seed(ApplicationContext context, String slug) {
        try (InputStream in = Dinas.class.getResourceAsStream("/seed/" + slug + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No seed " + slug);
            }
            return context.getBean(JsonMapper.class).readValue(in.readAllBytes(), Dokumen.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Provisions {@code slug} and imports its seed document into it. */
    public static TenantRef dariSeed(ApplicationContext context, String slug) {
        return dariSeed(context, slug, slug);
    }

    /** Provisions {@code slug} and imports the seed document {@code seed} into it. */
    public static TenantRef dariSeed(ApplicationContext context, String seed, String slug) {
        Dokumen dokumen = seed(context, seed);
        Dokumen.Tenant t = dokumen.tenant();
        TenantRef ref = context.getBean(TenantProvisioning.class)
                .provision(new TenantBaru(slug, t.name(), t.region(), t.province(), t.kind())).ref();
        context.getBean(TenantScope.class).run(ref, () -> context.getBean(Impor.class).impor(dokumen, Impor.Mode.GANTI));
        return ref;
    }
}
