package id.kinerja.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The two Liquibase changelog trees (classpath resources). Operators never change these; tests point
 * them at trees with a deliberately failing changeset.
 */
@ConfigurationProperties("kinerja.migrations")
public record MigrationSettings(
        @Bindable(defaultValue = "db/platform/changelog.xml") String platformChangelog,
        @Bindable(defaultValue = "db/tenant/changelog.xml") String tenantChangelog) {
}
