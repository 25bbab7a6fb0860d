package id.kinerja.ui.kerangka;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import id.kinerja.pengguna.Izin;
import id.kinerja.renstra.Pindah;
import id.kinerja.renstra.RenstraService;
import id.kinerja.renstra.Simpul;
import id.kinerja.ui.DinasTerbuka;
import id.kinerja.ui.komponen.DialogIsian;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/** Moves a node under another parent of the level above, or to another position among its siblings. */
final class PindahDialog extends DialogIsian {

    final ComboBox<Simpul> induk = new ComboBox<>("Induk");
    final IntegerField posisi = new IntegerField("Posisi");

    private final DinasTerbuka dinas;
    private final RenstraService renstra;
    private final Simpul simpul;
    private final Map<Long, List<Simpul>> anak;
    private final Consumer<Simpul> sesudah;

    /** {@code calon}: the nodes of the level above (empty for a tujuan); {@code anak}: children by parent id (0 for roots). */
    PindahDialog(DinasTerbuka dinas, RenstraService renstra, Simpul simpul, List<Simpul> calon, Map<Long, List<Simpul>> anak,
                 Consumer<Simpul> sesudah) {
        super("Pindahkan " + simpul.tingkat().label().toLowerCase() + " " + simpul.kode(), true);
        this.dinas = dinas;
        this.renstra = renstra;
        this.simpul = simpul;
        this.anak = anak;
        this.sesudah = sesudah;
        setId("dialog-pindah");
        setWidth("36rem");
        induk.setId("pindah-induk");
        induk.setItems(calon);
        induk.setItemLabelGenerator(s -> s.kode() + " " + s.nama());
        induk.setWidthFull();
        induk.setVisible(!calon.isEmpty());
        posisi.setId("pindah-posisi");
        posisi.setMin(1);
        posisi.setStepButtonsVisible(true);
        if (simpul.parentId() != null) {
            calon.stream().filter(s -> s.id().equals(simpul.parentId())).findFirst().ifPresent(induk::setValue);
        }
        posisi.setValue(simpul.urutan() + 1);
        aturBatas();
        induk.addValueChangeListener(e -> {
            aturBatas();
            posisi.setValue(posisi.getMax());
        });
        FormLayout form = new FormLayout(induk, posisi);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        formulir.daftar("parentId", induk);
        formulir.daftar("urutan", posisi);
        awasi(induk, posisi);
    }

    /** Positions run from 1 to the number of siblings under the chosen parent (itself included). */
    private void aturBatas() {
        Long parent = induk.getValue() == null ? null : induk.getValue().id();
        List<Simpul> saudara = anak.getOrDefault(parent == null ? 0L : parent, List.of());
        boolean sama = Objects.equals(parent, simpul.parentId());
        int n = saudara.size() + (sama ? 0 : 1);
        posisi.setMax(Math.max(1, n));
        posisi.setHelperText("1 sampai " + Math.max(1, n) + " di antara saudaranya");
    }

    @Override
    protected void simpan() {
        Integer p = posisi.getValue();
        Simpul hasil = formulir.jalankan(() -> dinas.jalankan(Izin.UBAH_KERANGKA, () -> renstra.pindah(simpul.id(),
                new Pindah(induk.getValue() == null ? null : induk.getValue().id(), p == null ? null : p - 1, simpul.version()))));
        if (hasil != null) {
            selesai();
            sesudah.accept(hasil);
        }
    }
}
