package id.kinerja.pendaftaran;

import id.kinerja.common.DitolakException;
import id.kinerja.common.Penolakan;
import id.kinerja.common.Teks;
import id.kinerja.pengguna.Pelaku;
import id.kinerja.pertukaran.dokumen.Dokumen;
import id.kinerja.tenant.JejakKonteks;
import id.kinerja.tenant.TenantBaru;
import id.kinerja.tenant.TenantRegistry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.core.propagation.PropagatedContextElement;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Bulk onboarding: a province's list of dinas ({@link DaftarMassal}) onboarded as one job, row after row, each through
 * {@link Pendaftaran} (its rules, its one-unit creation). A bad row is recorded with its number and reason and the job
 * goes on; a dinas whose slug already exists is skipped, so a rerun of the same list makes only what is missing. Jobs
 * run one at a time on one background thread (onboarding is database work: more threads would only queue there), as
 * the admin who started them; their progress lives in memory and the last {@value #SIMPAN} jobs are kept (a restart
 * forgets them — rerunning the list finishes what was left).
 */
@Singleton
public class PendaftaranMassal {

    private static final Logger LOG = LoggerFactory.getLogger(PendaftaranMassal.class);
    public static final int SIMPAN = 20;

    /** Where a job stands. */
    public enum Status { MENUNGGU, BERJALAN, SELESAI }

    /** A row that was not made: its number in the file, its slug, and why. */
    @Serdeable
    public record Masalah(int baris, @Nullable String slug, String alasan) {
    }

    /**
     * A job as it stands: {@code selesai} of {@code total} rows handled ({@code dibuat} made, the rest failed or
     * skipped), the slug being made now, and every failed and skipped row.
     */
    @Serdeable
    public record Keadaan(String id, Status status, @Nullable String berkas, int total, int selesai, int dibuat,
                          @Nullable String sedang, List<Masalah> gagal, List<Masalah> dilewati,
                          @Nullable Instant mulai, @Nullable Instant berakhir) {
        /** Milliseconds from the first to the last row, or to now while it runs. */
        public long durasiMs() {
            return mulai == null ? 0 : java.time.Duration.between(mulai, berakhir != null ? berakhir : Instant.now()).toMillis();
        }
    }

    private final Pendaftaran pendaftaran;
    private final TenantRegistry registry;
    private final Validator validator;
    private final ExecutorService pelaksana = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("pendaftaran-massal").daemon().factory());
    private final Map<String, Pekerjaan> pekerjaan = new LinkedHashMap<>();

    PendaftaranMassal(Pendaftaran pendaftaran, TenantRegistry registry, Validator validator) {
        this.pendaftaran = pendaftaran;
        this.registry = registry;
        this.validator = validator;
    }

    /**
     * Reads the list (a bad file is refused here, before any job exists) and queues its job, run as the current user.
     */
    public Keadaan mulai(@Nullable String namaBerkas, @Nullable byte[] isi) {
        List<DaftarMassal.Baris> baris = DaftarMassal.baca(namaBerkas, isi);
        Pekerjaan p = new Pekerjaan(UUID.randomUUID().toString(), namaBerkas, baris);
        synchronized (pekerjaan) {
            pekerjaan.put(p.id, p);
            pekerjaan.keySet().removeIf(id -> pekerjaan.size() > SIMPAN && pekerjaan.get(id).status == Status.SELESAI);
        }
        // the job works as whoever started it (audit trail, log lines); nothing else of the request travels with it
        PropagatedContext konteks = PropagatedContext.getOrEmpty();
        for (PropagatedContextElement e : konteks.getAllElements()) {
            if (!(e instanceof Pelaku) && !(e instanceof JejakKonteks)) {
                konteks = konteks.minus(e);
            }
        }
        PropagatedContext k = konteks;
        pelaksana.execute(() -> {
            try (PropagatedContext.Scope ignored = k.propagate()) {
                jalankan(p);
            }
        });
        return p.keadaan();
    }

    /** A job of the last {@value #SIMPAN}, as it stands now. */
    public Optional<Keadaan> keadaan(String id) {
        synchronized (pekerjaan) {
            return Optional.ofNullable(pekerjaan.get(id)).map(Pekerjaan::keadaan);
        }
    }

    private void jalankan(Pekerjaan p) {
        p.mulai();
        Map<String, Dokumen> kerangka = new HashMap<>(); // a template's framework is read once per job, not per row
        Map<String, Integer> slugDiBerkas = new HashMap<>();
        for (DaftarMassal.Baris b : p.baris) {
            String slug = b.slug() == null ? null : b.slug().toLowerCase(Locale.ROOT);
            p.sedang(slug);
            try {
                Integer sebelumnya = slug == null ? null : slugDiBerkas.putIfAbsent(slug, b.nomor());
                if (sebelumnya != null) {
                    p.gagal(b, slug, "slug sama dengan baris " + sebelumnya + " pada berkas ini");
                    continue;
                }
                TenantBaru identitas = new TenantBaru(slug, b.nama(), b.wilayah(), b.provinsi(),
                        b.jenis() == null ? null : b.jenis().toLowerCase(Locale.ROOT));
                Optional<String> salah = periksa(identitas);
                if (salah.isPresent()) {
                    p.gagal(b, slug, salah.get());
                    continue;
                }
                if (registry.find(slug).isPresent()) {
                    p.dilewati(b, slug, "dinas '" + slug + "' sudah ada");
                    continue;
                }
                String template = Teks.rapi(b.template());
                Dokumen isi = template == null ? null : kerangka.computeIfAbsent(template, pendaftaran::kerangka);
                pendaftaran.dariDokumen(identitas, isi);
                p.dibuat();
            } catch (DitolakException e) {
                p.gagal(b, slug, e.butir().isEmpty() ? e.getMessage() : e.butir().stream()
                        .map(m -> (m.field() == null ? "" : kolom(m.field()) + ": ") + m.alasan()).collect(Collectors.joining("; ")));
            } catch (ConstraintViolationException e) {
                p.gagal(b, slug, uraikan(e.getConstraintViolations().stream().toList()));
            } catch (RuntimeException e) {
                Optional<Penolakan.SebabBasisData> sebab = Penolakan.sebabBasisData(e);
                if (sebab.isPresent()) {
                    p.gagal(b, slug, sebab.get().pesan());
                } else {
                    LOG.error("Bulk onboarding {}: row {} ({}) failed", p.id, b.nomor(), slug, e);
                    p.gagal(b, slug, "kesalahan pada server; kejadian ini sudah dicatat");
                }
            }
        }
        p.selesai();
        Keadaan k = p.keadaan();
        LOG.info("Bulk onboarding {} done: {} made, {} failed, {} skipped of {} in {} ms", p.id, k.dibuat(), k.gagal().size(),
                k.dilewati().size(), k.total(), k.durasiMs());
    }

    /** The onboarding's own rules ({@link TenantBaru}), named by the file's columns; empty when the row keeps them. */
    private Optional<String> periksa(TenantBaru identitas) {
        List<ConstraintViolation<TenantBaru>> v = new ArrayList<>(validator.validate(identitas));
        return v.isEmpty() ? Optional.empty() : Optional.of(uraikan(v));
    }

    private static String uraikan(List<? extends ConstraintViolation<?>> pelanggaran) {
        return pelanggaran.stream()
                .map(v -> {
                    String jalur = Penolakan.jalur(v);
                    return (jalur == null ? "" : kolom(jalur.substring(jalur.lastIndexOf('.') + 1)) + ": ") + v.getMessage();
                })
                .sorted(Comparator.naturalOrder()).distinct().collect(Collectors.joining("; "));
    }

    /** A field of the onboarding command as the column of the list that fills it. */
    private static String kolom(String field) {
        return switch (field) {
            case "name" -> "nama";
            case "region" -> "wilayah";
            case "province" -> "provinsi";
            case "kind" -> "jenis";
            default -> field;
        };
    }

    @PreDestroy
    void tutup() {
        pelaksana.shutdownNow();
    }

    /** One job's mutable progress, read through {@link #keadaan()} snapshots. */
    private static final class Pekerjaan {
        final String id;
        @Nullable final String berkas;
        final List<DaftarMassal.Baris> baris;
        Status status = Status.MENUNGGU;
        int selesai;
        int dibuat;
        @Nullable String sedang;
        final List<Masalah> gagal = new ArrayList<>();
        final List<Masalah> dilewati = new ArrayList<>();
        @Nullable Instant mulai;
        @Nullable Instant berakhir;

        Pekerjaan(String id, @Nullable String berkas, List<DaftarMassal.Baris> baris) {
            this.id = id;
            this.berkas = berkas;
            this.baris = baris;
        }

        synchronized void mulai() {
            status = Status.BERJALAN;
            mulai = Instant.now();
        }

        synchronized void sedang(@Nullable String slug) {
            sedang = slug;
        }

        synchronized void dibuat() {
            dibuat++;
            selesai++;
        }

        synchronized void gagal(DaftarMassal.Baris b, @Nullable String slug, String alasan) {
            gagal.add(new Masalah(b.nomor(), slug, alasan));
            selesai++;
        }

        synchronized void dilewati(DaftarMassal.Baris b, @Nullable String slug, String alasan) {
            dilewati.add(new Masalah(b.nomor(), slug, alasan));
            selesai++;
        }

        synchronized void selesai() {
            status = Status.SELESAI;
            sedang = null;
            berakhir = Instant.now();
        }

        synchronized Keadaan keadaan() {
            return new Keadaan(id, status, berkas, baris.size(), selesai, dibuat, sedang, List.copyOf(gagal),
                    List.copyOf(dilewati), mulai, berakhir);
        }
    }
}
