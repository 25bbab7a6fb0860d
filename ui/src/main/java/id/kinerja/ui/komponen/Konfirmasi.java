package id.kinerja.ui.komponen;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before something that cannot be undone (or loses work): a title, what happens, and the button that does it. */
public final class Konfirmasi {

    private Konfirmasi() {
    }

    /** Opens the question; {@code aksi} runs only on {@code tombol}. Returns the dialog (for tests). */
    public static ConfirmDialog tanya(String judul, String teks, String tombol, Runnable aksi) {
        ConfirmDialog d = new ConfirmDialog();
        d.setHeader(judul);
        d.setText(teks);
        d.setCancelable(true);
        d.setCancelText("Batal");
        d.setConfirmText(tombol);
        d.setConfirmButtonTheme("error primary");
        d.addConfirmListener(e -> aksi.run());
        d.open();
        return d;
    }
}
