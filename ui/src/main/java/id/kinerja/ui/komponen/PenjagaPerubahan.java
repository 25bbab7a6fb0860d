package id.kinerja.ui.komponen;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeLeaveEvent;

/**
 * Unsaved changes are never lost silently: leaving the page (another view, a reload, closing the tab) or switching
 * what a form shows asks first while there are changes. The browser's own question guards reloads and closing;
 * navigation inside Kinerja gets a dialog.
 */
public final class PenjagaPerubahan {

    private boolean berubah;

    /** Marks the form as changed (or saved). */
    public void setBerubah(boolean berubah) {
        if (this.berubah != berubah) {
            this.berubah = berubah;
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.getPage().executeJs("window.kinerjaBerubah = $0", berubah);
            }
        }
    }

    public boolean berubah() {
        return berubah;
    }

    /** From a view's {@code beforeLeave}: holds the navigation while there are changes and asks. */
    public void sebelumPergi(BeforeLeaveEvent event) {
        if (!berubah) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction lanjut = event.postpone();
        Konfirmasi.tanya("Perubahan belum disimpan", "Ada perubahan yang belum disimpan. Tinggalkan halaman ini dan buang perubahan?",
                "Buang perubahan", () -> {
                    setBerubah(false);
                    lanjut.proceed();
                });
    }

    /** Runs {@code aksi} (e.g. showing another year) now, or after asking when there are changes. */
    public void jikaBoleh(Runnable aksi) {
        if (!berubah) {
            aksi.run();
            return;
        }
        Konfirmasi.tanya("Perubahan belum disimpan", "Ada perubahan yang belum disimpan. Buang perubahan itu?",
                "Buang perubahan", () -> {
                    setBerubah(false);
                    aksi.run();
                });
    }

    /**
     * Guards a plain dialog form: once one of {@code isian} changed, closing it (Esc, or the returned action behind
     * "Batal") asks first. Closing it in code after a save does not ask.
     */
    public static Runnable jaga(com.vaadin.flow.component.dialog.Dialog dialog, com.vaadin.flow.component.HasValue<?, ?>... isian) {
        PenjagaPerubahan p = new PenjagaPerubahan();
        for (com.vaadin.flow.component.HasValue<?, ?> f : isian) {
            f.addValueChangeListener(e -> p.setBerubah(true));
        }
        Runnable tutup = () -> p.jikaBoleh(() -> {
            p.setBerubah(false);
            dialog.close();
        });
        dialog.setCloseOnOutsideClick(false);
        dialog.addDialogCloseActionListener(e -> tutup.run());
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                p.setBerubah(false);
            }
        });
        return tutup;
    }

    /** The browser's question on reload or close while {@code window.kinerjaBerubah}; installed once per page by the layout. */
    public static void pasang(UI ui) {
        ui.getPage().executeJs("""
                if (!window.kinerjaPenjaga) {
                  window.kinerjaPenjaga = true;
                  window.addEventListener('beforeunload', e => { if (window.kinerjaBerubah) { e.preventDefault(); e.returnValue = ''; } });
                }""");
    }
}
