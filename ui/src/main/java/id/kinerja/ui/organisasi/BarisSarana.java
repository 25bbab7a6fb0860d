package id.kinerja.ui.organisasi;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import id.kinerja.sumberdaya.Sarana;
import id.kinerja.sumberdaya.SaranaInput;
import io.micronaut.core.annotation.Nullable;

/** A row of the sarana grid with its own inputs: name, unit, how many, condition. */
final class BarisSarana {

    final TextField nama = new TextField();
    final TextField satuan = new TextField();
    final IntegerField jumlah = new IntegerField();
    final TextField kondisi = new TextField();

    BarisSarana(@Nullable Sarana s, Runnable berubah) {
        nama.setValue(s == null ? "" : s.nama());
        satuan.setValue(s == null ? "" : s.satuan());
        jumlah.setValue(s == null ? 0 : s.jumlah());
        kondisi.setValue(s == null || s.kondisi() == null ? "" : s.kondisi());
        // listeners after the values read, so loading is no change
        for (TextField t : new TextField[]{nama, satuan, kondisi}) {
            t.setWidthFull();
            t.addThemeVariants(TextFieldVariant.LUMO_SMALL);
            t.addValueChangeListener(e -> berubah.run());
        }
        nama.setAriaLabel("Nama barang");
        satuan.setAriaLabel("Satuan");
        kondisi.setAriaLabel("Keterangan / kondisi");
        jumlah.setAriaLabel("Jumlah");
        jumlah.setWidthFull();
        jumlah.addThemeVariants(TextFieldVariant.LUMO_SMALL, TextFieldVariant.LUMO_ALIGN_RIGHT);
        jumlah.setMin(0);
        jumlah.addValueChangeListener(e -> berubah.run());
    }

    void beriId(int baris) {
        nama.setId("sarana-" + baris + "-nama");
        satuan.setId("sarana-" + baris + "-satuan");
        jumlah.setId("sarana-" + baris + "-jumlah");
        kondisi.setId("sarana-" + baris + "-kondisi");
    }

    boolean terbaca() {
        return !(jumlah.getValue() == null && jumlah.isInvalid());
    }

    SaranaInput input() {
        return new SaranaInput(nama.getValue(), satuan.getValue(), jumlah.getValue() == null ? 0 : jumlah.getValue(), kondisi.getValue());
    }

    void bacaSaja(boolean ya) {
        nama.setReadOnly(ya);
        satuan.setReadOnly(ya);
        jumlah.setReadOnly(ya);
        kondisi.setReadOnly(ya);
    }
}
