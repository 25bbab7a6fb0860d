package id.kinerja.ui.kerangka;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import id.kinerja.pengguna.Izin;
import id.kinerja.renstra.Periode;
import id.kinerja.renstra.PeriodeInput;
import id.kinerja.renstra.RenstraService;
import id.kinerja.ui.DinasTerbuka;
import id.kinerja.ui.komponen.DialogIsian;

import java.util.function.Consumer;

/** A new Renstra period: name and years. */
final class PeriodeDialog extends DialogIsian {

    final TextField nama = new TextField("Nama periode");
    final IntegerField tahunAwal = new IntegerField("Tahun awal");
    final IntegerField tahunAkhir = new IntegerField("Tahun akhir");
    private final DinasTerbuka dinas;
    private final RenstraService renstra;
    private final Consumer<Periode> sesudah;

    PeriodeDialog(DinasTerbuka dinas, RenstraService renstra, Consumer<Periode> sesudah) {
        super("Periode Renstra baru", true);
        this.dinas = dinas;
        this.renstra = renstra;
        this.sesudah = sesudah;
        setId("dialog-periode");
        setWidth("32rem");
        nama.setId("periode-nama");
        nama.setPlaceholder("Renstra 2025–2029");
        tahunAwal.setId("periode-awal");
        tahunAkhir.setId("periode-akhir");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
        form.add(nama, 2);
        form.add(tahunAwal, tahunAkhir);
        add(form);
        formulir.daftar("nama", nama);
        formulir.daftar("tahunAwal", tahunAwal);
        formulir.daftar("tahunAkhir", tahunAkhir);
        awasi(nama, tahunAwal, tahunAkhir);
    }

    @Override
    protected void simpan() {
        Periode p = formulir.jalankan(() -> dinas.jalankan(Izin.UBAH_KERANGKA,
                () -> renstra.buatPeriode(new PeriodeInput(nama.getValue(), tahunAwal.getValue(), tahunAkhir.getValue(), null))));
        if (p != null) {
            selesai();
            sesudah.accept(p);
        }
    }
}
