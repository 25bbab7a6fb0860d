package id.kinerja.ui.anggaran;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import id.kinerja.anggaran.Anggaran;
import id.kinerja.anggaran.AnggaranInput;
import id.kinerja.anggaran.AnggaranService;
import id.kinerja.common.HasilSimpan;
import id.kinerja.pengguna.Izin;
import id.kinerja.renstra.Simpul;
import id.kinerja.ui.DinasTerbuka;
import id.kinerja.ui.komponen.Angka;
import id.kinerja.ui.komponen.AngkaField;
import id.kinerja.ui.komponen.DialogIsian;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The budget lines of one node for one year: amount in rupiah and funding source per line; saving replaces them all. */
final class AnggaranDialog extends DialogIsian {

    static final List<String> SUMBER_DANA = List.of("DAU", "DAK", "DBHCHT", "DID", "DIF", "PAD", "Pokir", "BK Provinsi");

    final List<Baris> baris = new ArrayList<>();
    final Div daftar = new Div();
    final Span total = new Span();
    final Button tambah = new Button("Tambah baris", VaadinIcon.PLUS.create());
    private final DinasTerbuka dinas;
    private final AnggaranService layanan;
    private final Simpul simpul;
    private final int tahun;
    private final Runnable sesudah;

    AnggaranDialog(DinasTerbuka dinas, AnggaranService layanan, Simpul simpul, int tahun, List<Anggaran> lama, Runnable sesudah) {
        super("Anggaran " + tahun + ": " + simpul.tingkat().label().toLowerCase() + " " + simpul.kode(), true);
        this.dinas = dinas;
        this.layanan = layanan;
        this.simpul = simpul;
        this.tahun = tahun;
        this.sesudah = sesudah;
        setId("dialog-anggaran");
        setWidth("40rem");
        Paragraph nama = new Paragraph(simpul.nama());
        nama.addClassName("petunjuk");
        daftar.addClassName("daftar-anggaran");
        tambah.setId("tambah-baris-anggaran");
        tambah.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        tambah.addClickListener(e -> {
            tambahBaris(null).jumlah.focus();
            penjaga.setBerubah(true);
        });
        total.setId("total-dialog-anggaran");
        total.addClassName("total-anggaran");
        add(nama, daftar, tambah, total);
        lama.forEach(this::tambahBaris);
        if (lama.isEmpty()) {
            tambahBaris(null);
        }
        hitung();
    }

    /** One line: amount and funding source. */
    final class Baris extends HorizontalLayout {
        final AngkaField jumlah = new AngkaField("Jumlah (Rp)");
        final ComboBox<String> sumber = new ComboBox<>("Sumber dana");
        final Button hapus = new Button(VaadinIcon.TRASH.create());

        Baris(@Nullable Anggaran a) {
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setWidthFull();
            jumlah.setWidth("16rem");
            sumber.setItems(SUMBER_DANA);
            sumber.setAllowCustomValue(true);
            sumber.addCustomValueSetListener(e -> sumber.setValue(e.getDetail()));
            sumber.setWidth("12rem");
            hapus.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            hapus.setAriaLabel("Hapus baris");
            hapus.setTooltipText("Hapus baris");
            hapus.addClickListener(e -> {
                baris.remove(this);
                daftar.remove(this);
                nomori();
                penjaga.setBerubah(true);
                hitung();
            });
            if (a != null) {
                jumlah.setValue(a.jumlah());
                sumber.setValue(a.sumberDana());
            }
            jumlah.addValueChangeListener(e -> hitung());
            awasi(jumlah, sumber);
            add(jumlah, sumber, hapus);
        }
    }

    Baris tambahBaris(@Nullable Anggaran a) {
        Baris b = new Baris(a);
        baris.add(b);
        daftar.add(b);
        nomori();
        return b;
    }

    private void nomori() {
        for (int i = 0; i < baris.size(); i++) {
            Baris b = baris.get(i);
            b.jumlah.setId("anggaran-" + i + "-jumlah");
            b.sumber.setId("anggaran-" + i + "-sumber");
            formulir.daftar("[0].baris[" + i + "].jumlah", b.jumlah);
            formulir.daftar("[0].baris[" + i + "].sumberDana", b.sumber);
        }
    }

    private void hitung() {
        BigDecimal s = baris.stream().map(b -> b.jumlah.getValue()).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        total.setText("Jumlah: " + Angka.rupiah(s));
    }

    @Override
    protected void simpan() {
        if (!formulir.angkaTerbaca()) {
            return;
        }
        List<AnggaranInput.Baris> isi = new ArrayList<>();
        for (Baris b : baris) {
            if (b.jumlah.getValue() != null || b.sumber.getValue() != null) {
                isi.add(new AnggaranInput.Baris(b.jumlah.getValue(), b.sumber.getValue()));
            }
        }
        HasilSimpan h = formulir.jalankan(() -> dinas.jalankan(Izin.UBAH_DATA,
                () -> layanan.simpanAnggaran(List.of(new AnggaranInput(simpul.id(), tahun, isi)))));
        if (h != null) {
            selesai();
            sesudah.run();
        }
    }
}
