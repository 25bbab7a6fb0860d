package id.kinerja.ui.indikator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.kinerja.indikator.Agregasi;
import id.kinerja.indikator.IndikatorInput;
import id.kinerja.indikator.IndikatorLengkap;
import id.kinerja.indikator.IndikatorService;
import id.kinerja.indikator.Komponen;
import id.kinerja.indikator.KomponenInput;
import id.kinerja.indikator.Polaritas;
import id.kinerja.pengguna.Izin;
import id.kinerja.renstra.Simpul;
import id.kinerja.rumus.Rumus;
import id.kinerja.rumus.RumusTidakValidException;
import id.kinerja.ui.DinasTerbuka;
import id.kinerja.ui.komponen.Angka;
import id.kinerja.ui.komponen.AngkaField;
import id.kinerja.ui.komponen.DialogIsian;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The form of one indicator of a node. The formula is checked as it is typed, by the rule the save applies: the
 * character an error points at is marked under the formula, an unknown component is named, and a valid formula is
 * computed at once from the sample values given next to its components. A reader sees the same form, read-only.
 */
public final class IndikatorDialog extends DialogIsian {

    final TextField kode = new TextField("Kode");
    final TextArea nama = new TextArea("Nama indikator");
    final TextField satuan = new TextField("Satuan");
    final Select<Polaritas> polaritas = new Select<>();
    final Select<Agregasi> agregasi = new Select<>();
    final IntegerField presisi = new IntegerField("Desimal di laporan");
    final Checkbox iku = new Checkbox("Indikator Kinerja Utama (IKU)");
    final TextField sumberData = new TextField("Sumber data");
    final ComboBox<String> unitKerja = new ComboBox<>("Penanggung jawab");
    final TextArea formulaTeks = new TextArea("Penjelasan / formulasi");
    final TextField rumus = new TextField("Rumus perhitungan");
    final Div penunjuk = new Div();
    final Div hasil = new Div();
    final Div daftarKomponen = new Div();
    final List<BarisKomponen> komponen = new ArrayList<>();
    final Button tambahKomponen = new Button("Tambah komponen", VaadinIcon.PLUS.create());

    private final DinasTerbuka dinas;
    private final IndikatorService layanan;
    private final Simpul simpul;
    @Nullable
    private final IndikatorLengkap lama;
    private final boolean bolehUbah;
    private final Consumer<IndikatorLengkap> sesudah;
    private boolean butuhTahunLalu;

    public IndikatorDialog(DinasTerbuka dinas, IndikatorService layanan, Simpul simpul, @Nullable IndikatorLengkap lama,
                           List<String> unit, boolean bolehUbah, Consumer<IndikatorLengkap> sesudah) {
        super(lama == null ? "Indikator baru" : (bolehUbah ? "Ubah indikator " : "Indikator ") + lama.indikator().kode(), bolehUbah);
        this.dinas = dinas;
        this.layanan = layanan;
        this.simpul = simpul;
        this.lama = lama;
        this.bolehUbah = bolehUbah;
        this.sesudah = sesudah;
        setId("dialog-indikator");
        setWidth("min(62rem, 96vw)");

        Paragraph di = new Paragraph(simpul.tingkat().label() + " " + simpul.kode() + " " + simpul.nama());
        di.addClassName("petunjuk");
        kode.setId("indikator-kode");
        kode.setRequiredIndicatorVisible(true);
        kode.setMaxLength(60);
        nama.setId("indikator-nama");
        nama.setRequiredIndicatorVisible(true);
        nama.setMaxLength(2000);
        satuan.setId("indikator-satuan");
        satuan.setMaxLength(100);
        satuan.setPlaceholder("%, unit, rupiah…");
        polaritas.setId("indikator-polaritas");
        polaritas.setLabel("Polaritas");
        polaritas.setItems(Polaritas.values());
        polaritas.setItemLabelGenerator(p -> p == Polaritas.POSITIF ? "Positif: makin tinggi makin baik" : "Negatif: makin rendah makin baik");
        polaritas.setValue(Polaritas.POSITIF);
        agregasi.setId("indikator-agregasi");
        agregasi.setLabel("Nilai setahun dari triwulan");
        agregasi.setItems(Agregasi.values());
        agregasi.setItemLabelGenerator(IndikatorDialog::agregasi);
        agregasi.setValue(Agregasi.JUMLAH);
        presisi.setMin(0);
        presisi.setMax(6);
        presisi.setValue(2);
        presisi.setStepButtonsVisible(true);
        sumberData.setId("indikator-sumber");
        sumberData.setMaxLength(1000);
        unitKerja.setId("indikator-unit");
        unitKerja.setItems(unit);
        unitKerja.setAllowCustomValue(true);
        unitKerja.addCustomValueSetListener(e -> unitKerja.setValue(e.getDetail()));
        formulaTeks.setId("indikator-formulasi");
        formulaTeks.setMaxLength(4000);
        formulaTeks.setHelperText("Seperti tercetak di dokumen IKU");

        FormLayout umum = new FormLayout();
        umum.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 4));
        umum.add(di, 4);
        umum.add(kode, 1);
        umum.add(satuan, 1);
        umum.add(presisi, 1);
        umum.add(iku, 1);
        umum.add(nama, 4);
        umum.add(polaritas, 2);
        umum.add(agregasi, 2);
        umum.add(sumberData, 2);
        umum.add(unitKerja, 2);
        umum.add(formulaTeks, 4);

        rumus.setId("indikator-rumus");
        rumus.setWidthFull();
        rumus.setMaxLength(1000);
        rumus.setValueChangeMode(ValueChangeMode.LAZY);
        rumus.setValueChangeTimeout(250);
        rumus.addClassName("rumus");
        rumus.setPlaceholder("jumlah_koperasi_rat / jumlah_koperasi * 100");
        rumus.addValueChangeListener(e -> periksa());
        penunjuk.setId("rumus-penunjuk");
        penunjuk.addClassName("rumus-penunjuk");
        hasil.setId("rumus-contoh");
        hasil.addClassName("rumus-contoh");
        daftarKomponen.addClassName("daftar-komponen");
        tambahKomponen.setId("tambah-komponen");
        tambahKomponen.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        tambahKomponen.addClickListener(e -> {
            BarisKomponen b = tambah(null);
            b.nama.focus();
            penjaga.setBerubah(true);
        });
        Paragraph penjelasan = new Paragraph();
        penjelasan.addClassName("petunjuk");
        penjelasan.getElement().setProperty("innerHTML", "Tulis komponen dengan namanya, misalnya "
                + "<code>jumlah_koperasi_rat / jumlah_koperasi * 100</code>. <b><code>nama[N-1]</code></b> adalah nilai komponen "
                + "itu pada <b>tahun sebelumnya</b> (N = tahun yang diukur), untuk pertumbuhan: "
                + "<code>(produksi[N] - produksi[N-1]) / produksi[N-1] * 100</code>; komponen yang memakai [ ] ditulis "
                + "<code>[N]</code> untuk tahun ini. Di dalam rumus desimal memakai titik (<code>0.5</code>). Fungsi: "
                + String.join(", ", Rumus.FUNGSI) + ".");

        H4 judulRumus = new H4("Rumus dan komponen data");
        add(umum, judulRumus, daftarKomponen, tambahKomponen, rumus, penunjuk, hasil, penjelasan);

        formulir.daftar("kode", kode);
        formulir.daftar("nama", nama);
        formulir.daftar("satuan", satuan);
        formulir.daftar("polaritas", polaritas);
        formulir.daftar("agregasi", agregasi);
        formulir.daftar("presisi", presisi);
        formulir.daftar("sumberData", sumberData);
        formulir.daftar("unitKerja", unitKerja);
        formulir.daftar("formulaTeks", formulaTeks);
        formulir.daftar("formula", rumus);

        if (lama != null) {
            isi(lama);
        }
        awasi(kode, nama, satuan, polaritas, agregasi, presisi, iku, sumberData, unitKerja, formulaTeks, rumus);
        if (!bolehUbah) {
            bacaSaja();
        }
        periksa();
    }

    private void isi(IndikatorLengkap l) {
        var i = l.indikator();
        kode.setValue(i.kode());
        nama.setValue(i.nama());
        satuan.setValue(i.satuan() == null ? "" : i.satuan());
        polaritas.setValue(i.polaritas());
        agregasi.setValue(i.agregasi());
        presisi.setValue(i.presisi());
        iku.setValue(i.iku());
        sumberData.setValue(i.sumberData() == null ? "" : i.sumberData());
        unitKerja.setValue(i.unitKerja());
        formulaTeks.setValue(i.formulaTeks() == null ? "" : i.formulaTeks());
        for (Komponen k : l.komponen()) {
            tambah(k);
        }
        rumus.setValue(i.formula() == null ? "" : i.formula());
    }

    private void bacaSaja() {
        for (var f : List.of(kode, nama, satuan, sumberData, formulaTeks, rumus)) {
            f.setReadOnly(true);
        }
        polaritas.setReadOnly(true);
        agregasi.setReadOnly(true);
        presisi.setReadOnly(true);
        iku.setReadOnly(true);
        unitKerja.setReadOnly(true);
        tambahKomponen.setVisible(false);
        komponen.forEach(b -> {
            b.nama.setReadOnly(true);
            b.label.setReadOnly(true);
            b.satuan.setReadOnly(true);
            b.hapus.setVisible(false);
        });
    }

    /** A row of the components: its name in the formula, its label, its unit and sample values. */
    final class BarisKomponen extends Div {
        final TextField nama = new TextField();
        final TextField label = new TextField();
        final TextField satuan = new TextField();
        final AngkaField contoh = new AngkaField();
        final AngkaField contohLalu = new AngkaField();
        final Button hapus = new Button(VaadinIcon.TRASH.create());

        BarisKomponen(@Nullable Komponen k) {
            addClassName("baris-komponen");
            nama.setPlaceholder("nama_komponen");
            nama.setAriaLabel("Nama komponen");
            nama.setValueChangeMode(ValueChangeMode.LAZY);
            nama.setValueChangeTimeout(250);
            label.setPlaceholder("Keterangan (mis. Jumlah koperasi yang RAT)");
            label.setAriaLabel("Keterangan komponen");
            satuan.setPlaceholder("Satuan");
            satuan.setAriaLabel("Satuan komponen");
            contoh.input().setPlaceholder("Contoh N");
            contoh.input().setAriaLabel("Contoh nilai tahun N");
            contoh.setTooltipText("Contoh nilai tahun ini (N), hanya untuk mencoba rumus; tidak disimpan");
            contohLalu.input().setPlaceholder("Contoh N-1");
            contohLalu.input().setAriaLabel("Contoh nilai tahun sebelumnya (N-1)");
            contohLalu.setTooltipText("Contoh nilai tahun sebelumnya (N-1), hanya untuk mencoba rumus; tidak disimpan");
            for (var f : List.of(nama, label, satuan)) {
                f.addThemeVariants(TextFieldVariant.LUMO_SMALL);
            }
            contoh.input().addThemeVariants(TextFieldVariant.LUMO_SMALL);
            contohLalu.input().addThemeVariants(TextFieldVariant.LUMO_SMALL);
            hapus.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            hapus.setAriaLabel("Hapus komponen");
            hapus.setTooltipText("Hapus komponen");
            hapus.addClickListener(e -> {
                komponen.remove(this);
                daftarKomponen.remove(this);
                nomori();
                penjaga.setBerubah(true);
                periksa();
            });
            if (k != null) {
                nama.setValue(k.nama());
                label.setValue(k.label());
                satuan.setValue(k.satuan() == null ? "" : k.satuan());
            }
            nama.addValueChangeListener(e -> {
                periksaNama();
                periksa();
            });
            contoh.addValueChangeListener(e -> periksa());
            contohLalu.addValueChangeListener(e -> periksa());
            IndikatorDialog.this.awasi(nama, label, satuan);
            add(nama, label, satuan, contoh, contohLalu, hapus);
        }

        void periksaNama() {
            String n = nama.getValue().strip();
            if (n.isEmpty()) {
                nama.setInvalid(false);
                return;
            }
            try {
                Rumus.periksaNamaKomponen(n);
                nama.setInvalid(false);
            } catch (RumusTidakValidException e) {
                nama.setErrorMessage(e.getMessage());
                nama.setInvalid(true);
            }
        }
    }

    BarisKomponen tambah(@Nullable Komponen k) {
        BarisKomponen b = new BarisKomponen(k);
        komponen.add(b);
        daftarKomponen.add(b);
        nomori();
        return b;
    }

    private void nomori() {
        for (int i = 0; i < komponen.size(); i++) {
            BarisKomponen b = komponen.get(i);
            b.nama.setId("komponen-" + i + "-nama");
            b.label.setId("komponen-" + i + "-label");
            b.contoh.setId("komponen-" + i + "-contoh");
            b.contohLalu.setId("komponen-" + i + "-contoh-lalu");
            formulir.daftar("komponen[" + i + "].nama", b.nama);
            formulir.daftar("komponen[" + i + "].label", b.label);
            formulir.daftar("komponen[" + i + "].satuan", b.satuan);
        }
    }

    /** Checks the formula against the components typed so far and computes the sample. */
    void periksa() {
        Map<String, BigDecimal> ini = new LinkedHashMap<>();
        Map<String, BigDecimal> lalu = new LinkedHashMap<>();
        for (BarisKomponen b : komponen) {
            String n = b.nama.getValue().strip();
            if (!n.isEmpty()) {
                ini.put(n, b.contoh.getValue());
                lalu.put(n, b.contohLalu.getValue());
            }
        }
        PeriksaRumus p = PeriksaRumus.periksa(rumus.getValue(), ini, lalu);
        butuhTahunLalu = p.butuhTahunLalu();
        komponen.forEach(b -> b.contohLalu.setVisible(butuhTahunLalu));
        daftarKomponen.getElement().setAttribute("data-lalu", String.valueOf(butuhTahunLalu));
        penunjuk.removeAll();
        hasil.removeAll();
        hasil.removeClassName("salah");
        hasil.removeClassName("netral");
        if (!p.sah()) {
            rumus.setErrorMessage(p.galat());
            rumus.setInvalid(true);
            if (p.posisi() != null) {
                String r = rumus.getValue();
                int i = Math.min(Math.max(p.posisi() - 1, 0), r.length());
                Span sebelum = new Span(r.substring(0, i));
                Span tanda = new Span(i < r.length() ? r.substring(i, i + 1) : " ");
                tanda.addClassName("rumus-salah");
                Span sesudahnya = new Span(i < r.length() ? r.substring(i + 1) : "");
                penunjuk.add(sebelum, tanda, sesudahnya);
            }
            hasil.setText("Rumus belum dapat disimpan.");
            hasil.addClassName("salah");
            return;
        }
        rumus.setInvalid(false);
        rumus.setErrorMessage(null);
        if (rumus.getValue().isBlank()) {
            hasil.setText("Tanpa rumus: realisasi diisi langsung sebagai angka.");
            hasil.addClassName("netral");
        } else if (p.contoh() != null) {
            String s = satuan.getValue().isBlank() ? "" : " " + satuan.getValue().strip();
            int d = presisi.getValue() == null ? 2 : presisi.getValue();
            hasil.setText("Contoh: dengan nilai contoh di atas, hasilnya " + Angka.tulis(p.contoh(), d) + s + ".");
        } else {
            hasil.setText("Rumus sah. Isi contoh nilai komponen untuk melihat hasilnya (" + p.alasanContoh() + ").");
            hasil.addClassName("netral");
        }
    }

    @Override
    protected void simpan() {
        List<KomponenInput> k = new ArrayList<>();
        for (BarisKomponen b : komponen) {
            if (!(b.nama.getValue().isBlank() && b.label.getValue().isBlank())) {
                k.add(new KomponenInput(b.nama.getValue().strip(), b.label.getValue(), b.satuan.getValue()));
            }
        }
        IndikatorInput in = new IndikatorInput(kode.getValue(), nama.getValue(), satuan.getValue(), formulaTeks.getValue(),
                rumus.getValue(), k, polaritas.getValue(), agregasi.getValue(), sumberData.getValue(), unitKerja.getValue(),
                iku.getValue(), presisi.getValue(), null, lama == null ? null : lama.indikator().version());
        IndikatorLengkap hasilSimpan = formulir.jalankan(() -> dinas.jalankan(Izin.UBAH_KERANGKA, () -> lama == null
                ? layanan.tambah(simpul.id(), in) : layanan.ubah(lama.indikator().id(), in)));
        if (hasilSimpan != null) {
            selesai();
            sesudah.accept(hasilSimpan);
        }
    }

    static String agregasi(Agregasi a) {
        return switch (a) {
            case JUMLAH -> "Jumlah triwulan";
            case TERAKHIR -> "Triwulan terakhir yang terisi";
            case AKHIR_TAHUN -> "Akhir tahun saja (TW IV / tahunan)";
            case RATA_RATA -> "Rata-rata triwulan";
        };
    }
}
