package id.kinerja.pengguna;

import id.kinerja.basisdata.Simpanan;
import id.kinerja.basisdata.VersiTulis;
import id.kinerja.common.NotAuthenticatedException;
import id.kinerja.common.Sidik;
import id.kinerja.common.TooManyAttemptsException;
import id.kinerja.config.PlatformCacheSettings;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Who is asking: sign-in with username and password (throttled), bearer tokens for API clients, and the
 * signed-in user with their roles. One user store for the UI and the API. A token's user and a user by id are kept
 * ({@link Simpanan}) until anything in the platform schema is written, so a request does not ask the database
 * who it is; a token's expiry is checked on every use.
 */
@Singleton
public class Identitas {

    /** The servlet session attribute holding the signed-in user's id, shared by the UI and the API. */
    public static final String ATRIBUT_SESI = "kinerja.pengguna";
    static final Duration UMUR_TOKEN = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration PEMERIKSA_TUNGGU = Duration.ofSeconds(5);

    private final PenggunaRepository pengguna;
    private final KeanggotaanRepository keanggotaan;
    private final TokenRepository token;
    private final PembatasPercobaan pembatas;
    /** Password checks at once (each ~25 ms and 19 MiB): a burst queues here instead of draining memory and the pool. */
    /** Token hash → its user and expiry; user id → user, both kept while the platform schema is unwritten. */
    private final Simpanan<String, PelakuToken> perToken;
    private final Simpanan<Long, Pelaku> perId;
    private final Semaphore pemeriksa = new Semaphore(Math.max(2, 2 * Runtime.getRuntime().availableProcessors()), true);

    Identitas(PenggunaRepository pengguna, KeanggotaanRepository keanggotaan, TokenRepository token, PembatasPercobaan pembatas,
              VersiTulis versi, PlatformCacheSettings simpan) {
        this.perToken = Simpanan.platform(versi, simpan);
        this.perId = Simpanan.platform(versi, simpan);
        this.pengguna = pengguna;
        this.keanggotaan = keanggotaan;
        this.token = token;
        this.pembatas = pembatas;
    }

    /**
     * Checks username and password (~25 ms, Argon2id, also for unknown users so timing tells nothing), throttled per
     * username and client address ({@code alamat}, the caller's IP address) so that nobody can lock out another.
     *
     * @throws NotAuthenticatedException on a wrong pair
     * @throws id.kinerja.common.TooManyAttemptsException after too many failures
     */
    public Pelaku masuk(String username, String password, String alamat) {
        String u = Pengguna.baku(username);
        PembatasPercobaan.Percobaan percobaan = pembatas.mulai(u, alamat);
        try {
            if (!pemeriksa.tryAcquire(PEMERIKSA_TUNGGU.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new TooManyAttemptsException(1); // the server is busy checking passwords
            }
            try {
                Optional<Pengguna> p = pengguna.findByUsername(u).filter(Pengguna::aktif);
                boolean cocok = Sandi.cocok(password == null ? "" : password, p.map(Pengguna::hash).orElse(Sandi.TIRUAN));
                if (p.isEmpty() || !cocok) {
                    percobaan.gagal();
                    throw new NotAuthenticatedException("Nama pengguna atau kata sandi salah");
                }
                percobaan.berhasil();
                return pelaku(p.get());
            } finally {
                pemeriksa.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TooManyAttemptsException(1);
        } finally {
            percobaan.batal(); // no-op once the attempt has its verdict
        }
    }

    /** The user by id, with current roles; empty when gone or deactivated. */
    public Optional<Pelaku> pelaku(long id) {
        return perId.ambil(id, this::pelakuDariBasisData);
    }

    private Optional<Pelaku> pelakuDariBasisData(long id) {
        return pengguna.findById(id).filter(Pengguna::aktif).map(this::pelaku);
    }

    private Pelaku pelaku(Pengguna p) {
        Map<Long, Peran> peran = new HashMap<>();
        keanggotaan.findByPenggunaId(p.id()).forEach(k -> peran.put(k.tenantId(), k.peran()));
        return new Pelaku(p.id(), p.username(), p.nama(), p.provinsi(), Map.copyOf(peran));
    }

    /** A new bearer token for {@code pelaku}; the token itself is shown once, only its hash is kept. */
    public TokenBaru buatToken(Pelaku pelaku, String nama) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String nilai = "kin_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant kedaluwarsa = Instant.now().plus(UMUR_TOKEN);
        token.save(new Token(null, pelaku.id(), sha256(nilai), nama, null, kedaluwarsa));
        return new TokenBaru(nilai, kedaluwarsa);
    }

    /** The user of a bearer token, if it is known and not expired. */
    public Optional<Pelaku> dariToken(String nilai) {
        if (nilai == null || !nilai.startsWith("kin_") || nilai.length() > 100) {
            return Optional.empty();
        }
        Instant sekarang = Instant.now();
        return perToken.ambil(sha256(nilai), hash -> token.berlaku(hash, sekarang)
                        .flatMap(t -> pelakuDariBasisData(t.penggunaId()).map(p -> new PelakuToken(p, t.kedaluwarsa()))))
                .filter(pt -> pt.kedaluwarsa().isAfter(sekarang)) // a kept token still expires on time
                .map(PelakuToken::pelaku);
    }

    /** How often a sign-in by token or session asked the database (not what was kept) since start. */
    public long dibacaDariBasisData() {
        return perToken.dihitung() + perId.dihitung();
    }

    private record PelakuToken(Pelaku pelaku, Instant kedaluwarsa) {
    }

    public void cabutToken(String nilai) {
        token.deleteByHash(sha256(nilai));
    }

    static String sha256(String s) {
        return Sidik.sha256(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A token as handed out: its value (shown once) and when it expires. */
    @Serdeable
    public record TokenBaru(String token, Instant kedaluwarsa) {
    }
}
