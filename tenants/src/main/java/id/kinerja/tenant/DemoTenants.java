package id.kinerja.tenant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The dinas of the seed documents, onboarded on the first start of an embedded (demo) database so that
 * a fresh checkout shows real names. Their framework and figures arrive with the seed exchange files.
 */
final class DemoTenants {

    private static final Logger LOG = LoggerFactory.getLogger(DemoTenants.class);

    static final List<TenantBaru> SEEDS = List.of(
            new TenantBaru("lumajang-diskopukmperindag",
                    "Dinas Koperasi, Usaha Kecil Menengah, Perindustrian dan Perdagangan Kabupaten Lumajang",
                    "Kabupaten Lumajang", "Jawa Timur", "kabupaten"),
            new TenantBaru("lumajang-diskopum", "Dinas Koperasi dan Usaha Mikro Kabupaten Lumajang",
                    "Kabupaten Lumajang", "Jawa Timur", "kabupaten"),
            new TenantBaru("pasuruan-diskopum", "Dinas Koperasi dan Usaha Mikro Kota Pasuruan",
                    "Kota Pasuruan", "Jawa Timur", "kota"),
            new TenantBaru("kota-diskopumdag", "Dinas Koperasi, Usaha Mikro dan Perdagangan", null, null, "kota"));

    private DemoTenants() {
    }

    static void provisionIfEmpty(TenantRegistry registry, TenantProvisioning provisioning) {
        if (registry.counts().total() > 0) {
            return;
        }
        for (TenantBaru seed : SEEDS) {
            provisioning.provision(seed);
        }
        LOG.info("Demo: {} dinas dari dokumen contoh didaftarkan", SEEDS.size());
    }
}
