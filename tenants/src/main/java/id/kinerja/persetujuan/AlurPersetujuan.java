package id.kinerja.persetujuan;

import id.kinerja.capaian.CapaianService;
import id.kinerja.capaian.DataKinerja;
import id.kinerja.capaian.PohonCapaian;
import id.kinerja.common.NotFoundException;
import id.kinerja.common.ConflictException;
import id.kinerja.common.InvalidInputException;
import id.kinerja.jejak.Jejak;
import id.kinerja.jejak.JejakService;
import id.kinerja.pengguna.Pelaku;
import id.kinerja.tenant.JejakKonteks;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The approval of a quarter: DRAF → DIAJUKAN (editor) → DIVERIFIKASI (reviewer) → DIKUNCI (admin), returned
 * to DRAF with a reason from the middle steps, reopened from DIKUNCI only with a reason. Every step is in the
 * audit log with its reason. Locking keeps the capaian tree as it stands; reports of a locked quarter read
 * that snapshot and do not change when the framework changes later. The database refuses realisations for a
 * quarter that is not DRAF. Submitting keeps the tree too, as provisional figures for the province's recap only
 * (reports and the Dasbor compute an unlocked quarter live); returning or reopening drops it.
 */
@Singleton
public class AlurPersetujuan {

    private final PersetujuanRepository persetujuan;
    private final CapaianService capaian;
    private final JejakService jejak;

    AlurPersetujuan(PersetujuanRepository persetujuan, CapaianService capaian, JejakService jejak) {
        this.persetujuan = persetujuan;
        this.capaian = capaian;
        this.jejak = jejak;
    }

    /** The four quarters of {@code tahun}; quarters never touched are DRAF. */
    public List<StatusTriwulan> status(int tahun) {
        Map<Integer, Persetujuan> ada = new java.util.HashMap<>();
        persetujuan.findByTahunOrderByTriwulan(tahun).forEach(p -> ada.put(p.triwulan(), p));
        List<StatusTriwulan> out = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            Persetujuan p = ada.get(q);
            out.add(p == null ? new StatusTriwulan(tahun, q, StatusPersetujuan.DRAF, null, null, null, null)
                    : new StatusTriwulan(tahun, q, p.status(), p.alasan(), p.diubahOleh(), p.diubahPada(), p.version()));
        }
        return out;
    }

    /**
     * The steps every quarter of {@code tahun} went through, oldest first, read from the audit log (the database
     * writes a row for every change of a quarter's state, with the user and the reason).
     */
    public List<Langkah> riwayat(int tahun) {
        List<Langkah> out = new ArrayList<>();
        for (Persetujuan p : persetujuan.findByTahunOrderByTriwulan(tahun)) {
            List<Jejak> baris = new ArrayList<>(jejak.cari(null, null, "persetujuan", p.id(), JejakService.BATAS_MAKS, 0));
            java.util.Collections.reverse(baris);
            for (Jejak j : baris) {
                Object ke = j.baru() == null ? null : j.baru().get("status");
                if (ke == null) {
                    continue;
                }
                Object dari = j.lama() == null ? null : j.lama().get("status");
                out.add(new Langkah(p.triwulan(), j.waktu(), j.pengguna(),
                        dari == null ? StatusPersetujuan.DRAF : StatusPersetujuan.valueOf(dari.toString()),
                        StatusPersetujuan.valueOf(ke.toString()), j.alasan()));
            }
        }
        return out;
    }

    /**
     * Submits a draft quarter with the capaian tree as it stands, kept while the quarter is under review (nothing it
     * is computed from can change then: the database refuses it) so that the province's recap can show its figures
     * as provisional; returning the quarter drops it, locking replaces it with the final one.
     */
    public StatusTriwulan ajukan(int tahun, int triwulan) {
        periksaTriwulan(triwulan);
        Optional<Persetujuan> dibaca = persetujuan.findByTahunAndTriwulan(tahun, triwulan);
        periksaDari(tahun, triwulan, dibaca.map(Persetujuan::status).orElse(StatusPersetujuan.DRAF),
                AksiPersetujuan.AJUKAN.dari());
        PohonCapaian diajukan;
        try {
            diajukan = capaian.pohon(null, tahun, triwulan);
        } catch (NotFoundException e) {
            diajukan = null; // no period measures the year: nothing to show, and submitting does not depend on it
        }
        return pindah(tahun, triwulan, AksiPersetujuan.AJUKAN, null, diajukan, dibaca.map(Persetujuan::version).orElse(null));
    }

    public StatusTriwulan verifikasi(int tahun, int triwulan) {
        return pindah(tahun, triwulan, AksiPersetujuan.VERIFIKASI, null, null, null);
    }

    /**
     * Locks a verified quarter with the capaian tree as it stands. The tree is computed before the write's
     * transaction opens (nothing it reads can change while the quarter is DIVERIFIKASI); the write then checks
     * that the quarter is still the one that was read.
     */
    public StatusTriwulan kunci(int tahun, int triwulan) {
        periksaTriwulan(triwulan);
        Optional<Persetujuan> dibaca = persetujuan.findByTahunAndTriwulan(tahun, triwulan);
        periksaDari(tahun, triwulan, dibaca.map(Persetujuan::status).orElse(StatusPersetujuan.DRAF),
                AksiPersetujuan.KUNCI.dari());
        PohonCapaian snapshot = capaian.pohon(null, tahun, triwulan);
        return pindah(tahun, triwulan, AksiPersetujuan.KUNCI, null, snapshot,
                dibaca.get().version());
    }

    public StatusTriwulan kembalikan(int tahun, int triwulan, @Nullable String alasan) {
        return pindah(tahun, triwulan, AksiPersetujuan.KEMBALIKAN, wajib(alasan), null, null);
    }

    public StatusTriwulan buka(int tahun, int triwulan, @Nullable String alasan) {
        return pindah(tahun, triwulan, AksiPersetujuan.BUKA, wajib(alasan), null, null);
    }

    /** The capaian tree of a quarter: its snapshot when locked (for the period it was locked with), else computed now. */
    public PohonCapaian pohon(@Nullable Long periodeId, int tahun, int triwulan) {
        return snapshot(periodeId, tahun, triwulan).orElseGet(() -> capaian.pohon(periodeId, tahun, triwulan));
    }

    /** As {@link #pohon(Long, int, int)}, computed (when not locked) from the period's data already read ({@code CapaianService.muat}). */
    public PohonCapaian pohon(DataKinerja data, int tahun, int triwulan) {
        return snapshot(data.periode().id(), tahun, triwulan).orElseGet(() -> capaian.hitung(data, tahun, triwulan));
    }

    /**
     * The snapshot {@link #pohon(Long, int, int)} answers with for a locked quarter; empty when it computes. It stays the
     * answer until the quarter's approval row changes (reopening), whatever else the dinas writes.
     */
    public Optional<PohonCapaian> terkunci(@Nullable Long periodeId, int tahun, int triwulan) {
        return snapshot(periodeId, tahun, triwulan);
    }

    private Optional<PohonCapaian> snapshot(@Nullable Long periodeId, int tahun, int triwulan) {
        return persetujuan.findByTahunAndTriwulan(tahun, triwulan)
                .filter(p -> p.status() == StatusPersetujuan.DIKUNCI && p.snapshot() != null)
                .map(Persetujuan::snapshot)
                .filter(s -> periodeId == null || periodeId == s.periodeId());
    }

    /** One step, in one transaction; {@code versiDibaca}: the version the caller computed {@code snapshot} for. */
    @Transactional
    StatusTriwulan pindah(int tahun, int triwulan, AksiPersetujuan aksi, @Nullable String alasan,
                          @Nullable PohonCapaian snapshot, @Nullable Long versiDibaca) {
        Set<StatusPersetujuan> dari = aksi.dari();
        StatusPersetujuan ke = aksi.ke();
        periksaTriwulan(triwulan);
        Optional<Persetujuan> lama = persetujuan.findByTahunAndTriwulan(tahun, triwulan);
        periksaDari(tahun, triwulan, lama.map(Persetujuan::status).orElse(StatusPersetujuan.DRAF), dari);
        if (versiDibaca != null && !versiDibaca.equals(lama.map(Persetujuan::version).orElse(null))) {
            throw new ConflictException("status", "Triwulan " + triwulan + " tahun " + tahun
                    + " diubah orang lain selama " + (aksi == AksiPersetujuan.AJUKAN ? "diajukan" : "dikunci")
                    + "; muat ulang lalu ulangi");
        }
        String oleh = Pelaku.current().map(Pelaku::username).orElse(null);
        // the submitted tree stays while verified, until the lock replaces it; returning or reopening drops it
        PohonCapaian pohon = aksi == AksiPersetujuan.VERIFIKASI ? lama.map(Persetujuan::snapshot).orElse(null) : snapshot;
        Persetujuan baru = new Persetujuan(lama.map(Persetujuan::id).orElse(null), tahun, triwulan, ke, alasan, oleh, Instant.now(),
                pohon, lama.map(Persetujuan::version).orElse(null));
        Persetujuan tersimpan = JejakKonteks.denganAlasan(alasan == null ? "" : alasan,
                () -> lama.isPresent() ? persetujuan.update(baru) : persetujuan.save(baru));
        return new StatusTriwulan(tahun, triwulan, tersimpan.status(), tersimpan.alasan(), tersimpan.diubahOleh(),
                tersimpan.diubahPada(), tersimpan.version());
    }

    private static void periksaTriwulan(int triwulan) {
        if (triwulan < 1 || triwulan > 4) {
            throw new InvalidInputException("triwulan", "triwulan 1–4");
        }
    }

    private static void periksaDari(int tahun, int triwulan, StatusPersetujuan sekarang, Set<StatusPersetujuan> dari) {
        if (!dari.contains(sekarang)) {
            throw new ConflictException("status", "Triwulan " + triwulan + " tahun " + tahun + " berstatus " + sekarang
                    + "; langkah ini berlaku dari " + dari);
        }
    }

    private static String wajib(@Nullable String alasan) {
        if (alasan == null || alasan.isBlank()) {
            throw new InvalidInputException("alasan", "wajib diisi untuk langkah ini");
        }
        if (alasan.length() > 2000) {
            throw new InvalidInputException("alasan", "paling banyak 2000 karakter");
        }
        return alasan.strip();
    }

    /** One step of a quarter's approval: who moved it from which state to which, when, and why. */
    @Serdeable
    public record Langkah(int triwulan, @Nullable Instant waktu, @Nullable String pengguna, StatusPersetujuan dari,
                          StatusPersetujuan ke, @Nullable String alasan) {
    }

    /** A quarter's approval state as shown. */
    @Serdeable
    public record StatusTriwulan(int tahun, int triwulan, StatusPersetujuan status, @Nullable String alasan,
                                 @Nullable String diubahOleh, @Nullable Instant diubahPada, @Nullable Long version) {
    }
}
