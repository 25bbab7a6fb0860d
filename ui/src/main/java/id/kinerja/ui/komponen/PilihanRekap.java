package id.kinerja.ui.komponen;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.time.LocalDate;
import java.time.Year;
import java.util.stream.IntStream;

/**
 * The province's lists of dinas (Dinas, Rekap) filter the same way: a search over name, slug and region, a year (this
 * one, five back and one ahead) and a quarter (this one); any change reloads the list.
 */
public final class PilihanRekap {

    private PilihanRekap() {
    }

    public static void pasang(TextField cari, String idCari, Select<Integer> tahun, String idTahun,
                              Select<Integer> triwulan, String idTriwulan, Runnable muatUlang) {
        cari.setId(idCari);
        cari.setPlaceholder("Cari nama, slug atau wilayah…");
        cari.setAriaLabel("Cari dinas");
        cari.setPrefixComponent(VaadinIcon.SEARCH.create());
        cari.setClearButtonVisible(true);
        cari.setValueChangeMode(ValueChangeMode.LAZY);
        cari.setWidth("22rem");
        cari.addValueChangeListener(e -> muatUlang.run());

        int sekarang = Year.now().getValue();
        tahun.setId(idTahun);
        tahun.setLabel("Tahun");
        tahun.setItems(IntStream.rangeClosed(sekarang - 5, sekarang + 1).boxed().sorted((a, b) -> b - a).toList());
        tahun.setValue(sekarang);
        tahun.setWidth("7rem");
        triwulan.setId(idTriwulan);
        triwulan.setLabel("Triwulan");
        triwulan.setItems(1, 2, 3, 4);
        triwulan.setItemLabelGenerator(Teks::tw);
        triwulan.setValue((LocalDate.now().getMonthValue() + 2) / 3);
        triwulan.setWidth("7rem");
        tahun.addValueChangeListener(e -> muatUlang.run());
        triwulan.addValueChangeListener(e -> muatUlang.run());
    }
}
