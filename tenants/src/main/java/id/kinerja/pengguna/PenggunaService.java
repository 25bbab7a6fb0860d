package id.kinerja.pengguna;

import id.kinerja.common.ConflictException;
import id.kinerja.common.InvalidInputException;
import id.kinerja.common.NotFoundException;
import id.kinerja.config.AdminSettings;
import id.kinerja.tenant.TenantsReady;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Users and their roles in the dinas; the first provincial admin from the configuration. */
@Singleton
public class PenggunaService {

    private static final Logger LOG = LoggerFactory.getLogger(PenggunaService.class);

    private final PenggunaRepository pengguna;
    private final KeanggotaanRepository keanggotaan;
    private final AdminSettings admin;

    PenggunaService(PenggunaRepository pengguna, KeanggotaanRepository keanggotaan, AdminSettings admin) {
        this.pengguna = pengguna;
        this.keanggotaan = keanggotaan;
        this.admin = admin;
    }

    @Transactional
    public Info buat(@Valid PenggunaBaru baru) {
        String username = Pengguna.baku(baru.username());
        if (pengguna.existsByUsername(username)) {
            throw new ConflictException("username", "nama pengguna '" + username + "' sudah dipakai");
        }
        Pengguna p = pengguna.save(new Pengguna(null, username, baru.nama().strip(), Sandi.hash(baru.password()),
                Boolean.TRUE.equals(baru.provinsi()), true, null, null));
        return info(p);
    }

    /** A new user who is a member of the dinas from the start; a refused role leaves no user behind. */
    @Transactional
    public Anggota buatAnggota(long tenantId, @Valid PenggunaBaru baru, Peran peran) {
        return tetapkanPeran(tenantId, buat(baru).username(), peran);
    }

    public List<Info> semua() {
        return pengguna.listOrderByUsername().stream().map(PenggunaService::info).toList();
    }

    /** The users of one dinas with their roles. */
    public List<Anggota> anggota(long tenantId) {
        Map<Long, Peran> peran = keanggotaan.findByTenantId(tenantId).stream()
                .collect(Collectors.toMap(Keanggotaan::penggunaId, Keanggotaan::peran));
        if (peran.isEmpty()) {
            return List.of();
        }
        return pengguna.findByIdInListOrderByUsername(peran.keySet()).stream()
                .map(p -> new Anggota(p.id(), p.username(), p.nama(), peran.get(p.id()))).toList();
    }

    /** Gives {@code username} the role {@code peran} in the dinas (replacing the role they had there). */
    @Transactional
    public Anggota tetapkanPeran(long tenantId, String username, Peran peran) {
        if (peran == null) {
            throw new InvalidInputException("peran", "wajib diisi: ADMIN_DINAS, EDITOR, PEMERIKSA atau PEMBACA");
        }
        Pengguna p = pengguna.findByUsername(Pengguna.baku(username))
                .orElseThrow(() -> new InvalidInputException("username", "pengguna '" + username + "' tidak ditemukan"));
        keanggotaan.findByPenggunaIdAndTenantId(p.id(), tenantId).ifPresent(keanggotaan::delete);
        keanggotaan.save(new Keanggotaan(null, p.id(), tenantId, peran));
        return new Anggota(p.id(), p.username(), p.nama(), peran);
    }

    @Transactional
    public void cabutPeran(long tenantId, long penggunaId) {
        Keanggotaan k = keanggotaan.findByPenggunaIdAndTenantId(penggunaId, tenantId)
                .orElseThrow(() -> new NotFoundException("Pengguna " + penggunaId + " bukan anggota dinas ini"));
        keanggotaan.delete(k);
    }

    /** At start-up: the provincial admin of the configuration, when that user does not exist yet. */
    @EventListener
    @Transactional
    void adminPertama(TenantsReady ready) {
        if (admin.username() == null || admin.username().isBlank()
                || pengguna.existsByUsername(Pengguna.baku(admin.username()))) {
            return;
        }
        if (admin.password() == null || admin.password().length() < 10) {
            throw new IllegalStateException("KINERJA_ADMIN_PASSWORD must have at least 10 characters");
        }
        buat(new PenggunaBaru(admin.username(), admin.nama() == null ? "Admin Provinsi" : admin.nama(), admin.password(), true));
        LOG.info("Admin provinsi pertama '{}' dibuat dari konfigurasi", admin.username());
    }

    private static Info info(Pengguna p) {
        return new Info(p.id(), p.username(), p.nama(), p.provinsi(), p.aktif());
    }

    /** A user as shown to admins (never the hash). */
    @Serdeable
    public record Info(long id, String username, String nama, boolean provinsi, boolean aktif) {
    }

    /** A member of a dinas and their role there. */
    @Serdeable
    public record Anggota(long penggunaId, String username, String nama, @Nullable Peran peran) {
    }

}
