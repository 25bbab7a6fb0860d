package id.kinerja.pendaftaran;

import id.kinerja.pengguna.PenggunaBaru;
import id.kinerja.pengguna.PenggunaService;
import id.kinerja.pengguna.Peran;
import id.kinerja.pertukaran.dokumen.Dokumen;
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
import java.util.Map;

/**
 * On the first start of an embedded (demo) database, the dinas of the seed documents are onboarded from the
 * exchange files shipped in {@code seed/}: real names, frameworks and figures to look at.
 */
@Singleton
final class DemoSeed {

    static final List<String> SEEDS = List.of("lumajang-diskopukmperindag", "lumajang-diskopum", "pasuruan-diskopum",
            "kota-diskopumdag");
    private static final Logger LOG = LoggerFactory.getLogger(DemoSeed.class);

    /** The demo users (README lists them); one password, for a demo only. */
    static final String SANDI_DEMO = "kinerja-demo";
    static final Map<String, Peran> PENGGUNA_DEMO = Map.of(
            "admin.lumajang", Peran.ADMIN_DINAS, "editor.lumajang", Peran.EDITOR,
            "pemeriksa.lumajang", Peran.PEMERIKSA, "pembaca.lumajang", Peran.PEMBACA);

    private final Pendaftaran pendaftaran;
    private final JsonMapper json;
    private final PenggunaService pengguna;

    DemoSeed(Pendaftaran pendaftaran, JsonMapper json, PenggunaService pengguna) {
        this.pendaftaran = pendaftaran;
        this.json = json;
        this.pengguna = pengguna;
    }

    @EventListener
    void onReady(TenantsReady ready) {
        if (!ready.embedded() || ready.tenants() > 0) {
            return;
        }
        long lumajang = 0;
        for (String slug : SEEDS) {
            Dokumen dokumen = baca(slug);
            Dokumen.Tenant t = dokumen.tenant();
            long id = pendaftaran.dariDokumen(new TenantBaru(slug, t.name(), t.region(), t.province(), t.kind()), dokumen).id();
            lumajang = lumajang == 0 ? id : lumajang;
        }
        if (pengguna.semua().stream().noneMatch(p -> p.username().equals("provinsi"))) {
            pengguna.buat(new PenggunaBaru("provinsi", "Admin Provinsi (demo)", SANDI_DEMO, true));
        }
        for (Map.Entry<String, Peran> u : PENGGUNA_DEMO.entrySet()) {
            pengguna.buat(new PenggunaBaru(u.getKey(), u.getKey() + " (demo)", SANDI_DEMO, false));
            pengguna.tetapkanPeran(lumajang, u.getKey(), u.getValue());
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
