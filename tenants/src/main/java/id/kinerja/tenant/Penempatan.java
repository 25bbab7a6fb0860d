package id.kinerja.tenant;

import id.kinerja.basisdata.KumpulanServer;
import id.kinerja.common.InvalidInputException;
import id.kinerja.common.Teks;
import id.kinerja.config.PenempatanSettings;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;

import java.util.Comparator;

/**
 * Which database server a new dinas goes to: the one its onboarding names ({@code server}), else the rule of
 * {@code kinerja.penempatan.aturan} — a server's name, or {@code tersepi}, the server with the fewest dinas in the
 * registry (ties: in the order of {@link KumpulanServer#nama()}, the main server first).
 */
@Context // an unknown rule stops the start, not the first onboarding
public final class Penempatan {

    private final KumpulanServer servers;
    private final TenantRepository tenants;
    private final String aturan;

    Penempatan(KumpulanServer servers, TenantRepository tenants, PenempatanSettings settings) {
        this.servers = servers;
        this.tenants = tenants;
        this.aturan = settings.aturan().strip();
        if (!PenempatanSettings.TERSEPI.equals(aturan) && !servers.ada(aturan)) {
            throw new IllegalStateException("kinerja.penempatan.aturan: '" + aturan + "' is neither '"
                    + PenempatanSettings.TERSEPI + "' nor a configured server " + servers.nama());
        }
    }

    /** The server for a new dinas; {@code diminta} (may be blank) must be a configured server (422 on {@code server}). */
    public String pilih(@Nullable String diminta) {
        String nama = Teks.rapi(diminta);
        if (nama != null) {
            if (!servers.ada(nama)) {
                throw new InvalidInputException("server", "server basis data '" + nama + "' tidak dikenal; pilih salah satu: "
                        + String.join(", ", servers.nama()));
            }
            return nama;
        }
        if (!PenempatanSettings.TERSEPI.equals(aturan)) {
            return aturan;
        }
        return servers.nama().stream().min(Comparator.comparingLong(tenants::countByLocator)).orElseThrow();
    }
}
