package id.kinerja.ui.komponen;

import com.vaadin.flow.component.combobox.ComboBox;

import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

import java.time.Year;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** The years a page of one year offers (Target, Anggaran, Realisasi), the one it opens on, and its year picker. */
public final class TahunHalaman {

    private TahunHalaman() {
    }

    /**
     * The year in the page's address when it is a number; else this year when a period covers it; else the latest
     * covered year before it; else the first covered year; else this year.
     */
    public static int awal(SortedSet<Integer> tercakup, Optional<String> dariAlamat) {
        Optional<Integer> diminta = dariAlamat.flatMap(TahunHalaman::angka);
        if (diminta.isPresent()) {
            return diminta.get();
        }
        int sekarang = Year.now().getValue();
        if (tercakup.isEmpty() || tercakup.contains(sekarang)) {
            return sekarang;
        }
        SortedSet<Integer> sebelum = tercakup.headSet(sekarang);
        return sebelum.isEmpty() ? tercakup.first() : sebelum.last();
    }

    /** The covered years with {@code tahun} among them, for the page's year picker. */
    public static TreeSet<Integer> pilihan(SortedSet<Integer> tercakup, int tahun) {
        TreeSet<Integer> semua = new TreeSet<>(tercakup);
        semua.add(tahun);
        return semua;
    }

    /** Shows the page's year ({@link #awal}) in its picker, among the covered years, and returns it. */
    public static <P extends com.vaadin.flow.component.HasValue<?, Integer> & com.vaadin.flow.data.provider.HasListDataView<Integer, ?>> int tampilkan(
            P pilih, SortedSet<Integer> tercakup, Optional<String> dariAlamat) {
        int tahun = awal(tercakup, dariAlamat);
        pilih.setItems(pilihan(tercakup, tahun));
        pilih.setValue(tahun);
        return tahun;
    }

    /**
     * Sets up the page's year picker: a pick goes through the unsaved-changes question first, and only then to
     * {@code pergi}; the picker shows the page's year ({@code sekarang}) until the page has moved.
     */
    public static void pasang(ComboBox<Integer> pilih, String lebar, IntSupplier sekarang, PenjagaPerubahan penjaga,
                              IntConsumer pergi) {
        pilih.setId("pilih-tahun");
        pilih.setAriaLabel("Tahun");
        pilih.setWidth(lebar);
        pilih.setAllowCustomValue(false);
        pilih.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getValue() != sekarang.getAsInt()) {
                int baru = e.getValue();
                pilih.setValue(sekarang.getAsInt());
                penjaga.jikaBoleh(() -> pergi.accept(baru));
            }
        });
    }

    private static Optional<Integer> angka(String s) {
        try {
            return Optional.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
