package id.kinerja.pendaftaran;

import id.kinerja.pertukaran.Dokumen;
import id.kinerja.tenant.TenantBaru;
import id.kinerja.tenant.TenantsReady;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * On the first start of an embedded (demo) database, the dinas of the seed documents are onboarded from the
 * exchange files shipped in {@code seed/}: real names, frameworks and figures to look at.
 */
@Singleton
final class DemoSeed {

    static final List<String> SEEDS = List.of("lumajang-diskopukmperindag", "lumajang-diskopum", "pasuruan-diskopum",
            "kota-diskopumdag");
    private static final Logger LOG = LoggerFactory.getLogger(DemoSeed.class);

    private final Pendaftaran pendaftaran;
    private final JsonMapper json;

    DemoSeed(Pendaftaran pendaftaran, JsonMapper json) {
        this.pendaftaran = pendaftaran;
        this.json = json;
    }

    @EventListener
    void onReady(TenantsReady ready) {
        if (!ready.embedded() || ready.tenants() > 0) {
            return;
        }
        for (String slug : SEEDS) {
            Dokumen dokumen = baca(slug);
            Dokumen.Tenant t = dokumen.tenant();
            pendaftaran.dariDokumen(new TenantBaru(slug, t.name(), t.region(), t.province(), t.kind()), dokumen);
        }
        LOG.info("Demo: {} dinas dari dokumen contoh didaftarkan dengan kerangka dan datanya", SEEDS.size());
    }

    private Dokumen baca(String slug) {
        try (InputStream in = DemoSeed.class.getResourceAsStream("/seed/" + slug + ".json")) {
            return json.readValue(in.readAllBytes(), Dokumen.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Seed " + slug + " cannot be read", e);
        }
    }
}
