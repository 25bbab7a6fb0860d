package id.kinerja.ui.kerangka;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.kinerja.pengguna.Izin;
import id.kinerja.renstra.RenstraService;
import id.kinerja.renstra.Simpul;
import id.kinerja.renstra.SimpulBaru;
import id.kinerja.renstra.SimpulUbah;
import id.kinerja.renstra.Tingkat;
import id.kinerja.ui.DinasTerbuka;
import id.kinerja.ui.komponen.DialogIsian;
import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.function.Consumer;

/** Adds a node under a parent (a tujuan at the root) or changes what a node says: kode, nama, unit kerja, outcome, lokasi. */
final class SimpulDialog extends DialogIsian {

    final TextField kode = new TextField("Kode");
    final TextArea nama = new TextArea("Nama");
    final ComboBox<String> unitKerja = new ComboBox<>("Unit kerja");
    final TextArea outcome = new TextArea("Outcome");
    final TextField lokasi = new TextField("Lokasi");

    private final DinasTerbuka dinas;
    private final RenstraService renstra;
    private final long periodeId;
    @Nullable
    private final Simpul induk;
    @Nullable
    private final Simpul lama;
    private final Tingkat tingkat;
    private final Consumer<Simpul> sesudah;

    /** A new node of {@code tingkat} under {@code induk} (null for a tujuan), or {@code lama} changed. */
    SimpulDialog(DinasTerbuka dinas, RenstraService renstra, long periodeId, Tingkat tingkat, @Nullable Simpul induk,
                 @Nullable Simpul lama, List<String> unit, Consumer<Simpul> sesudah) {
        super((lama == null ? "Tambah " : "Ubah ") + tingkat.label().toLowerCase(), true);
        this.dinas = dinas;
        this.renstra = renstra;
        this.periodeId = periodeId;
        this.tingkat = tingkat;
        this.induk = induk;
        this.lama = lama;
        this.sesudah = sesudah;
        setId("dialog-simpul");
        setWidth("40rem");

        kode.setId("simpul-kode");
        kode.setRequiredIndicatorVisible(true);
        kode.setMaxLength(60);
        nama.setId("simpul-nama");
        nama.setRequiredIndicatorVisible(true);
        nama.setMaxLength(2000);
        nama.setWidthFull();
        unitKerja.setItems(unit);
        unitKerja.setAllowCustomValue(true);
        unitKerja.addCustomValueSetListener(e -> unitKerja.setValue(e.getDetail()));
        unitKerja.setHelperText("Bidang yang bertanggung jawab");
        outcome.setMaxLength(4000);
        lokasi.setMaxLength(2000);
        outcome.setVisible(tingkat.ordinal() >= Tingkat.PROGRAM.ordinal());
        lokasi.setVisible(tingkat == Tingkat.SUB_KEGIATAN);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 3));
        if (induk != null) {
            Paragraph di = new Paragraph("Di bawah " + induk.tingkat().label().toLowerCase() + " " + induk.kode() + " " + induk.nama());
            di.addClassName("petunjuk");
            form.add(di, 3);
        }
        form.add(kode, 1);
        form.add(unitKerja, 2);
        form.add(nama, 3);
        form.add(outcome, 3);
        form.add(lokasi, 3);
        add(form);
        formulir.daftar("kode", kode);
        formulir.daftar("nama", nama);
        formulir.daftar("unitKerja", unitKerja);
        formulir.daftar("outcome", outcome);
        formulir.daftar("lokasi", lokasi);

        if (lama != null) {
            kode.setValue(lama.kode());
            nama.setValue(lama.nama());
            unitKerja.setValue(lama.unitKerja());
            outcome.setValue(lama.outcome() == null ? "" : lama.outcome());
            lokasi.setValue(lama.lokasi() == null ? "" : lama.lokasi());
        }
        awasi(kode, nama, unitKerja, outcome, lokasi);
        kode.focus();
    }

    @Override
    protected void simpan() {
        Simpul hasil = formulir.jalankan(() -> dinas.jalankan(Izin.UBAH_KERANGKA, () -> lama == null
                ? renstra.tambah(new SimpulBaru(periodeId, induk == null ? null : induk.id(), tingkat, kode.getValue(),
                nama.getValue(), null, unitKerja.getValue(), outcome.getValue(), lokasi.getValue()))
                : renstra.ubah(lama.id(), new SimpulUbah(kode.getValue(), nama.getValue(), unitKerja.getValue(),
                outcome.getValue(), lokasi.getValue(), lama.version()))));
        if (hasil != null) {
            selesai();
            sesudah.accept(hasil);
        }
    }
}
