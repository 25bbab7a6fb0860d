package id.kinerja.ui.komponen;

import id.kinerja.common.DitolakException;
import id.kinerja.common.Penolakan;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One problem a service reported, as (field, reason): the field is the input's name or path ({@code slug},
 * {@code kepala.nip}, {@code [3].nilai}), null for the whole request. The UI shows it next to that field; these are
 * the same exceptions the API turns into its 4xx answers.
 *
 * @param basi true when the data was changed by someone else since it was read (a stale version)
 */
public record Masalah(@Nullable String field, String alasan, boolean basi) {

    public static final String DIUBAH_ORANG_LAIN = "Data sudah diubah orang lain; muat ulang lalu ulangi perubahan";

    public Masalah(@Nullable String field, String alasan) {
        this(field, alasan, false);
    }

    /**
     * The problems an exception of the domain stands for; empty when it is not one of them (a bug, a failure of
     * the server: let it reach the error handler).
     */
    public static Optional<List<Masalah>> dari(Throwable e) {
        if (e instanceof ConstraintViolationException cv) {
            return Optional.of(cv.getConstraintViolations().stream()
                    .map(v -> new Masalah(Penolakan.jalur(v), v.getMessage()))
                    .sorted(Comparator.comparing(Masalah::field, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .toList());
        }
        if (e instanceof OptimisticLockException) {
            return satu("version", DIUBAH_ORANG_LAIN, true);
        }
        if (e instanceof DitolakException d) {
            List<DitolakException.Butir> butir = d.butir();
            if (butir.isEmpty()) {
                return satu(null, d.judul(), false);
            }
            boolean basi = d.jenis() == DitolakException.Jenis.BENTROK;
            return Optional.of(butir.stream()
                    .map(b -> new Masalah(b.field(), b.alasan(), basi && "version".equals(b.field()))).toList());
        }
        if (e instanceof DataAccessException) {
            Optional<String> aturan = Penolakan.aturanBasisData(e);
            if (aturan.isPresent()) {
                return satu(null, aturan.get(), false);
            }
        }
        return Optional.empty();
    }

    /** The text for a list of problems without fields of their own. */
    public String teks() {
        return field == null ? alasan : field + ": " + alasan;
    }

    private static Optional<List<Masalah>> satu(@Nullable String field, String alasan, boolean basi) {
        return Optional.of(List.of(new Masalah(field, alasan, basi)));
    }
}
