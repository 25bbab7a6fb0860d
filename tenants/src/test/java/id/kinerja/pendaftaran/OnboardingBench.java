package id.kinerja.pendaftaran;

import id.kinerja.tenant.TenantBaru;
import id.kinerja.tenant.TenantProvisioning;
import id.kinerja.tenant.TenantRegistry;
import id.kinerja.testing.Dinas;
import id.kinerja.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;

import java.util.Arrays;

/**
 * Bench command (not a test): onboarding a dinas with the Lumajang 2025 framework as template, median of 20,
 * with 1,000 tenants already in the registry. Run it with the command in docs/benchmarks.md.
 */
public final class OnboardingBench {

    public static void main(String[] args) {
        int existing = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        System.out.printf("java %s, %d cores%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
        try (ApplicationContext context = ApplicationContext.run(TestDatabase.freshDatabase())) {
            Dinas.dariSeed(context, "lumajang-diskopukmperindag");
            TenantProvisioning provisioning = context.getBean(TenantProvisioning.class);
            long t0 = System.nanoTime();
            long[] provision = new long[existing];
            for (int i = 0; i < existing; i++) {
                long t = System.nanoTime();
                provisioning.provision(new TenantBaru("ada-" + i, "Dinas " + i, null, null, "kota"));
                provision[i] = System.nanoTime() - t;
            }
            System.out.printf("provisioned %d empty tenants in %.1f s (median %.1f ms each)%n", existing,
                    (System.nanoTime() - t0) / 1e9, median(provision));
            Pendaftaran pendaftaran = context.getBean(Pendaftaran.class);
            for (int i = 0; i < 5; i++) {
                pendaftaran.dariTemplate(new TenantBaru("pemanasan-" + i, "Dinas", null, null, "kabupaten"), "lumajang-diskopukmperindag");
            }
            long[] onboarding = new long[20];
            for (int i = 0; i < onboarding.length; i++) {
                long t = System.nanoTime();
                pendaftaran.dariTemplate(new TenantBaru("baru-" + i, "Dinas baru " + i, "Kabupaten Contoh", "Jawa Timur", "kabupaten"),
                        "lumajang-diskopukmperindag");
                onboarding[i] = System.nanoTime() - t;
            }
            System.out.printf("onboarding from the Lumajang template with %d tenants in the registry: median %.1f ms"
                            + " (min %.1f, max %.1f)%n", context.getBean(TenantRegistry.class).counts().total(),
                    median(onboarding), Arrays.stream(onboarding).min().orElseThrow() / 1e6,
                    Arrays.stream(onboarding).max().orElseThrow() / 1e6);
        }
    }

    private static double median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }
}
