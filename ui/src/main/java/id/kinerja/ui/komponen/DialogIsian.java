package id.kinerja.ui.komponen;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * A form in a dialog: title, the form's problem area, "Batal" and "Simpan". Closing it (Batal, Esc) while there are
 * unsaved changes asks first ({@link PenjagaPerubahan}); a read-only dialog has only "Tutup".
 */
public class DialogIsian extends Dialog {

    protected final PenjagaPerubahan penjaga = new PenjagaPerubahan();
    protected final Formulir formulir = new Formulir();
    public final Button simpan = new Button("Simpan");
    public final Button batal = new Button("Batal");

    public DialogIsian(String judul, boolean bolehUbah) {
        setHeaderTitle(judul);
        setModal(true);
        setDraggable(false);
        setCloseOnOutsideClick(false);
        setCloseOnEsc(true);
        addDialogCloseActionListener(e -> tutup());
        addClassName("dialog-isian");
        simpan.setId("simpan-dialog");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        simpan.addClickListener(e -> simpan());
        batal.setId("batal-dialog");
        batal.addClickListener(e -> tutup());
        if (bolehUbah) {
            getFooter().add(batal, simpan);
        } else {
            batal.setText("Tutup");
            getFooter().add(batal);
        }
        add(formulir.pesan());
    }

    /** Closes, after asking when there are unsaved changes. */
    public void tutup() {
        penjaga.jikaBoleh(() -> {
            penjaga.setBerubah(false);
            close();
        });
    }

    /** Every change of these fields counts as an unsaved change. */
    protected void awasi(HasValue<?, ?>... isian) {
        for (HasValue<?, ?> f : isian) {
            f.addValueChangeListener(e -> penjaga.setBerubah(true));
        }
    }

    /** Saves; on success call {@link #selesai()}. Overridden by each form. */
    protected void simpan() {
    }

    /** After a successful save: no changes left, closed. */
    protected void selesai() {
        penjaga.setBerubah(false);
        close();
    }

    public boolean berubah() {
        return penjaga.berubah();
    }

    public Formulir formulir() {
        return formulir;
    }
}
