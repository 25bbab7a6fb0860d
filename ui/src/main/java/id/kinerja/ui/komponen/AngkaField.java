package id.kinerja.ui.komponen;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/**
 * A number field read the Indonesian way ({@link Angka}): {@code 1.234,5} is 1234.5. Text that is not a number is
 * marked in place with the reason, and the field's value is then null with {@link #terbaca()} false, so a form
 * never saves what it could not read.
 */
public class AngkaField extends CustomField<BigDecimal> {

    private final TextField teks = new TextField();
    @Nullable
    private String tidakTerbaca;

    public AngkaField() {
        this(null);
    }

    public AngkaField(@Nullable String label) {
        if (label != null) {
            setLabel(label);
        }
        teks.setWidthFull();
        teks.addThemeVariants(TextFieldVariant.LUMO_ALIGN_RIGHT);
        teks.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        teks.setAllowedCharPattern("[0-9.,\\-−Rp %]");
        add(teks);
        addClassName("angka");
    }

    @Override
    protected BigDecimal generateModelValue() {
        try {
            BigDecimal nilai = Angka.baca(teks.getValue());
            tandai(null);
            return nilai;
        } catch (IllegalArgumentException e) {
            tandai(e.getMessage());
            return null;
        }
    }

    @Override
    protected void setPresentationValue(@Nullable BigDecimal nilai) {
        teks.setValue(Angka.tulisPenuh(nilai));
        tandai(null);
    }

    /** False while the typed text is not a number; {@link #alasan()} says why. */
    public boolean terbaca() {
        return tidakTerbaca == null;
    }

    @Nullable
    public String alasan() {
        return tidakTerbaca;
    }

    /** The text as typed (for messages). */
    public String teks() {
        return teks.getValue();
    }

    /** Types {@code isi} as a person would (tests, and the keyboard shortcuts of grids). */
    public void ketik(String isi) {
        teks.setValue(isi);
        updateValue();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        teks.setReadOnly(readOnly);
    }

    @Override
    public void setInvalid(boolean invalid) {
        super.setInvalid(invalid);
        teks.setInvalid(invalid);
    }

    @Override
    public void focus() {
        teks.focus();
    }

    /** The inner text field, e.g. for an accessible name inside a grid cell. */
    public TextField input() {
        return teks;
    }

    private void tandai(@Nullable String alasan) {
        tidakTerbaca = alasan;
        setErrorMessage(alasan);
        setInvalid(alasan != null);
    }
}
