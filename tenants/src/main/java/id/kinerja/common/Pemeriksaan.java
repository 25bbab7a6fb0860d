package id.kinerja.common;

import io.micronaut.core.annotation.Nullable;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of an input as (field, reason) instead of stopping at the first: a feature's rules
 * ({@code AturanTarget}, {@code AturanRealisasi}, …) write into it, and its caller decides what a problem means —
 * a service refuses the request ({@link #lempar()}), the import places each problem at its place in the document,
 * a form shows it beside its field.
 */
public final class Pemeriksaan {

    private final List<DitolakException.Butir> butir;
    private final String awalan;

    public Pemeriksaan() {
        this(new ArrayList<>(), "");
    }

    private Pemeriksaan(List<DitolakException.Butir> butir, String awalan) {
        this.butir = butir;
        this.awalan = awalan;
    }

    /** The same collection, its fields placed under {@code bagian} ({@code [3]}, {@code komponen[0]}). */
    public Pemeriksaan di(String bagian) {
        return new Pemeriksaan(butir, gabung(awalan, bagian));
    }

    /** A problem of {@code field} (relative to this place; null or empty: the place itself). */
    public void tambah(@Nullable String field, String alasan) {
        String f = gabung(awalan, field);
        butir.add(new DitolakException.Butir(f == null || f.isEmpty() ? null : f, alasan));
    }

    /** The Bean Validation constraints of a command ({@code @Digits}, {@code @Size}, …), each as a problem. */
    public <T> void sah(Validator validator, T input) {
        validator.validate(input).stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .forEach(v -> tambah(Penolakan.jalur(v), v.getMessage()));
    }

    public boolean kosong() {
        return butir.isEmpty();
    }

    /** Every problem so far, fields in full. */
    public List<DitolakException.Butir> semua() {
        return List.copyOf(butir);
    }

    /** Refuses the input with every problem found, if there is any. */
    public void lempar() {
        if (!butir.isEmpty()) {
            throw new InvalidInputException(butir);
        }
    }

    /** {@code a} + {@code b} as a path: {@code [3]} + {@code nilai} = {@code [3].nilai}, {@code x} + {@code [0]} = {@code x[0]}. */
    @Nullable
    public static String gabung(@Nullable String a, @Nullable String b) {
        if (a == null || a.isEmpty()) {
            return b;
        }
        if (b == null || b.isEmpty()) {
            return a;
        }
        return a + (b.startsWith("[") ? "" : ".") + b;
    }
}
