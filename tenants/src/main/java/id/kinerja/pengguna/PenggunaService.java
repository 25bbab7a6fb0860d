package id.kinerja.pengguna;

import id.kinerja.common.ConflictException;
import id.kinerja.common.ForbiddenException;
import id.kinerja.common.InvalidInputException;
import id.kinerja.common.Teks;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import id.kinerja.common.NotFoundException;
import id.kinerja.config.AdminSettings;
import id.kinerja.tenant.TenantsReady;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.annotation.Serdeable;
import id.kinerja.tenant.TenantSchemas;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    @Transactional(TenantSchemas.PLATFORM)
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
    @Transactional(TenantSchemas.PLATFORM)
    public Anggota buatAnggota(long tenantId, @Valid PenggunaBaru baru, Peran peran) {
        wajibPeran(peran);
        Info dibuat = buat(baru);
        Pengguna p = pengguna.findById(dibuat.id()).orElseThrow();
        return beriPeran(tenantId, p, peran);
    }

    public List<Info> semua() {
        return pengguna.listOrderByUsername().stream().map(PenggunaService::info).toList();
    }

    /**
     * A page of all users with their roles per dinas (tenant id → role), for the province's list; {@code cari} (blank:
     * everyone) matches username or name, ignoring case.
     */
    public Page<InfoPeran> halaman(@Nullable String cari, Pageable pageable) {
        String teks = Teks.rapi(cari);
        Page<Pengguna> page;
        if (teks == null) {
            page = pengguna.list(pageable);
        } else {
            String pola = "%" + teks.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            page = pengguna.findByUsernameIlikeOrNamaIlike(pola, pola, pageable);
        }
        Map<Long, Map<Long, Peran>> peran = new java.util.HashMap<>();
        List<Long> ids = page.getContent().stream().map(Pengguna::id).toList();
        if (!ids.isEmpty()) {
            keanggotaan.findByPenggunaIdInList(ids).forEach(k ->
                    peran.computeIfAbsent(k.penggunaId(), x -> new java.util.TreeMap<>()).put(k.tenantId(), k.peran()));
        }
        return page.map(p -> new InfoPeran(info(p), peran.getOrDefault(p.id(), Map.of())));
    }

    /**
     * Sets a new password for a user. {@code tenantId} null: the provincial admin, for anyone. Otherwise the admin of
     * that dinas, only for a member of it who belongs to no other dinas and is not a provincial admin: a dinas admin
     * must not take over an account that opens other dinas.
     */
    @Transactional(TenantSchemas.PLATFORM)
    public void aturSandi(@Nullable Long tenantId, long penggunaId, @Valid SandiBaru sandi) {
        Pengguna p = pengguna.findById(penggunaId)
                .orElseThrow(() -> new NotFoundException("Pengguna " + penggunaId + " tidak ditemukan"));
        if (tenantId != null) {
            List<Keanggotaan> milik = keanggotaan.findByPenggunaId(penggunaId);
            if (milik.stream().noneMatch(k -> k.tenantId() == tenantId)) {
                throw new NotFoundException("Pengguna " + penggunaId + " bukan anggota dinas ini");
            }
            if (p.provinsi() || milik.size() > 1) {
                throw new ForbiddenException("Pengguna ini juga memegang peran di luar dinas ini; "
                        + "sandinya hanya dapat diatur ulang oleh admin provinsi");
            }
        }
        pengguna.update(new Pengguna(p.id(), p.username(), p.nama(), Sandi.hash(sandi.password()), p.provinsi(), p.aktif(),
                p.dibuatPada(), p.version()));
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

    /**
     * Gives {@code username} the role {@code peran} in the dinas (replacing the role they had there). A dinas admin
     * (anyone acting without the province's rights) changes only the members of their own dinas: a user who is not
     * one is refused with one and the same answer whether that username exists or not, and a provincial admin is
     * never theirs to change. The province may add any existing user. Nobody leaves a dinas without a dinas admin.
     */
    @Transactional(TenantSchemas.PLATFORM)
    public Anggota tetapkanPeran(long tenantId, String username, Peran peran) {
        wajibPeran(peran);
        String nama = Pengguna.baku(username);
        Optional<Pengguna> p = pengguna.findByUsername(nama);
        if (olehDinas()) {
            boolean anggota = p.flatMap(x -> keanggotaan.findByPenggunaIdAndTenantId(x.id(), tenantId)).isPresent();
            if (!anggota || p.get().provinsi()) {
                throw new InvalidInputException("username", "'" + nama + "' bukan anggota dinas ini yang dapat Anda atur;"
                        + " admin dinas mengubah peran anggotanya sendiri dan menambah pengguna baru (POST …/anggota),"
                        + " pengguna yang sudah ada di tempat lain ditambahkan oleh admin provinsi");
            }
        }
        return beriPeran(tenantId, p.orElseThrow(() -> new InvalidInputException("username", "pengguna '" + nama + "' tidak ditemukan")),
                peran);
    }

    @Transactional(TenantSchemas.PLATFORM)
    public void cabutPeran(long tenantId, long penggunaId) {
        Keanggotaan k = keanggotaan.findByPenggunaIdAndTenantId(penggunaId, tenantId)
                .orElseThrow(() -> new NotFoundException("Pengguna " + penggunaId + " bukan anggota dinas ini"));
        if (olehDinas() && pengguna.findById(penggunaId).map(Pengguna::provinsi).orElse(false)) {
            throw new ForbiddenException("Admin provinsi hanya dapat dikeluarkan dari dinas oleh admin provinsi");
        }
        jagaAdminTerakhir(tenantId, penggunaId, null, "dikeluarkan");
        keanggotaan.delete(k);
    }

    private Anggota beriPeran(long tenantId, Pengguna p, Peran peran) {
        jagaAdminTerakhir(tenantId, p.id(), peran, "menjadi " + peran);
        keanggotaan.findByPenggunaIdAndTenantId(p.id(), tenantId).ifPresent(keanggotaan::delete);
        keanggotaan.save(new Keanggotaan(null, p.id(), tenantId, peran));
        return new Anggota(p.id(), p.username(), p.nama(), peran);
    }

    /** Refuses taking away the dinas admin role of the dinas's only dinas admin (themselves included). */
    private void jagaAdminTerakhir(long tenantId, long penggunaId, @Nullable Peran baru, String perubahan) {
        if (baru == Peran.ADMIN_DINAS) {
            return;
        }
        List<Long> admin = keanggotaan.adminDinasTerkunci(tenantId);
        if (admin.size() == 1 && admin.getFirst() == penggunaId) {
            boolean sendiri = Pelaku.current().map(x -> x.id() == penggunaId).orElse(false);
            throw new ConflictException(baru == null ? null : "peran", (sendiri ? "Anda" : "Pengguna ini")
                    + " satu-satunya admin dinas di dinas ini dan tidak dapat " + perubahan
                    + ": tetapkan admin dinas lain dahulu, agar dinas ini tetap mempunyai admin");
        }
    }

    /** Whether the work runs for a user without the province's rights (a dinas admin); start-up and seeding are not. */
    private static boolean olehDinas() {
        return Pelaku.current().map(x -> !x.provinsi()).orElse(false);
    }

    private static void wajibPeran(@Nullable Peran peran) {
        if (peran == null) {
            throw new InvalidInputException("peran", "wajib diisi: ADMIN_DINAS, EDITOR, PEMERIKSA atau PEMBACA");
        }
    }

    /** At start-up: the provincial admin of the configuration, when that user does not exist yet. */
    @EventListener
    @Transactional(TenantSchemas.PLATFORM)
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

    /** A user with their roles, by tenant id. */
    @Serdeable
    public record InfoPeran(Info info, Map<Long, Peran> peran) {
    }

    /** Command: a new password, with the same rule as a first one. */
    @Serdeable
    public record SandiBaru(@NotBlank(message = "wajib diisi") @Size(min = 10, max = 200, message = "10–200 karakter") String password) {
    }

    /** A member of a dinas and their role there. */
    @Serdeable
    public record Anggota(long penggunaId, String username, String nama, @Nullable Peran peran) {
    }

}
