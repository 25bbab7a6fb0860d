package id.kinerja.common;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * Input that is well-formed but not acceptable: an unknown reference, a rule of the domain. The API answers
 * 422 naming each field (a JSON path such as {@code [3].indikatorId}) and its reason; a feature's rules
 * ({@link Pemeriksaan}) report every problem of a request at once.
 */
public class InvalidInputException extends DitolakException {

    private final List<Butir> butir;

    public InvalidInputException(@Nullable String field, String reason) {
        this(List.of(new Butir(field, reason)));
    }

    /** Every problem found; the first one's reason is the message. */
    public InvalidInputException(List<Butir> butir) {
        super(Jenis.TIDAK_DITERIMA, butir.getFirst().alasan());
        this.butir = List.copyOf(butir);
    }

    @Override
    public List<Butir> butir() {
        return butir;
    }

    /** The first problem's field. */
    @Nullable
    public String field() {
        return butir.getFirst().field();
    }

    @Override
    public String toString() {
        return "InvalidInputException: " + (field() == null ? "" : field() + ": ") + getMessage()
                + (butir.size() > 1 ? " (+" + (butir.size() - 1) + " lagi)" : "");
    }

    /** The same error, its fields placed under {@code prefix} (an item of a bulk request, say). */
    public InvalidInputException under(String prefix) {
        return new InvalidInputException(butir.stream().map(b -> new Butir(Pemeriksaan.gabung(prefix, b.field()), b.alasan())).toList());
    }
}
