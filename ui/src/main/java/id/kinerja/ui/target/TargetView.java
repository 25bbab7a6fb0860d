package id.kinerja.ui.target;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import id.kinerja.capaian.CapaianService;
import id.kinerja.capaian.DataKinerja;
import id.kinerja.common.HasilSimpan;
import id.kinerja.common.NotFoundException;
import id.kinerja.indikator.Indikator;
import id.kinerja.pengguna.Izin;
import id.kinerja.persetujuan.PkService;
import id.kinerja.renstra.Periode;
import id.kinerja.renstra.RenstraService;
import id.kinerja.renstra.Simpul;
import id.kinerja.target.Target;
import id.kinerja.target.TargetInput;
import id.kinerja.target.TargetService;
import id.kinerja.target.TargetTriwulan;
import id.kinerja.ui.AksesDinas;
import id.kinerja.ui.HalamanDinas;
import id.kinerja.ui.MenuDinas;
import id.kinerja.ui.komponen.Angka;
import id.kinerja.ui.komponen.Masalah;
import id.kinerja.ui.komponen.PenjagaPerubahan;
import id.kinerja.ui.komponen.Pesan;
import id.kinerja.ui.komponen.TahunHalaman;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.security.PermitAll;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One year's targets of every indicator: the five versions of the annual target side by side, then the quarterly
 * targets. Up/down arrows and Enter move between rows of a column, Tab along the row; a text that is not a number is
 * marked where it was typed. "Simpan" writes every changed cell in one bulk write (all or nothing); when someone else
 * saved meanwhile, their cells are marked and nothing is overwritten. Signed PK targets cannot be changed.
 */
@Route("d/:slug/target/:tahun?")
@MenuDinas(judul = "Target", urutan = 30, ikon = VaadinIcon.CROSSHAIRS)
@PermitAll
@Prototype
public class TargetView extends HalamanDinas implements BeforeLeaveObserver {

    private static final Pattern ITEM = Pattern.compile("^\\[(\\d+)]");

    private final RenstraService renstra;
    private final CapaianService capaian;
    private final TargetService target;
    private final PkService pk;

    final ComboBox<Integer> pilihTahun = new ComboBox<>();
    final Grid<BarisTarget> grid = new Grid<>();
    final Button simpan = new Button("Simpan", VaadinIcon.CHECK.create());
    final Button buang = new Button("Buang perubahan");
    final Span ringkasan = new Span();
    final Div pesan = new Div();
    final Paragraph kosong = new Paragraph();
    final TextField cari = new TextField();
    final PenjagaPerubahan penjaga = new PenjagaPerubahan();

    int tahun;
    @Nullable
    Periode periode;
    boolean bolehUbah;
    boolean pkTetap;
    boolean pkPerubahanTetap;
    List<BarisTarget> baris = List.of();
    /** The rows the search lets through, in order: the keyboard moves along these. */
    List<BarisTarget> tampak = List.of();
    private final Map<BarisTarget, Integer> letakTampak = new HashMap<>();

    public TargetView(AksesDinas akses, RenstraService renstra, CapaianService capaian, TargetService target, PkService pk) {
        super(akses);
        this.renstra = renstra;
        this.capaian = capaian;
        this.target = target;
        this.pk = pk;
        setId("target");

        TahunHalaman.pasang(pilihTahun, "8rem", () -> tahun, penjaga, baru -> UI.getCurrent().navigate(TargetView.class,
                new RouteParameters(Map.of("slug", dinas.slug(), "tahun", String.valueOf(baru)))));
        simpan.setId("simpan-target");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        simpan.addClickListener(e -> simpan());
        buang.setId("buang-target");
        buang.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        buang.addClickListener(e -> penjaga.jikaBoleh(this::muat));
        ringkasan.setId("ringkasan-target");
        ringkasan.addClassName("petunjuk");
        pesan.setId("pesan-target");
        pesan.addClassName("pesan-galat");
        pesan.getElement().setAttribute("role", "alert");
        kosong.addClassName("petunjuk");
        cari.setId("cari-target");
        cari.setPlaceholder("Cari kode atau nama");
        cari.setAriaLabel("Cari indikator menurut kode atau nama");
        cari.setPrefixComponent(VaadinIcon.SEARCH.create());
        cari.setClearButtonVisible(true);
        cari.setValueChangeMode(ValueChangeMode.LAZY);
        cari.setWidth("14rem");
        cari.addValueChangeListener(e -> saring());

        grid.setId("grid-target");
        grid.addClassName("grid-target");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.setSizeFull();
    }

    @Override
    protected void tampilkan(BeforeEnterEvent event) {
        bolehUbah = dinas.boleh(Izin.UBAH_DATA);
        penjaga.setBerubah(false);
        SortedSet<Integer> tercakup = dinas.baca(renstra::tahunTercakup);
        tahun = TahunHalaman.tampilkan(pilihTahun, tercakup, event.getRouteParameters().get("tahun"));
        cari.clear();
        judul.aksi(cari, pilihTahun);
        HorizontalLayout bawah = new HorizontalLayout(ringkasan);
        bawah.setAlignItems(FlexComponent.Alignment.CENTER);
        bawah.setWidthFull();
        bawah.expand(ringkasan);
        if (bolehUbah) {
            bawah.add(buang, simpan);
        }
        bangunKolom();
        add(kosong, pesan, grid, bawah);
        setFlexGrow(1, grid);
        muat();
        grid.getElement().executeJs(PINDAH_SEL);
    }

    private void bangunKolom() {
        grid.removeAllColumns();
        grid.addColumn(LitRenderer.<BarisTarget>of("""
                        <div class="sel-indikator"><span class="kode">${item.kode}</span> ${item.nama}\
                        <div class="letak">${item.letak}</div></div>""")
                        .withProperty("kode", b -> b.indikator.kode())
                        .withProperty("nama", b -> b.indikator.nama())
                        .withProperty("letak", b -> b.simpul.tingkat().label() + " " + b.simpul.kode()))
                .setHeader("Indikator").setFlexGrow(1).setWidth("12rem").setFrozen(true).setKey("indikator");
        grid.addColumn(b -> b.indikator.satuan() == null ? "" : b.indikator.satuan()).setHeader("Satuan").setWidth("4.5rem")
                .setFlexGrow(0).setKey("satuan");
        for (Kolom k : Kolom.values()) {
            Grid.Column<BarisTarget> c = bolehUbah
                    ? grid.addColumn(new ComponentRenderer<>(b -> isian(b, k)))
                    : grid.addColumn(b -> Angka.tulisPenuh(b.sel(k).asal)).setTextAlign(ColumnTextAlign.END)
                    .setPartNameGenerator(b -> "angka");
            c.setHeader(k.label).setWidth("5.5rem").setFlexGrow(0).setKey(k.name());
        }
        lebarKolom();
        HeaderRow atas = grid.prependHeaderRow();
        atas.join(grid.getColumnByKey(Kolom.RENSTRA.name()), grid.getColumnByKey(Kolom.RENJA.name()),
                grid.getColumnByKey(Kolom.P_RENJA.name()), grid.getColumnByKey(Kolom.PK.name()),
                grid.getColumnByKey(Kolom.PK_PERUBAHAN.name())).setText("Target tahunan");
        atas.join(grid.getColumnByKey(Kolom.TW1.name()), grid.getColumnByKey(Kolom.TW2.name()),
                grid.getColumnByKey(Kolom.TW3.name()), grid.getColumnByKey(Kolom.TW4.name())).setText("Target triwulan (Rencana Aksi)");
    }

    /**
     * Each target column as wide as its longest number (5.5rem at least), so a target of trillions of rupiah is read
     * whole, never cut to its first digits.
     */
    private void lebarKolom() {
        for (Kolom k : Kolom.values()) {
            Grid.Column<BarisTarget> c = grid.getColumnByKey(k.name());
            if (c != null) {
                double terlebar = baris.stream().mapToDouble(b -> Angka.lebarRem(b.sel(k).teks)).max().orElse(0);
                c.setWidth(Math.max(5.5, Math.ceil(terlebar + 1.6)) + "rem"); // + the field's padding
            }
        }
    }

    /** The input of one cell; its marks follow the cell's state. */
    Component isian(BarisTarget b, Kolom k) {
        Sel s = b.sel(k);
        TextField f = new TextField();
        f.addThemeVariants(TextFieldVariant.LUMO_SMALL, TextFieldVariant.LUMO_ALIGN_RIGHT);
        f.setManualValidation(true);
        f.setWidthFull();
        f.setAllowedCharPattern("[0-9.,\\-−]");
        f.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        f.setValue(s.teks);
        f.setAriaLabel(k.label + " " + b.indikator.kode());
        f.getElement().setAttribute("data-sel", letakTampak.getOrDefault(b, b.nomor) + ":" + k.ordinal());
        f.getElement().setAttribute("data-kode", b.indikator.kode() + ":" + k.name());
        f.addClassName("sel-target");
        if (k == Kolom.PK && pkTetap) {
            f.setReadOnly(true);
            f.setTooltipText("Perjanjian Kinerja " + tahun + " sudah ditandatangani: target PK tidak dapat diubah");
        }
        if (k == Kolom.PK_PERUBAHAN && pkPerubahanTetap) {
            f.setReadOnly(true);
            f.setTooltipText("PK Perubahan " + tahun + " sudah ditandatangani: target PK Perubahan tidak dapat diubah");
        }
        tandai(f, s);
        f.addValueChangeListener(e -> {
            s.ketik(e.getValue());
            tandai(f, s);
            perubahan();
        });
        return f;
    }

    private static void tandai(TextField f, Sel s) {
        f.setInvalid(s.galat != null);
        f.getElement().setAttribute("title", s.galat != null ? s.galat : s.basi != null ? s.basi : s.teks);
        f.setClassName("berubah", s.galat == null && s.berubah());
        f.setClassName("basi", s.basi != null);
    }

    /** Reads the year again; every change typed is dropped. */
    void muat() {
        pesan.removeAll();
        pesan.setVisible(false);
        try {
            periode = dinas.baca(() -> renstra.periodeUntuk(tahun));
        } catch (NotFoundException e) {
            periode = null;
        }
        if (periode == null) {
            baris = List.of();
            kosong.setText("Tidak ada periode Renstra yang mencakup tahun " + tahun + ". Buat periodenya di halaman Kerangka.");
        } else {
            long id = periode.id();
            DataKinerja d = dinas.baca(() -> capaian.muat(id, tahun));
            pkTetap = dinas.baca(() -> pk.ditandatangani(tahun));
            pkPerubahanTetap = pkTetap && dinas.baca(() -> pk.ditandatangani(tahun, true));
            baris = susun(d);
            lebarKolom();
            kosong.setText(baris.isEmpty() ? "Periode " + periode.nama() + " belum memiliki indikator." : pkPerubahanTetap
                    ? "Perjanjian Kinerja dan PK Perubahan " + tahun + " sudah ditandatangani: kolom PK dan PK Perubahan hanya dapat dibaca."
                    : pkTetap ? "Perjanjian Kinerja " + tahun + " sudah ditandatangani: kolom PK hanya dapat dibaca." : "");
        }
        kosong.setVisible(!kosong.getText().isEmpty());
        penjaga.setBerubah(false);
        saring();
    }

    /**
     * Shows the rows whose code or name contains the search text (any case); hidden rows keep what was typed in
     * them, and "Simpan" still writes them.
     */
    void saring() {
        String kata = cari.getValue() == null ? "" : cari.getValue().strip().toLowerCase(java.util.Locale.ROOT);
        tampak = kata.isEmpty() ? baris : baris.stream().filter(b -> b.indikator.kode().toLowerCase(java.util.Locale.ROOT)
                .contains(kata) || b.indikator.nama().toLowerCase(java.util.Locale.ROOT).contains(kata)).toList();
        letakTampak.clear();
        for (int i = 0; i < tampak.size(); i++) {
            letakTampak.put(tampak.get(i), i);
        }
        grid.setItems(tampak);
        perubahan();
    }

    /** The rows in the order of the tree, each indicator's cells filled from the targets read. */
    private List<BarisTarget> susun(DataKinerja d) {
        Map<Long, List<Simpul>> anak = new HashMap<>();
        for (Simpul s : d.simpul()) {
            anak.computeIfAbsent(s.parentId() == null ? 0L : s.parentId(), x -> new ArrayList<>()).add(s);
        }
        anak.values().forEach(l -> l.sort(Comparator.comparingInt(Simpul::urutan).thenComparing(Simpul::id)));
        Map<Long, List<Indikator>> perSimpul = new HashMap<>();
        for (Indikator i : d.indikator()) {
            perSimpul.computeIfAbsent(i.simpulId(), x -> new ArrayList<>()).add(i);
        }
        Map<Long, BarisTarget> perIndikator = new HashMap<>();
        List<BarisTarget> hasil = new ArrayList<>();
        List<Simpul> urut = new ArrayList<>();
        jelajah(0L, anak, urut);
        for (Simpul s : urut) {
            for (Indikator i : perSimpul.getOrDefault(s.id(), List.of()).stream()
                    .sorted(Comparator.comparingInt(Indikator::urutan).thenComparing(Indikator::id)).toList()) {
                BarisTarget b = new BarisTarget(hasil.size(), i, s);
                hasil.add(b);
                perIndikator.put(i.id(), b);
            }
        }
        for (Target t : d.target()) {
            BarisTarget b = perIndikator.get(t.indikatorId());
            if (b != null && t.tahun() == tahun) {
                b.sel.put(Kolom.dari(t.jenis()), new Sel(t.nilai(), t.version()));
            }
        }
        for (TargetTriwulan t : d.targetTriwulan()) {
            BarisTarget b = perIndikator.get(t.indikatorId());
            if (b != null && t.tahun() == tahun) {
                b.sel.put(Kolom.triwulan(t.triwulan()), new Sel(t.nilai(), t.version()));
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

    /** Counts the changed and unreadable cells, and tells the guard. */
    private void perubahan() {
        int berubah = 0;
        int salah = 0;
        String alasan = null;
        for (BarisTarget b : baris) {
            for (Sel s : b.sel.values()) {
                if (s.galat != null) {
                    salah++;
                    alasan = alasan == null ? s.galat : alasan;
                } else if (s.berubah()) {
                    berubah++;
                }
            }
        }
        penjaga.setBerubah(berubah + salah > 0);
        simpan.setEnabled(berubah + salah > 0);
        buang.setEnabled(berubah + salah > 0);
        String teks = (tampak.size() == baris.size() ? "" : tampak.size() + " dari ") + baris.size() + " indikator";
        if (berubah > 0) {
            teks += " · " + berubah + " isian berubah, belum disimpan";
        }
        if (salah > 0) {
            // the grid's small fields show no message under them: the first reason, with what to write instead
            teks += " · " + salah + " isian bukan angka (bertanda merah): "
                    + (alasan.startsWith("bukan angka") ? "tulis angka seperti 1.234,5" : alasan);
        }
        ringkasan.setText(teks);
    }

    /** Writes every changed cell in one bulk write. */
    void simpan() {
        pesan.removeAll();
        pesan.setVisible(false);
        List<TargetInput> items = new ArrayList<>();
        List<Sel> sumber = new ArrayList<>();
        int salah = 0;
        for (BarisTarget b : baris) {
            for (Kolom k : Kolom.values()) {
                Sel s = b.sel(k);
                if (s.galat != null) {
                    salah++;
                } else if (s.berubah()) {
                    // an empty cell as read says so: a target someone else entered meanwhile is then stale, not overwritten
                    items.add(new TargetInput(b.indikator.id(), tahun, k.jenis, k.triwulan, s.nilai, s.version,
                            s.version == null ? Boolean.TRUE : null));
                    sumber.add(s);
                }
            }
        }
        if (salah > 0) {
            tampilkanPesan(salah + " isian bukan angka (bertanda merah). Perbaiki dahulu; tidak ada yang disimpan.");
            return;
        }
        if (items.isEmpty()) {
            Pesan.berhasil("Tidak ada perubahan untuk disimpan");
            return;
        }
        HasilSimpan h;
        try {
            h = dinas.jalankan(Izin.UBAH_DATA, () -> target.simpan(items));
        } catch (RuntimeException e) {
            List<Masalah> masalah = Masalah.dari(e).orElseThrow(() -> e);
            if (masalah.stream().anyMatch(Masalah::basi)) {
                tandaiBasi();
                return;
            }
            List<String> lain = new ArrayList<>();
            for (Masalah m : masalah) {
                Matcher x = m.field() == null ? null : ITEM.matcher(m.field());
                if (x != null && x.find() && Integer.parseInt(x.group(1)) < sumber.size()) {
                    Sel s = sumber.get(Integer.parseInt(x.group(1)));
                    s.galat = m.alasan();
                } else {
                    lain.add(m.alasan());
                }
            }
            grid.getDataProvider().refreshAll();
            perubahan();
            tampilkanPesan("Tidak ada yang disimpan. " + String.join("; ", lain.isEmpty()
                    ? List.of("Periksa isian yang bertanda merah.") : lain));
            return;
        }
        muat();
        Pesan.berhasil("Target " + tahun + " tersimpan: " + h.disimpan() + " diisi atau diubah, " + h.dihapus() + " dikosongkan");
    }

    /**
     * Someone else saved since the grid was read: reads again, marks each cell they changed with their value, keeps
     * what this user typed, and saves nothing. The next "Simpan" is then a decision taken with their values in view.
     */
    void tandaiBasi() {
        long id = periode.id();
        DataKinerja d = dinas.baca(() -> capaian.muat(id, tahun));
        Map<String, Target> tahunan = new HashMap<>();
        d.target().stream().filter(t -> t.tahun() == tahun).forEach(t -> tahunan.put(t.indikatorId() + "/" + t.jenis(), t));
        Map<String, TargetTriwulan> triwulan = new HashMap<>();
        d.targetTriwulan().stream().filter(t -> t.tahun() == tahun).forEach(t -> triwulan.put(t.indikatorId() + "/" + t.triwulan(), t));
        int n = 0;
        for (BarisTarget b : baris) {
            for (Kolom k : Kolom.values()) {
                Sel s = b.sel(k);
                BigDecimal nilai;
                Long version;
                if (k.jenis != null) {
                    Target t = tahunan.get(b.indikator.id() + "/" + k.jenis);
                    nilai = t == null ? null : t.nilai();
                    version = t == null ? null : t.version();
                } else {
                    TargetTriwulan t = triwulan.get(b.indikator.id() + "/" + k.triwulan);
                    nilai = t == null ? null : t.nilai();
                    version = t == null ? null : t.version();
                }
                if (!Objects.equals(version, s.version)) {
                    n++;
                    boolean milikSaya = s.berubah();
                    s.basi = "Diubah orang lain menjadi " + (nilai == null ? "kosong" : Angka.tulisPenuh(nilai));
                    s.asal = nilai;
                    s.version = version;
                    if (!milikSaya) {
                        s.ketik(Angka.tulisPenuh(nilai));
                    }
                }
            }
        }
        grid.getDataProvider().refreshAll();
        perubahan();
        tampilkanPesan(Masalah.DIUBAH_ORANG_LAIN + ": " + n + " isian sudah diubah orang lain sejak halaman ini dibuka"
                + " (bertanda kuning, arahkan penunjuk untuk melihat nilainya). Isian Anda belum disimpan; periksa lalu simpan lagi.");
    }

    private void tampilkanPesan(String teks) {
        long tersembunyi = baris.stream().filter(b -> !letakTampak.containsKey(b))
                .flatMap(b -> b.sel.values().stream()).filter(x -> x.galat != null || x.basi != null).count();
        if (tersembunyi > 0) {
            teks += " " + tersembunyi + " isian bertanda ada di baris yang tidak tampil karena pencarian: kosongkan pencarian"
                    + " untuk melihatnya.";
        }
        pesan.removeAll();
        pesan.add(new Div(teks));
        pesan.setVisible(true);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        penjaga.sebelumPergi(event);
    }


    /** Up/down arrows and Enter (Shift+Enter up) move to the same column of the next row, scrolling it in if needed. */
    private static final String PINDAH_SEL = """
            const grid = this;
            if (grid.__kinerjaSel) { return; }
            grid.__kinerjaSel = true;
            grid.addEventListener('keydown', e => {
              const sel = e.composedPath().find(el => el.dataset && el.dataset.sel);
              if (!sel) { return; }
              const [r, c] = sel.dataset.sel.split(':').map(Number);
              let n;
              if (e.key === 'ArrowDown' || (e.key === 'Enter' && !e.shiftKey)) { n = r + 1; }
              else if (e.key === 'ArrowUp' || (e.key === 'Enter' && e.shiftKey)) { n = r - 1; }
              else { return; }
              if (n < 0) { return; }
              e.preventDefault();
              e.stopPropagation();
              const pergi = (coba) => {
                const tuju = grid.querySelector('[data-sel="' + n + ':' + c + '"]');
                if (tuju) { tuju.focus(); const i = tuju.querySelector('input'); if (i) { i.select(); } }
                else if (coba > 0) { grid.scrollToIndex(Math.max(0, n - 2)); setTimeout(() => pergi(coba - 1), 120); }
              };
              pergi(6);
            }, true);
            """;
}
