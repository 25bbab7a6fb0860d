package id.kinerja.ui.komponen;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Puts the problems a service reported next to the fields they belong to: each input is registered under the
 * name the service gives it ({@code nama}, {@code kepala.nip}, {@code komponen[0].nama}); a problem of a field
 * that is not on the form, or of the whole request, is shown in the form's message area.
 */
public final class Formulir {

    private final Map<String, HasValidation> isian = new LinkedHashMap<>();
    private final Div pesan = new Div();

    public Formulir() {
        pesan.addClassName("pesan-galat");
        pesan.getElement().setAttribute("role", "alert");
        pesan.setVisible(false);
    }

    /** Registers {@code field} under the service's name {@code nama}; returns it for chaining. */
    public <T extends HasValidation> T daftar(String nama, T field) {
        isian.put(nama, field);
        return field;
    }

    /** The area for problems without a field of their own; place it at the top or bottom of the form. */
    public Div pesan() {
        return pesan;
    }

    /** Clears every mark. */
    public void bersihkan() {
        isian.values().forEach(f -> {
            if (!(f instanceof AngkaField a) || a.terbaca()) {
                f.setErrorMessage(null);
                f.setInvalid(false);
            }
        });
        pesan.removeAll();
        pesan.setVisible(false);
    }

    /** Marks each problem at its field; the rest go into the message area. */
    public void tampilkan(List<Masalah> masalah) {
        bersihkan();
        List<String> lain = new ArrayList<>();
        for (Masalah m : masalah) {
            HasValidation f = cari(m.field());
            if (f != null) {
                f.setErrorMessage(m.alasan());
                f.setInvalid(true);
            } else {
                lain.add(m.teks());
            }
        }
        lain.forEach(t -> pesan.add(new Div(t)));
        pesan.setVisible(!lain.isEmpty());
    }

    /** Shows a message of the whole form. */
    public void tampilkan(String teks) {
        tampilkan(List.of(new Masalah(null, teks)));
    }

    /**
     * Runs a service call: on a refusal of the domain its problems are shown and the result is null; anything else
     * (a failure of the server) goes on to the error handler.
     */
    @Nullable
    public <T> T jalankan(Supplier<T> panggilan) {
        bersihkan();
        try {
            return panggilan.get();
        } catch (RuntimeException e) {
            List<Masalah> masalah = Masalah.dari(e).orElseThrow(() -> e);
            tampilkan(masalah);
            return null;
        }
    }

    /** The field registered under {@code nama}, or under the longest registered prefix of it ({@code fungsi[2]} → {@code fungsi}). */
    @Nullable
    private HasValidation cari(@Nullable String nama) {
        String n = nama;
        while (n != null && !n.isEmpty()) {
            HasValidation f = isian.get(n);
            if (f != null) {
                return f;
            }
            int cut = Math.max(n.lastIndexOf('.'), n.lastIndexOf('['));
            n = cut <= 0 ? null : n.substring(0, cut);
        }
        return null;
    }

    /** Whether every number field of the form could be read; marks the ones that could not. */
    public boolean angkaTerbaca() {
        boolean semua = true;
        for (HasValidation f : isian.values()) {
            if (f instanceof AngkaField a && !a.terbaca()) {
                a.setErrorMessage(a.alasan());
                a.setInvalid(true);
                semua = false;
            }
        }
        return semua;
    }
}
