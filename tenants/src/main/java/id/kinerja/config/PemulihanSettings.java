package id.kinerja.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * The start-up recovery of dinas a crash left half onboarded ({@code provisioning}) or half moved ({@code moving}):
 * {@code tenant.PemulihanDinas}. Environment: {@code KINERJA_PEMULIHAN_ENABLED}, {@code KINERJA_PEMULIHAN_UMUR_MINIMUM}.
 *
 * @param enabled      run it at start-up
 * @param umurMinimum  how long a row must have been in that status before it is taken for a crash's leftover: another
 *                     node may be onboarding or moving it right now (its locks are tested too; this covers the
 *                     moments before it takes them). Onboarding and moving take seconds; a few minutes is ample
 */
@ConfigurationProperties("kinerja.pemulihan")
public record PemulihanSettings(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "5m") Duration umurMinimum) {
}
