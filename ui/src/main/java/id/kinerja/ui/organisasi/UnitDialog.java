package id.kinerja.ui.organisasi;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.kinerja.pengguna.Izin;
import id.kinerja.ui.DinasTerbuka;
import id.kinerja.ui.komponen.DialogIsian;
import id.kinerja.ui.komponen.Pesan;
import id.kinerja.unitkerja.UnitKerja;
import id.kinerja.unitkerja.UnitKerjaService;
import id.kinerja.unitkerja.UnitKerjaUbah;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One unit kerja: its name, the unit above it (none for the head), its order among its siblings, its tugas and its
 * fungsi (one per line). The service refuses a unit placed under itself; the reason shows at "Di bawah".
 */
class UnitDialog extends DialogIsian {

    final TextField nama = new TextField("Nama unit kerja");
    final ComboBox<UnitKerja> induk = new ComboBox<>("Di bawah");
    final IntegerField urutan = new IntegerField("Urutan");
    final TextArea tugas = new TextArea("Tugas");
    final TextArea fungsi = new TextArea("Fungsi");

    private final DinasTerbuka dinas;
    private final UnitKerjaService layanan;
    private final UnitKerja unit;
    private final Consumer<UnitKerja> tersimpan;

    UnitDialog(DinasTerbuka dinas, UnitKerjaService layanan, UnitKerja unit, List<UnitKerja> semua, boolean bolehUbah,
               Consumer<UnitKerja> tersimpan) {
        super("Unit kerja " + unit.kode(), bolehUbah);
        this.dinas = dinas;
        this.layanan = layanan;
        this.unit = unit;
        this.tersimpan = tersimpan;
        setId("dialog-unit");
        setWidth("44rem");

        nama.setId("unit-nama");
        induk.setId("unit-induk");
        induk.setItems(semua.stream().filter(u -> !Objects.equals(u.id(), unit.id())).toList());
        induk.setItemLabelGenerator(u -> u.kode() + " \u2013 " + u.nama());
        induk.setClearButtonVisible(true);
        induk.setPlaceholder("(pimpinan: tidak di bawah unit lain)");
        induk.setHelperText("Kosong untuk kepala dinas, puncak struktur organisasi");
        urutan.setId("unit-urutan");
        urutan.setMin(0);
        urutan.setMax(999);
        urutan.setStepButtonsVisible(true);
        urutan.setHelperText("Urutan di antara unit yang sejajar");
        tugas.setId("unit-tugas");
        tugas.setMinRows(3);
        fungsi.setId("unit-fungsi");
        fungsi.setMinRows(4);
        fungsi.setHelperText("Satu fungsi per baris");

        nama.setValue(unit.nama());
        induk.setValue(semua.stream().filter(u -> Objects.equals(u.id(), unit.parentId())).findFirst().orElse(null));
        urutan.setValue(unit.urutan());
        tugas.setValue(unit.tugas() == null ? "" : unit.tugas());
        fungsi.setValue(String.join("\n", unit.fungsi()));
        nama.setReadOnly(!bolehUbah);
        induk.setReadOnly(!bolehUbah);
        urutan.setReadOnly(!bolehUbah);
        tugas.setReadOnly(!bolehUbah);
        fungsi.setReadOnly(!bolehUbah);

        formulir.daftar("nama", nama);
        formulir.daftar("parentId", induk);
        formulir.daftar("urutan", urutan);
        formulir.daftar("tugas", tugas);
        formulir.daftar("fungsi", fungsi);
        awasi(nama, induk, urutan, tugas, fungsi);

        FormLayout f = new FormLayout();
        f.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 3));
        f.add(nama, 3);
        f.add(induk, 2);
        f.add(urutan, 1);
        f.add(tugas, 3);
        f.add(fungsi, 3);
        add(f);
    }

    @Override
    protected void simpan() {
        if (urutan.isInvalid() && urutan.getValue() == null) {
            formulir.tampilkan(List.of(new id.kinerja.ui.komponen.Masalah("urutan", "bukan bilangan bulat 0–999")));
            return;
        }
        UnitKerjaUbah ubah = new UnitKerjaUbah(nama.getValue(), induk.getValue() == null ? null : induk.getValue().id(),
                urutan.getValue() == null ? 0 : urutan.getValue(), tugas.getValue(),
                Arrays.stream(fungsi.getValue().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList(), unit.version());
        UnitKerja hasil = formulir.jalankan(() -> dinas.jalankan(Izin.UBAH_KERANGKA, () -> layanan.ubah(unit.id(), ubah)));
        if (hasil != null) {
            selesai();
            Pesan.berhasil("Unit kerja " + hasil.nama() + " tersimpan");
            tersimpan.accept(hasil);
        }
    }
}
