package id.kinerja.ui.realisasi;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import id.kinerja.anggaran.Anggaran;
import id.kinerja.anggaran.RealisasiAnggaran;
import id.kinerja.anggaran.RealisasiAnggaranInput;
import id.kinerja.bukti.Bukti;
import id.kinerja.bukti.BuktiService;
import id.kinerja.capaian.CapaianService;
import id.kinerja.capaian.DataKinerja;
import id.kinerja.capaian.KategoriSkala;
import id.kinerja.capaian.PohonCapaian.IndikatorCapaian;
import id.kinerja.common.NotFoundException;
import id.kinerja.indikator.Indikator;
import id.kinerja.indikator.Komponen;
import id.kinerja.narasi.Narasi;
import id.kinerja.narasi.NarasiInput;
import id.kinerja.narasi.NarasiService;
import id.kinerja.pengguna.Izin;
import id.kinerja.persetujuan.AlurPersetujuan;
import id.kinerja.persetujuan.AlurPersetujuan.StatusTriwulan;
import id.kinerja.persetujuan.StatusPersetujuan;
import id.kinerja.realisasi.IsianTriwulan;
import id.kinerja.realisasi.PengisianTriwulan;
import id.kinerja.realisasi.Realisasi;
import id.kinerja.realisasi.StatusRealisasi;
import id.kinerja.realisasi.RealisasiInput;
import id.kinerja.renstra.Periode;
import id.kinerja.renstra.RenstraService;
import id.kinerja.renstra.Simpul;
import id.kinerja.ui.AksesDinas;
import id.kinerja.ui.HalamanDinas;
import id.kinerja.ui.MenuDinas;
import id.kinerja.ui.komponen.TeksUnggah;
import id.kinerja.ui.komponen.Angka;
import id.kinerja.ui.komponen.Konfirmasi;
import id.kinerja.ui.komponen.Masalah;
import id.kinerja.ui.komponen.PenjagaPerubahan;
import id.kinerja.ui.komponen.Pesan;
import id.kinerja.ui.komponen.TahunHalaman;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.security.PermitAll;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static id.kinerja.common.Teks.rapi;

/**
 * One quarter of the dinas: every indicator in the order of the tree with its targets, the value (or its formula's
 * components) typed the Indonesian way, the computed value and the capaian shown as it is typed, coloured by the
 * dinas's scale; per indicator in its details "belum tersedia" with reason, source and expected date, notes and
 * evidence files; per sasaran the narratives, per program/kegiatan/sub kegiatan the budget spent so far. "Simpan"
 * writes all changes in one transaction. A quarter under review or locked is read-only and says why.
 */
@Route("d/:slug/realisasi/:tahun?/:triwulan?")
@MenuDinas(judul = "Realisasi", urutan = 35, ikon = VaadinIcon.EDIT)
@PermitAll
@Prototype
public class RealisasiView extends HalamanDinas implements BeforeLeaveObserver {

    static final String[] ROMAWI = {"", "I", "II", "III", "IV"};
    private static final Pattern ITEM = Pattern.compile("^(realisasi|narasi|anggaran)\\[(\\d+)]");
    private static final Locale INDONESIA = Locale.of("id", "ID");
    private static final DateTimeFormatter WAKTU = DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm", INDONESIA)
            .withZone(ZoneId.of("Asia/Jakarta"));

    private final RenstraService renstra;
    private final CapaianService capaian;
    private final AlurPersetujuan alur;
    private final NarasiService narasi;
    private final BuktiService bukti;
    private final PengisianTriwulan pengisian;

    final ComboBox<Integer> pilihTahun = new ComboBox<>();
    final ComboBox<Integer> pilihTriwulan = new ComboBox<>();
    final Div keadaanTriwulan = new Div();
    final Grid<BarisRealisasi> grid = new Grid<>();
    final Button simpan = new Button("Simpan", VaadinIcon.CHECK.create());
    final Button buang = new Button("Buang perubahan");
    final Span ringkasan = new Span();
    final Div pesan = new Div();
    final Paragraph kosong = new Paragraph();
    final PenjagaPerubahan penjaga = new PenjagaPerubahan();

    int tahun;
    int triwulan;
    @Nullable
    Periode periode;
    @Nullable
    StatusTriwulan status;
    /** The user's role may change data here and the quarter is a draft. */
    boolean bolehUbah;
    List<BarisRealisasi> baris = List.of();
    @Nullable
    Hitungan hitungan;
    List<KategoriSkala> skala = List.of();

    public RealisasiView(AksesDinas akses, RenstraService renstra, CapaianService capaian, AlurPersetujuan alur,
                         NarasiService narasi, BuktiService bukti, PengisianTriwulan pengisian) {
        super(akses);
        this.renstra = renstra;
        this.capaian = capaian;
        this.alur = alur;
        this.narasi = narasi;
        this.bukti = bukti;
        this.pengisian = pengisian;
        setId("realisasi");

        TahunHalaman.pasang(pilihTahun, "7rem", () -> tahun, penjaga, baru -> pergi(baru, triwulan));
        pilihTriwulan.setId("pilih-triwulan");
        pilihTriwulan.setAriaLabel("Triwulan");
        pilihTriwulan.setWidth("10rem");
        pilihTriwulan.setAllowCustomValue(false);
        pilihTriwulan.setItems(1, 2, 3, 4);
        pilihTriwulan.setItemLabelGenerator(q -> "Triwulan " + ROMAWI[q]);
        pilihTriwulan.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getValue() != triwulan) {
                int baru = e.getValue();
                pilihTriwulan.setValue(triwulan);
                penjaga.jikaBoleh(() -> pergi(tahun, baru));
            }
        });
        keadaanTriwulan.setId("keadaan-triwulan");
        keadaanTriwulan.addClassName("keadaan-triwulan");
        simpan.setId("simpan-realisasi");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        simpan.addClickListener(e -> simpan());
        buang.setId("buang-realisasi");
        buang.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        buang.addClickListener(e -> penjaga.jikaBoleh(this::muat));
        ringkasan.setId("ringkasan-realisasi");
        ringkasan.addClassName("petunjuk");
        pesan.setId("pesan-realisasi");
        pesan.addClassName("pesan-galat");
        pesan.getElement().setAttribute("role", "alert");
        kosong.addClassName("petunjuk");

        grid.setId("grid-realisasi");
        grid.addClassNames("grid-target", "grid-realisasi");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.setDetailsVisibleOnClick(false);
        grid.setSizeFull();
        grid.setPartNameGenerator(b -> b.indikator == null ? "simpul" : b.masalah != null ? "masalah" : null);
    }

    private void pergi(int keTahun, int keTriwulan) {
        UI.getCurrent().navigate(RealisasiView.class, new RouteParameters(Map.of("slug", dinas.slug(),
                "tahun", String.valueOf(keTahun), "triwulan", String.valueOf(keTriwulan))));
    }

    @Override
    protected void tampilkan(BeforeEnterEvent event) {
        penjaga.setBerubah(false);
        SortedSet<Integer> tercakup = dinas.baca(renstra::tahunTercakup);
        tahun = TahunHalaman.tampilkan(pilihTahun, tercakup, event.getRouteParameters().get("tahun"));
        triwulan = event.getRouteParameters().get("triwulan").filter(t -> t.matches("[1-4]")).map(Integer::parseInt)
                .orElseGet(this::triwulanTerbuka);
        pilihTriwulan.setValue(triwulan);
        judul.aksi(pilihTahun, pilihTriwulan);
        HorizontalLayout bawah = new HorizontalLayout(ringkasan);
        bawah.setAlignItems(FlexComponent.Alignment.CENTER);
        bawah.setWidthFull();
        bawah.expand(ringkasan);
        bawah.add(buang, simpan);
        add(keadaanTriwulan, kosong, pesan, grid, bawah);
        setFlexGrow(1, grid);
        muat();
    }

    /** Without a quarter in the address: the first quarter of the year still in draft, else the last. */
    private int triwulanTerbuka() {
        return dinas.baca(() -> alur.status(tahun)).stream().filter(s -> s.status() == StatusPersetujuan.DRAF)
                .mapToInt(StatusTriwulan::triwulan).findFirst().orElse(4);
    }

    /** Reads the quarter again; every change typed is dropped. */
    void muat() {
        pesan.removeAll();
        pesan.setVisible(false);
        status = dinas.baca(() -> alur.status(tahun)).get(triwulan - 1);
        bolehUbah = dinas.boleh(Izin.UBAH_DATA) && status.status() == StatusPersetujuan.DRAF;
        tampilkanKeadaan();
        try {
            periode = dinas.baca(() -> renstra.periodeUntuk(tahun));
        } catch (NotFoundException e) {
            periode = null;
        }
        if (periode == null) {
            baris = List.of();
            hitungan = null;
            kosong.setText("Tidak ada periode Renstra yang mencakup tahun " + tahun + ". Buat periodenya di halaman Kerangka.");
        } else {
            long id = periode.id();
            DataKinerja d = dinas.baca(() -> capaian.muat(id, tahun));
            List<Narasi> semuaNarasi = dinas.baca(() -> narasi.narasi(id));
            hitungan = new Hitungan(d, tahun, triwulan);
            skala = d.skala().kategori();
            baris = susun(d, semuaNarasi);
            kosong.setText(baris.isEmpty() ? "Periode " + periode.nama() + " belum memiliki kerangka." : "");
        }
        kosong.setVisible(!kosong.getText().isEmpty());
        simpan.setVisible(bolehUbah);
        buang.setVisible(bolehUbah);
        bangunKolom();
        grid.setItems(baris);
        penjaga.setBerubah(false);
        perubahan();
    }

    /** The quarter's approval state; why it cannot be changed when it cannot. */
    private void tampilkanKeadaan() {
        keadaanTriwulan.removeAll();
        String nama = "Triwulan " + ROMAWI[triwulan] + " " + tahun;
        String oleh = status.diubahOleh() == null ? "" : " oleh " + status.diubahOleh()
                + (status.diubahPada() == null ? "" : " pada " + WAKTU.format(status.diubahPada()));
        String teks = switch (status.status()) {
            case DRAF -> nama + ": Draf" + (status.alasan() == null ? "" : " (dikembalikan" + oleh + ": " + status.alasan() + ")")
                    + (dinas.boleh(Izin.UBAH_DATA) ? "." : ". Peran Anda hanya dapat membaca realisasi.");
            case DIAJUKAN -> nama + " sudah diajukan" + oleh + " dan menunggu verifikasi: realisasinya tidak dapat diubah "
                    + "kecuali dikembalikan ke Draf.";
            case DIVERIFIKASI -> nama + " sudah diverifikasi" + oleh + ": realisasinya tidak dapat diubah kecuali dikembalikan "
                    + "ke Draf.";
            case DIKUNCI -> nama + " sudah dikunci" + oleh + ": realisasinya final dan hanya dapat dibaca; admin dinas dapat "
                    + "membukanya kembali dengan alasan.";
        };
        keadaanTriwulan.add(new Span(teks));
        keadaanTriwulan.getElement().setAttribute("status", status.status().name().toLowerCase(Locale.ROOT));
    }

    /** The rows in the order of the tree: each node, then its indicators, then its children. */
    private List<BarisRealisasi> susun(DataKinerja d, List<Narasi> semuaNarasi) {
        Map<Long, List<Simpul>> anak = new HashMap<>();
        for (Simpul s : d.simpul()) {
            anak.computeIfAbsent(s.parentId() == null ? 0L : s.parentId(), x -> new ArrayList<>()).add(s);
        }
        anak.values().forEach(l -> l.sort(Comparator.comparingInt(Simpul::urutan).thenComparing(Simpul::id)));
        Map<Long, List<Indikator>> perSimpul = new HashMap<>();
        for (Indikator i : d.indikator()) {
            perSimpul.computeIfAbsent(i.simpulId(), x -> new ArrayList<>()).add(i);
        }
        perSimpul.values().forEach(l -> l.sort(Comparator.comparingInt(Indikator::urutan).thenComparing(Indikator::id)));
        Map<Long, Narasi> narasiSimpul = new HashMap<>();
        semuaNarasi.stream().filter(n -> n.tahun() == tahun && n.triwulan() != null && n.triwulan() == triwulan)
                .forEach(n -> narasiSimpul.put(n.simpulId(), n));
        Map<Long, BigDecimal> pagu = new HashMap<>();
        for (Anggaran a : d.anggaran()) {
            if (a.tahun() == tahun) {
                pagu.merge(a.simpulId(), a.jumlah(), BigDecimal::add);
            }
        }
        Map<Long, RealisasiAnggaran> belanja = new HashMap<>();
        Map<Long, RealisasiAnggaran> belanjaSebelumnya = new HashMap<>();
        for (RealisasiAnggaran r : d.realisasiAnggaran()) {
            if (r.tahun() == tahun && r.triwulan() == triwulan) {
                belanja.put(r.simpulId(), r);
            } else if (r.tahun() == tahun && r.triwulan() < triwulan) {
                belanjaSebelumnya.merge(r.simpulId(), r, (a, b) -> a.triwulan() > b.triwulan() ? a : b);
            }
        }
        List<BarisRealisasi> hasil = new ArrayList<>();
        List<Simpul> urut = new ArrayList<>();
        jelajah(0L, anak, urut);
        for (Simpul s : urut) {
            BarisRealisasi node = new BarisRealisasi(hasil.size(), s, null);
            if (node.sasaran()) {
                Narasi n = narasiSimpul.get(s.id());
                node.narasiAsal = n;
                node.pendukung = n == null || n.faktorPendukung() == null ? "" : n.faktorPendukung();
                node.penghambat = n == null || n.faktorPenghambat() == null ? "" : n.faktorPenghambat();
                node.upaya = n == null || n.upayaSolusi() == null ? "" : n.upayaSolusi();
            }
            if (node.beranggaran()) {
                node.pagu = pagu.get(s.id());
                node.anggaranAsal = belanja.get(s.id());
                node.kumulatif = new Isian(node.anggaranAsal == null ? null : node.anggaranAsal.kumulatif());
                RealisasiAnggaran sebelumnya = belanjaSebelumnya.get(s.id());
                node.kumulatifSebelumnya = sebelumnya == null ? null : sebelumnya.kumulatif();
                node.triwulanSebelumnya = sebelumnya == null ? 0 : sebelumnya.triwulan();
            }
            hasil.add(node);
            for (Indikator i : perSimpul.getOrDefault(s.id(), List.of())) {
                BarisRealisasi b = new BarisRealisasi(hasil.size(), s, i);
                b.komponen = hitungan.komponen(i.id());
                Realisasi r = hitungan.realisasi(i.id());
                b.isiDari(r, hitungan.komponenDari(r));
                b.hasil = hitungan.hitung(i, b.keadaanAsal);
                hasil.add(b);
            }
        }
        return hasil;
    }

    private static void jelajah(long parent, Map<Long, List<Simpul>> anak, List<Simpul> hasil) {
        for (Simpul s : anak.getOrDefault(parent, List.of())) {
            hasil.add(s);
            jelajah(s.id(), anak, hasil);
        }
    }

    private void bangunKolom() {
        grid.removeAllColumns();
        grid.addColumn(LitRenderer.<BarisRealisasi>of("""
                        <div class="sel-indikator ${item.kelas}"><span class="kode">${item.kode}</span> ${item.nama}\
                        <div class="letak">${item.letak}</div></div>""")
                        .withProperty("kelas", b -> b.indikator == null ? "simpul" : "")
                        .withProperty("kode", b -> b.indikator == null ? b.simpul.kode() : b.indikator.kode())
                        .withProperty("nama", b -> b.indikator == null ? b.simpul.nama() : b.indikator.nama())
                        .withProperty("letak", b -> b.indikator == null ? b.simpul.tingkat().label()
                                : (b.indikator.satuan() == null ? "" : b.indikator.satuan())
                                + (b.indikator.formula() == null ? "" : " · rumus: " + b.indikator.formula())))
                .setHeader("Indikator").setFlexGrow(1).setWidth("14rem").setFrozen(true).setKey("indikator");
        grid.addColumn(b -> b.indikator != null ? angka(b.hasil.targetTahunan())
                        : b.beranggaran() && b.pagu != null ? "Pagu " + Angka.rupiah(b.pagu) : "")
                .setHeader("Target tahun").setWidth(lebarTarget()).setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setKey("target-tahun");
        grid.addColumn(b -> b.indikator == null ? "" : angka(b.hasil.triwulan().get(triwulan - 1).target()))
                .setHeader("Target TW\u00a0" + ROMAWI[triwulan]).setWidth("5.5rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END)
                .setKey("target-triwulan");
        grid.addColumn(new ComponentRenderer<>(this::isian)).setHeader("Realisasi TW " + ROMAWI[triwulan])
                .setWidth("11rem").setFlexGrow(0).setKey("realisasi");
        grid.addColumn(new ComponentRenderer<>(this::nilai)).setHeader("Nilai").setWidth("5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setKey("nilai");
        grid.addColumn(new ComponentRenderer<>(b -> capaian(b, true))).setHeader("Capaian s.d. TW\u00a0" + ROMAWI[triwulan])
                .setWidth("7rem").setFlexGrow(0).setKey("capaian");
        grid.addColumn(new ComponentRenderer<>(b -> capaian(b, false))).setHeader("Capaian tahun")
                .setWidth("7rem").setFlexGrow(0).setKey("capaian-tahun");
        grid.addColumn(new ComponentRenderer<>(this::tombolRincian)).setHeader("").setWidth("6.5rem").setFlexGrow(0)
                .setKey("rincian");
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::rincian));
    }

    /** The year's targets read whole: a pagu's text wraps at its spaces, a number has none. */
    private String lebarTarget() {
        double terlebar = baris.stream().filter(b -> b.indikator != null)
                .mapToDouble(b -> Angka.lebarRem(angka(b.hasil.targetTahunan()))).max().orElse(0);
        return Math.max(7.5, Math.ceil(terlebar + 1.2)) + "rem";
    }

    private static String angka(@Nullable BigDecimal v) {
        return Angka.tulis(v, 2);
    }

    /** The realisation cell: the value, or the formula's components, or the budget spent so far. */
    Component isian(BarisRealisasi b) {
        if (b.indikator == null) {
            if (!b.beranggaran()) {
                return new Span();
            }
            if (!bolehUbah) {
                return teksAngka(b.kumulatif.nilai == null ? "" : Angka.rupiah(b.kumulatif.nilai));
            }
            TextField f = medan(b.kumulatif, "Realisasi anggaran s.d. TW " + ROMAWI[triwulan] + " " + b.simpul.kode(),
                    b.simpul.kode() + ":anggaran");
            f.setPrefixComponent(new Span("Rp"));
            f.setPlaceholder("s.d. TW " + ROMAWI[triwulan]);
            if (b.kumulatifSebelumnya != null) { // a hint, not a value: a placeholder with a number looked already filled in
                f.setHelperText("TW " + ROMAWI[b.triwulanSebelumnya] + ": " + Angka.rupiah(b.kumulatifSebelumnya));
            }
            f.addValueChangeListener(e -> {
                b.kumulatif.ketik(e.getValue());
                tandai(f, b.kumulatif, b.anggaranBerubah());
                perubahan();
            });
            return f;
        }
        if (b.belumTersedia) {
            Span s = new Span("belum tersedia");
            s.addClassName("belum-tersedia");
            return s;
        }
        if (!b.pakaiKomponen()) {
            if (!bolehUbah) {
                return teksAngka(Angka.tulisPenuh(b.nilai.nilai));
            }
            TextField f = medan(b.nilai, "Realisasi " + b.indikator.kode(), b.indikator.kode() + ":nilai");
            f.addValueChangeListener(e -> {
                b.nilai.ketik(e.getValue());
                tandai(f, b.nilai, b.realisasiBerubah());
                diketik(b);
            });
            return f;
        }
        VerticalLayout daftar = new VerticalLayout();
        daftar.setPadding(false);
        daftar.setSpacing(false);
        daftar.addClassName("isian-komponen");
        if (b.nilaiLangsung) {
            // a value saved beside the components (an import, the API) counts before the formula: shown, not dropped
            String label = "Nilai diisi langsung";
            if (bolehUbah) {
                TextField f = medan(b.nilai, label + " " + b.indikator.kode(), b.indikator.kode() + ":nilai");
                f.setLabel(label);
                f.setTooltipText("Nilai ini dipakai, bukan hasil rumus; kosongkan agar rumus yang menghitung");
                f.addValueChangeListener(e -> {
                    b.nilai.ketik(e.getValue());
                    tandai(f, b.nilai, b.realisasiBerubah());
                    diketik(b);
                });
                daftar.add(f);
            } else {
                daftar.add(new Span(label + ": " + Angka.tulisPenuh(b.nilai.nilai)));
            }
        }
        for (Komponen k : b.komponen) {
            Isian i = b.isianKomponen.get(k.nama());
            Component c;
            if (bolehUbah) {
                TextField f = medan(i, k.label() + " (" + b.indikator.kode() + ")", b.indikator.kode() + ":" + k.nama());
                f.setLabel(k.label());
                f.addValueChangeListener(e -> {
                    i.ketik(e.getValue());
                    tandai(f, i, b.realisasiBerubah());
                    diketik(b);
                });
                c = f;
            } else {
                c = new Span(k.label() + ": " + (i.nilai == null ? "–" : Angka.tulisPenuh(i.nilai)));
            }
            daftar.add(c);
        }
        return daftar;
    }

    private static Span teksAngka(String teks) {
        Span s = new Span(teks);
        s.addClassName("angka");
        return s;
    }

    private TextField medan(Isian i, String aria, String kode) {
        TextField f = new TextField();
        f.addThemeVariants(TextFieldVariant.LUMO_SMALL, TextFieldVariant.LUMO_ALIGN_RIGHT);
        f.setManualValidation(true);
        f.setWidthFull();
        f.setAllowedCharPattern("[0-9.,\\-−]");
        f.setValueChangeMode(ValueChangeMode.LAZY);
        f.setValueChangeTimeout(300);
        f.setValue(i.teks);
        f.setAriaLabel(aria);
        f.getElement().setAttribute("data-kode", kode);
        f.addClassName("sel-target");
        tandai(f, i, false);
        return f;
    }

    private static void tandai(TextField f, Isian i, boolean berubah) {
        f.setInvalid(i.galat != null);
        f.setErrorMessage(i.galat);
        f.getElement().setAttribute("title", i.galat != null ? i.galat : i.teks);
        f.setClassName("berubah", i.galat == null && berubah);
    }

    /** Something of an indicator's realisation changed: computes it again and shows it where it is, without re-rendering the inputs. */
    void diketik(BarisRealisasi b) {
        b.hasil = hitungan.hitung(b.indikator, b.salahKetik() ? b.keadaanAsal : b.keadaan());
        if (b.tampilNilai != null) {
            isiNilai(b.tampilNilai, b);
        }
        if (b.tampilCapaian != null) {
            isiCapaian(b.tampilCapaian, b, true);
        }
        if (b.tampilCapaianTahun != null) {
            isiCapaian(b.tampilCapaianTahun, b, false);
        }
        perubahan();
    }

    Component nilai(BarisRealisasi b) {
        Span s = new Span();
        s.addClassName("angka");
        if (b.indikator != null) {
            s.getElement().setAttribute("data-kode", b.indikator.kode() + ":hasil");
            b.tampilNilai = s;
            isiNilai(s, b);
        } else if (b.beranggaran() && b.pagu != null && b.kumulatif.nilai != null) {
            s.setText(angka(id.kinerja.capaian.Kalkulasi.persen(b.kumulatif.nilai, b.pagu)) + " %");
            s.setTitle("Penyerapan anggaran s.d. triwulan " + ROMAWI[triwulan]);
        }
        return s;
    }

    /** The quarter's value as the calculator sees it (for a formula: computed from the components). */
    private void isiNilai(Span s, BarisRealisasi b) {
        var q = b.hasil.triwulan().get(triwulan - 1);
        s.setText(q.realisasi() == null ? "–" : Angka.tulis(q.realisasi(), Math.max(2, b.indikator.presisi())));
        s.setTitle(q.realisasi() == null ? (q.alasan() == null ? "belum ada realisasi" : q.alasan())
                : "Realisasi triwulan " + ROMAWI[triwulan] + "; tahun berjalan: " + angka(b.hasil.realisasi()));
    }

    Component capaian(BarisRealisasi b, boolean kumulatif) {
        Span s = new Span();
        if (b.indikator != null) {
            s.getElement().setAttribute("data-kode", b.indikator.kode() + (kumulatif ? ":capaian" : ":capaian-tahun"));
            if (kumulatif) {
                b.tampilCapaian = s;
            } else {
                b.tampilCapaianTahun = s;
            }
            isiCapaian(s, b, kumulatif);
        }
        return s;
    }

    /** Capaian in percent with the scale's category, coloured by its step; why there is none when there is none. */
    private void isiCapaian(Span s, BarisRealisasi b, boolean kumulatif) {
        IndikatorCapaian h = b.hasil;
        BigDecimal c = kumulatif ? h.capaianKumulatif() : h.capaian();
        String kategori = kumulatif ? h.kategoriKumulatif() : h.kategori();
        String ket = kumulatif ? h.keteranganKumulatif() : h.keterangan();
        s.setClassName("capaian");
        for (int i = 1; i <= 6; i++) {
            s.removeClassName("skala-" + i);
        }
        if (c == null) {
            s.setText("–");
            s.addClassName("tidak-diketahui");
            s.setTitle(ket == null ? "capaian belum dapat dihitung" : ket);
            return;
        }
        s.removeClassName("tidak-diketahui");
        s.setText(angka(c) + " %" + (kategori == null ? "" : " · " + kategori));
        s.addClassName("skala-" + langkah(kategori));
        s.setTitle((kumulatif ? "Terhadap target kumulatif " + angka(h.targetKumulatif()) : "Terhadap target tahun "
                + angka(h.targetTahunan())) + (ket == null ? "" : "; " + ket));
    }

    /** The step of a category in the dinas's scale (1 = highest), at most 5 for the colours. */
    int langkah(@Nullable String kategori) {
        for (int i = 0; i < skala.size(); i++) {
            if (skala.get(i).label().equals(kategori)) {
                int n = skala.size();
                return n <= 1 ? 1 : 1 + Math.round(i * 4f / (n - 1));
            }
        }
        return 5;
    }

    private Component tombolRincian(BarisRealisasi b) {
        if (b.indikator == null && !b.sasaran()) {
            return new Span();
        }
        String teks = b.indikator == null ? "Narasi" : "Rincian";
        Button t = new Button(teks, VaadinIcon.ANGLE_DOWN.create());
        t.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        t.getElement().setAttribute("data-kode", (b.indikator == null ? b.simpul.kode() : b.indikator.kode()) + ":rincian");
        if (b.indikator != null && (b.belumTersedia || rapi(b.catatan) != null)) {
            t.setTooltipText(b.belumTersedia ? "Belum tersedia: " + b.alasan : "Ada catatan");
            t.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        }
        t.addClickListener(e -> grid.setDetailsVisible(b, !grid.isDetailsVisible(b)));
        return t;
    }

    /** The details of a row: an indicator's status, notes and evidence, or a sasaran's narratives. */
    Component rincian(BarisRealisasi b) {
        Div d = new Div();
        d.addClassName("rincian-realisasi");
        if (b.masalah != null) {
            Div m = new Div(b.masalah);
            m.addClassName("pesan-galat");
            d.add(m);
        }
        if (b.indikator == null) {
            d.add(narasi("Faktor pendukung", b.pendukung, v -> b.pendukung = v, b.simpul.kode() + ":pendukung"),
                    narasi("Faktor penghambat", b.penghambat, v -> b.penghambat = v, b.simpul.kode() + ":penghambat"),
                    narasi("Upaya / solusi", b.upaya, v -> b.upaya = v, b.simpul.kode() + ":upaya"));
            return d;
        }
        String kode = b.indikator.kode();
        Checkbox belum = new Checkbox("Belum tersedia", b.belumTersedia);
        belum.getElement().setAttribute("data-kode", kode + ":belum");
        TextArea alasan = new TextArea("Alasan");
        alasan.setValue(b.alasan);
        alasan.setPlaceholder("mis. menunggu data BPS");
        alasan.getElement().setAttribute("data-kode", kode + ":alasan");
        TextField sumber = new TextField("Sumber / penyedia data");
        sumber.setValue(b.sumber);
        sumber.getElement().setAttribute("data-kode", kode + ":sumber");
        DatePicker perkiraan = new DatePicker("Perkiraan tersedia");
        perkiraan.setLocale(INDONESIA);
        perkiraan.setValue(b.perkiraanTanggal);
        perkiraan.getElement().setAttribute("data-kode", kode + ":perkiraan");
        HorizontalLayout blokBelum = new HorizontalLayout(alasan, sumber, perkiraan);
        blokBelum.setWidthFull();
        blokBelum.setFlexGrow(1, alasan);
        blokBelum.setVisible(b.belumTersedia);
        TextArea catatan = new TextArea("Catatan");
        catatan.setValue(b.catatan);
        catatan.setWidthFull();
        catatan.getElement().setAttribute("data-kode", kode + ":catatan");
        belum.setReadOnly(!bolehUbah);
        alasan.setReadOnly(!bolehUbah);
        sumber.setReadOnly(!bolehUbah);
        perkiraan.setReadOnly(!bolehUbah);
        catatan.setReadOnly(!bolehUbah);
        belum.addValueChangeListener(e -> {
            b.belumTersedia = e.getValue();
            blokBelum.setVisible(b.belumTersedia);
            grid.getDataProvider().refreshItem(b);
            diketik(b);
        });
        alasan.setValueChangeMode(ValueChangeMode.LAZY);
        alasan.addValueChangeListener(e -> {
            b.alasan = e.getValue();
            diketik(b);
        });
        sumber.addValueChangeListener(e -> {
            b.sumber = e.getValue();
            perubahan();
        });
        perkiraan.addValueChangeListener(e -> {
            b.perkiraanTanggal = e.getValue();
            perubahan();
        });
        catatan.setValueChangeMode(ValueChangeMode.LAZY);
        catatan.addValueChangeListener(e -> {
            b.catatan = e.getValue();
            diketik(b);
        });
        d.add(belum, blokBelum, catatan, blokBukti(b));
        return d;
    }

    private TextArea narasi(String label, String nilai, java.util.function.Consumer<String> simpanKe, String kode) {
        TextArea a = new TextArea(label);
        a.setValue(nilai);
        a.setWidthFull();
        a.setReadOnly(!bolehUbah);
        a.getElement().setAttribute("data-kode", kode);
        a.setValueChangeMode(ValueChangeMode.LAZY);
        a.addValueChangeListener(e -> {
            simpanKe.accept(e.getValue());
            perubahan();
        });
        return a;
    }

    /** The evidence files of the indicator's quarter: listed with download and delete, and an upload (saved at once). */
    private Component blokBukti(BarisRealisasi b) {
        Div blok = new Div();
        blok.addClassName("blok-bukti");
        Div daftar = new Div();
        daftar.addClassName("daftar-bukti");
        daftar.getElement().setAttribute("data-kode", b.indikator.kode() + ":bukti");
        Runnable isi = () -> {
            daftar.removeAll();
            List<Bukti> ada = buktiDari(b);
            if (ada.isEmpty()) {
                daftar.add(new Span("Belum ada bukti dukung untuk triwulan ini."));
            }
            for (Bukti x : ada) {
                Anchor unduh = new Anchor(DownloadHandler.fromInputStream(e -> {
                    byte[] isiBerkas = dinas.baca(() -> bukti.isi(x));
                    return new DownloadResponse(new ByteArrayInputStream(isiBerkas), x.namaBerkas(), x.tipe(), isiBerkas.length);
                }), x.namaBerkas());
                unduh.getElement().setAttribute("download", true);
                HorizontalLayout r = new HorizontalLayout(VaadinIcon.FILE_O.create(), unduh,
                        new Span(ukuran(x.ukuran()) + (x.diunggahOleh() == null ? "" : " · " + x.diunggahOleh())));
                r.setAlignItems(FlexComponent.Alignment.CENTER);
                if (bolehUbah) {
                    Button hapus = new Button(VaadinIcon.TRASH.create());
                    hapus.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    hapus.setAriaLabel("Hapus " + x.namaBerkas());
                    hapus.addClickListener(e -> Konfirmasi.tanya("Hapus bukti", "Hapus berkas " + x.namaBerkas() + "?", "Hapus",
                            () -> hapusBukti(b, x)));
                    r.add(hapus);
                }
                daftar.add(r);
            }
        };
        b.bukti = null;
        isi.run();
        blok.add(new Span("Bukti dukung"), daftar);
        if (bolehUbah) {
            Upload unggah = new Upload();
            unggah.setMaxFiles(1);
            unggah.setI18n(TeksUnggah.i18n("Unggah bukti…", "Satu berkas setiap kali", "Berkas terlalu besar (paling besar 10 MB)", "Jenis berkas tidak diizinkan"));
            unggah.setMaxFileSize(BuktiService.UKURAN_MAKS);
            unggah.setDropLabel(new Span("Letakkan berkas di sini (PDF, gambar, dokumen Office/OpenDocument, paling besar 10 MB)"));
            unggah.setUploadHandler(UploadHandler.inMemory((meta, data) -> {
                if (unggahBukti(b, meta.fileName(), data)) {
                    isi.run();
                }
            }));
            unggah.addAllFinishedListener(e -> unggah.clearFileList());
            unggah.addFileRejectedListener(e -> Pesan.galat(e.getErrorMessage()));
            unggah.getElement().setAttribute("data-kode", b.indikator.kode() + ":unggah");
            blok.add(unggah);
        }
        return blok;
    }


    List<Bukti> buktiDari(BarisRealisasi b) {
        if (b.bukti == null) {
            long id = b.indikator.id();
            b.bukti = dinas.baca(() -> bukti.milik(id)).stream()
                    .filter(x -> x.tahun() == tahun && x.triwulan() != null && x.triwulan() == triwulan).toList();
        }
        return b.bukti;
    }

    /** Stores an evidence file now (the kind is judged by the service from the content); false when refused. */
    boolean unggahBukti(BarisRealisasi b, String nama, byte[] data) {
        long id = b.indikator.id();
        try {
            dinas.jalankan(Izin.UBAH_DATA, () -> bukti.unggah(id, tahun, triwulan, nama, data));
        } catch (RuntimeException e) {
            List<Masalah> m = Masalah.dari(e).orElseThrow(() -> e);
            Pesan.galat(nama + " ditolak: " + String.join("; ", m.stream().map(Masalah::alasan).toList()));
            return false;
        }
        b.bukti = null;
        Pesan.berhasil("Bukti " + nama + " tersimpan");
        return true;
    }

    void hapusBukti(BarisRealisasi b, Bukti x) {
        dinas.jalankan(Izin.UBAH_DATA, () -> bukti.hapus(x.id()));
        b.bukti = null;
        grid.getDataProvider().refreshItem(b);
        Pesan.berhasil("Bukti " + x.namaBerkas() + " dihapus");
    }

    private static String ukuran(long n) {
        return n < 1024 ? n + " B" : n < 1024 * 1024 ? Angka.tulis(BigDecimal.valueOf(n).divide(BigDecimal.valueOf(1024)), 0) + " kB"
                : Angka.tulis(BigDecimal.valueOf(n).divide(BigDecimal.valueOf(1024L * 1024), 1, java.math.RoundingMode.HALF_UP), 1) + " MB";
    }

    /** Counts the changed and unreadable rows, and tells the guard. */
    void perubahan() {
        int berubah = 0;
        int salah = 0;
        int indikator = 0;
        for (BarisRealisasi b : baris) {
            if (b.indikator != null) {
                indikator++;
            }
            if (b.salahKetik()) {
                salah++;
            } else if (b.berubah()) {
                berubah++;
            }
        }
        penjaga.setBerubah(berubah + salah > 0);
        simpan.setEnabled(berubah + salah > 0);
        buang.setEnabled(berubah + salah > 0);
        String teks = indikator + " indikator";
        if (berubah > 0) {
            teks += " · " + berubah + " baris berubah, belum disimpan";
        }
        if (salah > 0) {
            teks += " · " + salah + " isian bukan angka (bertanda merah)";
        }
        ringkasan.setText(teks);
    }

    /** Writes every changed row in one transaction: realisations, narratives and budget spending together. */
    void simpan() {
        pesan.removeAll();
        pesan.setVisible(false);
        baris.forEach(b -> b.masalah = null);
        List<RealisasiInput> realisasi = new ArrayList<>();
        List<BarisRealisasi> asalRealisasi = new ArrayList<>();
        List<NarasiInput> narasiBaru = new ArrayList<>();
        List<BarisRealisasi> asalNarasi = new ArrayList<>();
        List<RealisasiAnggaranInput> anggaran = new ArrayList<>();
        List<BarisRealisasi> asalAnggaran = new ArrayList<>();
        int salah = 0;
        for (BarisRealisasi b : baris) {
            if (b.salahKetik()) {
                salah++;
                continue;
            }
            if (b.realisasiBerubah()) {
                Keadaan k = b.keadaan();
                Long version = b.asal == null ? null : b.asal.version();
                realisasi.add(k == null
                        ? new RealisasiInput(b.indikator.id(), tahun, triwulan, null, null, null, null, null, null, null, true, version)
                        : new RealisasiInput(b.indikator.id(), tahun, triwulan, k.nilai(), k.komponen().isEmpty() ? null : k.komponen(),
                        k.status(), k.alasan(), k.sumber(), k.perkiraanTanggal(), k.catatan(), null, version));
                asalRealisasi.add(b);
            }
            if (b.narasiBerubah()) {
                narasiBaru.add(new NarasiInput(b.simpul.id(), tahun, triwulan, rapi(b.pendukung), rapi(b.penghambat), rapi(b.upaya),
                        b.narasiAsal == null ? null : b.narasiAsal.version()));
                asalNarasi.add(b);
            }
            if (b.anggaranBerubah()) {
                anggaran.add(new RealisasiAnggaranInput(b.simpul.id(), tahun, triwulan, b.kumulatif.nilai,
                        b.anggaranAsal == null ? null : b.anggaranAsal.version()));
                asalAnggaran.add(b);
            }
        }
        if (salah > 0) {
            tampilkanPesan(salah + " isian bukan angka (bertanda merah). Perbaiki dahulu; tidak ada yang disimpan.");
            return;
        }
        if (realisasi.isEmpty() && narasiBaru.isEmpty() && anggaran.isEmpty()) {
            Pesan.berhasil("Tidak ada perubahan untuk disimpan");
            return;
        }
        if (tandaiBentrok(asalRealisasi) > 0) {
            return;
        }
        PengisianTriwulan.Hasil h;
        try {
            IsianTriwulan isian = new IsianTriwulan(realisasi, narasiBaru, anggaran);
            h = dinas.jalankan(Izin.UBAH_DATA, () -> pengisian.simpan(isian));
        } catch (RuntimeException e) {
            List<Masalah> masalah = Masalah.dari(e).orElseThrow(() -> e);
            List<String> lain = new ArrayList<>();
            for (Masalah m : masalah) {
                Matcher x = m.field() == null ? null : ITEM.matcher(m.field());
                List<BarisRealisasi> sumber = x == null || !x.find() ? null : switch (x.group(1)) {
                    case "realisasi" -> asalRealisasi;
                    case "narasi" -> asalNarasi;
                    default -> asalAnggaran;
                };
                int n = sumber == null ? -1 : Integer.parseInt(x.group(2));
                if (sumber != null && n < sumber.size()) {
                    BarisRealisasi b = sumber.get(n);
                    String bagian = m.field().substring(x.end()).replaceFirst("^\\.", "");
                    b.masalah = (bagian.isEmpty() ? "" : bagian + ": ") + m.alasan();
                    lain.add((b.indikator == null ? b.simpul.kode() : b.indikator.kode()) + " — " + b.masalah);
                    if (b.indikator != null || b.sasaran()) {
                        grid.setDetailsVisible(b, true);
                    }
                } else {
                    lain.add(m.basi() ? Masalah.DIUBAH_ORANG_LAIN : m.alasan());
                }
            }
            if (masalah.stream().anyMatch(Masalah::basi) && tandaiBentrok(asalRealisasi) > 0) {
                return; // saved by someone else between the check and the write: the rows say which
            }
            grid.getDataProvider().refreshAll();
            perubahan();
            tampilkanPesan("Tidak ada yang disimpan. " + String.join("; ", lain));
            return;
        }
        muat();
        Pesan.berhasil("Realisasi triwulan " + ROMAWI[triwulan] + " " + tahun + " tersimpan: " + h.realisasi() + " realisasi diisi, "
                + h.realisasiDihapus() + " dikosongkan, " + h.narasi() + " narasi, " + h.anggaran() + " realisasi anggaran");
    }

    /**
     * Marks each changed row whose saved realisation someone else changed, entered or emptied since the page read
     * it, with what it holds now, and says that nothing was saved; returns how many. Checked before writing: an
     * entry made meanwhile has no version the write could be refused by, and would be overwritten silently.
     */
    int tandaiBentrok(List<BarisRealisasi> berubah) {
        if (berubah.isEmpty() || periode == null) {
            return 0;
        }
        long id = periode.id();
        Hitungan kini = new Hitungan(dinas.baca(() -> capaian.muat(id, tahun)), tahun, triwulan);
        List<String> kode = new ArrayList<>();
        for (BarisRealisasi b : berubah) {
            Realisasi r = kini.realisasi(b.indikator.id());
            if (!Objects.equals(b.asal == null ? null : b.asal.version(), r == null ? null : r.version())) {
                b.masalah = "Diubah orang lain sejak halaman dibuka; kini " + isiKini(b, r, kini)
                        + ". Muat ulang lalu ulangi perubahan baris ini.";
                kode.add(b.indikator.kode());
                grid.setDetailsVisible(b, true);
            }
        }
        if (!kode.isEmpty()) {
            grid.getDataProvider().refreshAll();
            perubahan();
            tampilkanPesan("Tidak ada yang disimpan: " + kode.size() + " baris sudah diubah orang lain sejak halaman dibuka ("
                    + String.join(", ", kode) + "; bertanda merah). Muat ulang lalu ulangi perubahannya.");
        }
        return kode.size();
    }

    /** What a realisation saved by someone else holds, in words. */
    private static String isiKini(BarisRealisasi b, @Nullable Realisasi r, Hitungan kini) {
        if (r == null) {
            return "kosong";
        }
        if (r.status() == StatusRealisasi.BELUM_TERSEDIA) {
            return "belum tersedia" + (r.alasan() == null ? "" : " (" + r.alasan() + ")");
        }
        if (r.nilai() != null) {
            return Angka.tulis(r.nilai(), b.indikator.presisi());
        }
        return new java.util.TreeMap<>(kini.komponenDari(r)).entrySet().stream()
                .map(e -> e.getKey() + " " + Angka.tulisPenuh(e.getValue())).collect(java.util.stream.Collectors.joining(", "));
    }

    private void tampilkanPesan(String teks) {
        pesan.removeAll();
        pesan.add(new Div(teks));
        pesan.setVisible(true);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        penjaga.sebelumPergi(event);
    }
}
