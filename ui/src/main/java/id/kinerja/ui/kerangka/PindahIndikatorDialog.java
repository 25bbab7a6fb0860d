package id.kinerja.ui.kerangka;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import id.kinerja.indikator.Indikator;
import id.kinerja.indikator.IndikatorLengkap;
import id.kinerja.indikator.IndikatorService;
import id.kinerja.indikator.PindahIndikator;
import id.kinerja.pengguna.Izin;
import id.kinerja.renstra.Simpul;
import id.kinerja.ui.DinasTerbuka;
import id.kinerja.ui.komponen.DialogIsian;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/** Moves an indicator to another node of the same level (its targets and realisations go along), or reorders it. */
final class PindahIndikatorDialog extends DialogIsian {

    final ComboBox<Simpul> simpul = new ComboBox<>();
    final IntegerField posisi = new IntegerField("Posisi");

    private final DinasTerbuka dinas;
    private final IndikatorService service;
    private final Indikator indikator;
    private final ToIntFunction<Long> jumlahIndikator;
    private final Consumer<IndikatorLengkap> sesudah;

    /**
     * {@code calon}: the nodes of the indicator's level in tree order; {@code jumlahIndikator}: how many indicators a
     * node has now.
     */
    PindahIndikatorDialog(DinasTerbuka dinas, IndikatorService service, Indikator indikator, Simpul asal, List<Simpul> calon,
                          ToIntFunction<Long> jumlahIndikator, Consumer<IndikatorLengkap> sesudah) {
        super("Pindahkan indikator " + indikator.kode(), true);
        this.dinas = dinas;
        this.service = service;
        this.indikator = indikator;
        this.jumlahIndikator = jumlahIndikator;
        this.sesudah = sesudah;
        setId("dialog-pindah-indikator");
        setWidth("36rem");
        simpul.setLabel(asal.tingkat().label());
        simpul.setId("pindah-simpul");
        simpul.setItems(calon);
        simpul.setItemLabelGenerator(s -> s.kode() + " " + s.nama());
        simpul.setHelperText("Indikator hanya dapat dipindah ke " + asal.tingkat().label().toLowerCase()
                + " lain; target dan realisasinya ikut pindah.");
        simpul.setWidthFull();
        simpul.setValue(asal);
        posisi.setId("pindah-posisi-indikator");
        posisi.setMin(1);
        posisi.setStepButtonsVisible(true);
        posisi.setValue(indikator.urutan() + 1);
        aturBatas();
        simpul.addValueChangeListener(e -> {
            aturBatas();
            posisi.setValue(posisi.getMax());
        });
        FormLayout form = new FormLayout(simpul, posisi);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        formulir.daftar("simpulId", simpul);
        formulir.daftar("urutan", posisi);
        awasi(simpul, posisi);
    }

    /** Positions run from 1 to the number of indicators of the chosen node (this one included). */
    private void aturBatas() {
        Simpul s = simpul.getValue();
        int n = s == null ? 1 : jumlahIndikator.applyAsInt(s.id()) + (s.id().equals(indikator.simpulId()) ? 0 : 1);
        posisi.setMax(Math.max(1, n));
        posisi.setHelperText("1 sampai " + Math.max(1, n) + " di antara indikatornya");
    }

    @Override
    protected void simpan() {
        Integer p = posisi.getValue();
        Simpul s = simpul.getValue();
        IndikatorLengkap hasil = formulir.jalankan(() -> dinas.jalankan(Izin.UBAH_KERANGKA, () -> service.pindah(indikator.id(),
                new PindahIndikator(s == null ? null : s.id(), p == null ? null : p - 1, indikator.version()))));
        if (hasil != null) {
            selesai();
            sesudah.accept(hasil);
        }
    }
}
