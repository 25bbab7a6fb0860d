package id.kinerja.pengguna;

import id.kinerja.common.TooManyAttemptsException;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-in throttling, so that guessing is slow and nobody can lock another person out:
 * <ul>
 *   <li>per username <em>and</em> client address: after 5 failures in a row each further attempt waits, 30 s
 *       doubling up to 15 minutes; a success clears it. An attacker elsewhere therefore never delays the real user.</li>
 *   <li>per username across all addresses, a higher bound against guessing from many addresses: after 50 failures
 *       (forgotten an hour after the last one) attempts wait the same way, except from addresses where the user
 *       has signed in successfully before (the last 8 kept), so the real user still gets in during such an attack.</li>
 * </ul>
 * An attempt is reserved before its password is checked, so parallel requests cannot all slip past a count: while
 * {@code bound - failures} attempts are in flight the next one waits. IPv6 addresses count by their /64 prefix.
 * Kept in memory (a restart forgets it; so does a second node); idle entries are swept once there are many.
 */
@Singleton
final class PembatasPercobaan {

    static final int BEBAS = 5;
    static final int BEBAS_NAMA = 50;
    private static final long AWAL_DETIK = 30;
    private static final long MAKS_DETIK = 15 * 60;
    private static final long LUPA_NAMA_MS = 60 * 60 * 1000L;
    private static final int ALAMAT_DIKENAL = 8;
    private static final int SAPU_DI_ATAS = 10_000;

    private final ConcurrentHashMap<String, Catatan> pasangan = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Catatan> nama = new ConcurrentHashMap<>();
    /** Addresses (keys) where each username last signed in successfully, newest last. */
    private final ConcurrentHashMap<String, List<String>> dikenal = new ConcurrentHashMap<>();
    private final Clock clock;

    PembatasPercobaan() {
        this(Clock.systemUTC());
    }

    PembatasPercobaan(Clock clock) {
        this.clock = clock;
    }

    /**
     * Reserves an attempt of {@code username} from {@code alamat} (the client's IP address); end it with exactly one
     * of {@link Percobaan#gagal}, {@link Percobaan#berhasil} or {@link Percobaan#batal}.
     *
     * @throws TooManyAttemptsException while this attempt must wait or enough attempts are already being checked
     */
    Percobaan mulai(String username, String alamat) {
        long now = clock.millis();
        sapu(now);
        String u = Pengguna.baku(username);
        String a = alamatKunci(alamat);
        String kunciPasangan = u + '\u0000' + a;
        pesan(pasangan, kunciPasangan, BEBAS, now, 0);
        boolean lewatNama = !dikenal.getOrDefault(u, List.of()).contains(a);
        if (lewatNama) {
            try {
                pesan(nama, u, BEBAS_NAMA, now, LUPA_NAMA_MS);
            } catch (TooManyAttemptsException e) {
                lepas(pasangan, kunciPasangan);
                throw e;
            }
        }
        return new Percobaan(u, a, kunciPasangan, lewatNama);
    }

    /** One attempt in flight; ends exactly once. */
    final class Percobaan {
        private final String username;
        private final String alamat;
        private final String kunciPasangan;
        private final boolean lewatNama;
        private boolean selesai;

        private Percobaan(String username, String alamat, String kunciPasangan, boolean lewatNama) {
            this.username = username;
            this.alamat = alamat;
            this.kunciPasangan = kunciPasangan;
            this.lewatNama = lewatNama;
        }

        /** The password was wrong: it counts for this address and for the username. */
        void gagal() {
            if (akhiri()) {
                long now = clock.millis();
                hitungGagal(pasangan, kunciPasangan, BEBAS, now, 0, true);
                hitungGagal(nama, username, BEBAS_NAMA, now, LUPA_NAMA_MS, lewatNama);
            }
        }

        /** The password was right: this address starts again and is known for the username from now on. */
        void berhasil() {
            if (akhiri()) {
                pasangan.remove(kunciPasangan);
                if (lewatNama) {
                    lepas(nama, username);
                }
                dikenal.compute(username, (k, daftar) -> {
                    List<String> baru = new ArrayList<>(daftar == null ? List.of() : daftar);
                    baru.remove(alamat);
                    baru.add(alamat);
                    return List.copyOf(baru.subList(Math.max(0, baru.size() - ALAMAT_DIKENAL), baru.size()));
                });
            }
        }

        /** The attempt ended without a verdict (an error): it neither counts nor stays in flight. */
        void batal() {
            if (akhiri()) {
                lepas(pasangan, kunciPasangan);
                if (lewatNama) {
                    lepas(nama, username);
                }
            }
        }

        private synchronized boolean akhiri() {
            boolean pertama = !selesai;
            selesai = true;
            return pertama;
        }
    }

    /** Reserves one attempt under {@code kunci}, or says how long to wait. */
    private static void pesan(ConcurrentHashMap<String, Catatan> peta, String kunci, int bebas, long now, long lupaMs) {
        long[] tunggu = {0};
        peta.compute(kunci, (k, c) -> {
            Catatan x = c == null ? new Catatan(0, 0, 0, now) : terlupa(c, now, lupaMs) ? new Catatan(0, c.sedang, 0, now) : c;
            if (x.tungguSampai > now) {
                tunggu[0] = x.tungguSampai - now;
                return x;
            }
            if (x.sedang >= Math.max(1, bebas - x.jumlah)) {
                tunggu[0] = 1000;
                return x;
            }
            return new Catatan(x.jumlah, x.sedang + 1, x.tungguSampai, now);
        });
        if (tunggu[0] > 0) {
            throw new TooManyAttemptsException(Math.max(1, (tunggu[0] + 999) / 1000));
        }
    }

    /** One more failure under {@code kunci}; from the {@code bebas}-th on, attempts wait 30 s doubling up to 15 minutes. */
    private static void hitungGagal(ConcurrentHashMap<String, Catatan> peta, String kunci, int bebas, long now, long lupaMs,
                                    boolean dipesan) {
        peta.compute(kunci, (k, lama) -> {
            Catatan c = lama != null && terlupa(lama, now, lupaMs) ? new Catatan(0, lama.sedang, 0, now) : lama;
            int n = c == null ? 1 : c.jumlah + 1;
            long tunggu = n < bebas ? 0 : Math.min(MAKS_DETIK, AWAL_DETIK << Math.min(20, n - bebas)) * 1000;
            int sedang = c == null ? 0 : Math.max(0, c.sedang - (dipesan ? 1 : 0));
            return new Catatan(n, sedang, Math.max(now + tunggu, c == null ? 0 : c.tungguSampai), now);
        });
    }

    /** Failures of a bound that forgets ({@code lupaMs > 0}) are forgotten that long after the last one and its wait. */
    private static boolean terlupa(Catatan c, long now, long lupaMs) {
        return lupaMs > 0 && c.tungguSampai < now && c.terakhir < now - lupaMs;
    }

    private static void lepas(ConcurrentHashMap<String, Catatan> peta, String kunci) {
        peta.computeIfPresent(kunci, (k, c) -> new Catatan(c.jumlah, Math.max(0, c.sedang - 1), c.tungguSampai, c.terakhir));
    }

    /** Forgets entries idle for longer than the longest wait, once random names or addresses have filled a map. */
    private void sapu(long now) {
        for (ConcurrentHashMap<String, Catatan> peta : List.of(pasangan, nama)) {
            if (peta.size() > SAPU_DI_ATAS) {
                peta.values().removeIf(c -> c.sedang == 0 && c.tungguSampai < now && c.terakhir < now - MAKS_DETIK * 1000);
            }
        }
    }

    /** An IPv4 address as it is; an IPv6 address by its /64 prefix (one subscriber's whole range). */
    static String alamatKunci(String alamat) {
        if (alamat == null || alamat.isBlank()) {
            return "?";
        }
        String a = alamat.strip();
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        if (a.indexOf(':') < 0) {
            return a;
        }
        try {
            byte[] b = java.net.InetAddress.getByName(a).getAddress(); // a literal with a colon is parsed, never looked up
            if (b.length == 4) {
                return java.net.InetAddress.getByAddress(b).getHostAddress(); // IPv4-mapped
            }
            return java.util.HexFormat.of().formatHex(b, 0, 8) + "::/64";
        } catch (java.net.UnknownHostException e) {
            return a;
        }
    }

    int jumlahCatatan() {
        return pasangan.size();
    }

    private record Catatan(int jumlah, int sedang, long tungguSampai, long terakhir) {
    }
}
