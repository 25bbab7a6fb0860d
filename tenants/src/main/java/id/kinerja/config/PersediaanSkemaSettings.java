package id.kinerja.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The stock of empty dinas schemas each database server keeps ready for onboarding ({@code id.kinerja.tenant.PersediaanSkema}).
 * Environment: {@code KINERJA_PERSEDIAAN_SKEMA_JUMLAH}.
 *
 * @param jumlah how many empty schemas each server keeps made ahead (0: none, every onboarding creates its schema)
 */
@ConfigurationProperties("kinerja.persediaan-skema")
public record PersediaanSkemaSettings(@Bindable(defaultValue = "2") int jumlah) {
}
