package id.kinerja.ui.persetujuan;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.function.Function;

/**
 * The confirmation of a step that needs a reason (kembalikan, buka kunci): what happens, the reason, and the
 * button that does it. The step runs with the reason as typed; the service's refusal (an empty reason among them)
 * stays in the dialog, under the field.
 */
final class AlasanDialog extends Dialog {

    final TextArea alasan = new TextArea("Alasan");
    final Button lanjut;
    final Button batal = new Button("Batal");

    /** {@code langkah} runs the step with the reason; it returns null on success, else the refusal's text. */
    AlasanDialog(String judul, String teks, String tombol, Function<String, String> langkah) {
        setHeaderTitle(judul);
        setId("dialog-alasan");
        setModal(true);
        setCloseOnOutsideClick(false);
        setWidth("32rem");
        alasan.setId("alasan-langkah");
        alasan.setWidthFull();
        alasan.setMinHeight("7rem");
        alasan.setRequiredIndicatorVisible(true);
        alasan.setMaxLength(2000);
        alasan.setPlaceholder("Mengapa langkah ini diambil (tercatat di riwayat)");
        add(new Paragraph(teks), alasan);
        lanjut = new Button(tombol, e -> {
            String galat = langkah.apply(alasan.getValue());
            if (galat == null) {
                close();
            } else {
                alasan.setInvalid(true);
                alasan.setErrorMessage(galat);
            }
        });
        lanjut.setId("lanjut-alasan");
        lanjut.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        batal.addClickListener(e -> close());
        getFooter().add(batal, lanjut);
    }
}
