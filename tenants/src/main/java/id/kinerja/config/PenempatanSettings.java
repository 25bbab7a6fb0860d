package id.kinerja.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Where a new dinas goes when its onboarding names no server ({@code kinerja.penempatan.aturan},
 * {@code KINERJA_PENEMPATAN_ATURAN}): {@code tersepi} — the server holding the fewest dinas in the registry — or the
 * name of one server ({@code default}, the main one, unless set).
 *
 * @param aturan {@code tersepi} or a server's name
 */
@ConfigurationProperties("kinerja.penempatan")
public record PenempatanSettings(@Bindable(defaultValue = "default") String aturan) {

    /** The rule "fewest dinas". */
    public static final String TERSEPI = "tersepi";
}
