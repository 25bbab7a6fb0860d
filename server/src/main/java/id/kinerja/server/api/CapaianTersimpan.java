package id.kinerja.server.api;

import id.kinerja.basisdata.VersiTulis;
import id.kinerja.capaian.CapaianService;
import id.kinerja.capaian.PohonCapaian;
import id.kinerja.config.CapaianCacheSettings;
import id.kinerja.persetujuan.AlurPersetujuan;
import id.kinerja.tenant.TenantRef;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The answers of {@code GET /api/t/{slug}/capaian} as JSON bytes with a strong ETag, kept per dinas, period asked,
 * year and quarter. An answer is kept beside the dinas's {@link VersiTulis} read <em>before</em> its data was read and
 * served only while that version has not moved: any committed write of the dinas (any route, job or import, counted
 * where every statement passes) makes the next request compute again. A locked quarter's answer is its snapshot: it is
 * kept beside the version of the dinas's approval writes instead, so other writes do not drop it; reopening does.
 * Bounded by {@link CapaianCacheSettings#maxBytes()}, least recently used first out; served without a lock.
 */
@Singleton
final class CapaianTersimpan {

    private record Kunci(String skema, @Nullable Long periode, int tahun, int triwulan) {
    }

    /** One answer: its bytes, its ETag, and the version it is current for (of approval writes when {@code terkunci}). */
    record Jawaban(byte[] isi, String etag, boolean terkunci, long versi) {
    }

    /** A kept answer and when it was last served (System.nanoTime), for least-recently-used eviction. */
    private static final class Tersimpan {
        final Jawaban jawaban;
        volatile long dipakai = System.nanoTime();

        Tersimpan(Jawaban jawaban) {
            this.jawaban = jawaban;
        }
    }

    private static final int UKURAN_KUNCI = 200;

    private final VersiTulis versiTulis;
    private final AlurPersetujuan persetujuan;
    private final CapaianService capaian;
    private final JsonMapper json;
    private final boolean aktif;
    private final long maksByte;
    /** Read without a lock (50 clients on 2 cores queued on one monitor); changed under {@code this}. */
    private final ConcurrentHashMap<Kunci, Tersimpan> simpanan = new ConcurrentHashMap<>();
    private long byteTerpakai;
    private final java.util.concurrent.atomic.AtomicLong dihitung = new java.util.concurrent.atomic.AtomicLong();

    CapaianTersimpan(VersiTulis versiTulis, AlurPersetujuan persetujuan, CapaianService capaian, JsonMapper json,
                     CapaianCacheSettings settings) {
        this.versiTulis = versiTulis;
        this.persetujuan = persetujuan;
        this.capaian = capaian;
        this.json = json;
        this.aktif = settings.enabled();
        this.maksByte = settings.maxBytes();
    }

    /** The current answer for {@code tenant} (the tenant of the propagated context): kept, or computed now. */
    Jawaban jawaban(TenantRef tenant, @Nullable Long periode, int tahun, int triwulan) {
        String skema = tenant.schema();
        // both versions before any data is read: a write committing meanwhile leaves this answer under an old number
        long versi = versiTulis.versi(skema);
        long versiKunci = versiTulis.versiPersetujuan(skema);
        Kunci kunci = new Kunci(skema, periode, tahun, triwulan);
        if (aktif) {
            Tersimpan t = simpanan.get(kunci);
            Jawaban ada = t == null ? null : t.jawaban;
            if (ada != null && ada.versi() == (ada.terkunci() ? versiKunci : versi)) {
                t.dipakai = System.nanoTime();
                return ada;
            }
        }
        dihitung.incrementAndGet();
        Optional<PohonCapaian> snapshot = persetujuan.terkunci(periode, tahun, triwulan);
        PohonCapaian pohon = snapshot.orElseGet(() -> capaian.pohon(periode, tahun, triwulan));
        byte[] isi;
        try {
            isi = json.writeValueAsBytes(pohon);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Jawaban baru = new Jawaban(isi, etag(isi), snapshot.isPresent(), snapshot.isPresent() ? versiKunci : versi);
        if (aktif) {
            simpan(kunci, baru);
        }
        return baru;
    }

    private synchronized void simpan(Kunci kunci, Jawaban baru) {
        long ukuran = baru.isi().length + UKURAN_KUNCI;
        if (ukuran > maksByte) {
            return;
        }
        Tersimpan lama = simpanan.get(kunci);
        if (lama != null && lama.jawaban.terkunci() == baru.terkunci() && lama.jawaban.versi() > baru.versi()) {
            return; // a slower reader of older data does not replace a newer answer
        }
        Tersimpan diganti = simpanan.put(kunci, new Tersimpan(baru));
        if (diganti != null) {
            byteTerpakai -= diganti.jawaban.isi().length + UKURAN_KUNCI;
        }
        byteTerpakai += ukuran;
        while (byteTerpakai > maksByte) {
            // least recently served first out: a scan, only when an answer is stored past the bound (~250 trees)
            Map.Entry<Kunci, Tersimpan> tertua = null;
            for (Map.Entry<Kunci, Tersimpan> e : simpanan.entrySet()) {
                if (!e.getKey().equals(kunci) && (tertua == null || e.getValue().dipakai - tertua.getValue().dipakai < 0)) {
                    tertua = e;
                }
            }
            if (tertua == null) {
                break;
            }
            simpanan.remove(tertua.getKey());
            byteTerpakai -= tertua.getValue().jawaban.isi().length + UKURAN_KUNCI;
        }
    }

    /** How many answers were computed (not served from what was kept) since start. */
    long dihitung() {
        return dihitung.get();
    }

    /** Bytes and answers kept now. */
    synchronized long[] ukuran() {
        return new long[]{byteTerpakai, simpanan.size()};
    }

    /** Strong: a digest of the bytes themselves, so equal bytes have equal tags whenever they were computed. */
    private static String etag(byte[] isi) {
        try {
            byte[] sidik = MessageDigest.getInstance("SHA-256").digest(isi);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(sidik, 18)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether an {@code If-None-Match} header names {@code etag} (or is {@code *}); weak tags compare by their value. */
    static boolean cocok(@Nullable String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String t : ifNoneMatch.split(",")) {
            String tag = t.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
