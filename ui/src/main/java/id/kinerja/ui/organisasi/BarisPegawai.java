package id.kinerja.ui.organisasi;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import id.kinerja.sumberdaya.KomposisiPegawai;
import id.kinerja.sumberdaya.PegawaiInput;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A row of the staff grid with its own inputs: the jabatan and the twelve counts (sex, status, education), and the
 * row's total (laki-laki + perempuan), kept up to date as it is typed.
 */
final class BarisPegawai {

    /** The counts in the grid's order: property names of {@link PegawaiInput} and their column titles. */
    static final List<String[]> KOLOM = List.of(
            new String[]{"lakiLaki", "L"}, new String[]{"perempuan", "P"},
            new String[]{"pns", "PNS"}, new String[]{"pppk", "PPPK"}, new String[]{"kontrak", "Kontrak"},
            new String[]{"sd", "SD"}, new String[]{"smp", "SMP"}, new String[]{"sma", "SMA"},
            new String[]{"diploma", "D1–D3"}, new String[]{"s1", "S1/D4"}, new String[]{"s2", "S2"}, new String[]{"s3", "S3"});

    final TextField jabatan = new TextField();
    final IntegerField[] angka = new IntegerField[KOLOM.size()];
    final Span jumlah = new Span();

    BarisPegawai(@Nullable KomposisiPegawai p, Runnable berubah) {
        jabatan.setWidthFull();
        jabatan.addThemeVariants(TextFieldVariant.LUMO_SMALL);
        jabatan.setAriaLabel("Jabatan");
        jabatan.setValue(p == null ? "" : p.jabatan());
        jabatan.addValueChangeListener(e -> berubah.run()); // after the value read, so loading is no change
        int[] nilai = p == null ? new int[KOLOM.size()] : new int[]{p.lakiLaki(), p.perempuan(), p.pns(), p.pppk(), p.kontrak(),
                p.sd(), p.smp(), p.sma(), p.diploma(), p.s1(), p.s2(), p.s3()};
        for (int i = 0; i < angka.length; i++) {
            IntegerField f = new IntegerField();
            f.setWidthFull();
            f.setMin(0);
            f.addThemeVariants(TextFieldVariant.LUMO_SMALL, TextFieldVariant.LUMO_ALIGN_RIGHT);
            f.setAriaLabel(KOLOM.get(i)[1]);
            f.setValue(nilai[i]);
            f.addValueChangeListener(e -> {
                hitung();
                berubah.run();
            });
            angka[i] = f;
        }
        jumlah.addClassName("angka");
        hitung();
    }

    /** Ids for the browser tests: {@code pegawai-<row>-jabatan}, {@code pegawai-<row>-lakiLaki}, … */
    void beriId(int baris) {
        jabatan.setId("pegawai-" + baris + "-jabatan");
        jumlah.setId("pegawai-" + baris + "-jumlah");
        for (int i = 0; i < angka.length; i++) {
            angka[i].setId("pegawai-" + baris + "-" + KOLOM.get(i)[0]);
        }
    }

    private int nilai(int i) {
        Integer v = angka[i].getValue();
        return v == null ? 0 : v;
    }

    private void hitung() {
        jumlah.setText(String.valueOf(nilai(0) + nilai(1)));
    }

    /** Whether every count could be read as a whole number (an empty one counts as 0). */
    boolean terbaca() {
        for (IntegerField f : angka) {
            if (f.getValue() == null && f.isInvalid()) {
                return false;
            }
        }
        return true;
    }

    PegawaiInput input() {
        return new PegawaiInput(jabatan.getValue(), nilai(0), nilai(1), nilai(2), nilai(3), nilai(4), nilai(5), nilai(6), nilai(7),
                nilai(8), nilai(9), nilai(10), nilai(11));
    }

    void bacaSaja(boolean ya) {
        jabatan.setReadOnly(ya);
        for (IntegerField f : angka) {
            f.setReadOnly(ya);
        }
    }
}
