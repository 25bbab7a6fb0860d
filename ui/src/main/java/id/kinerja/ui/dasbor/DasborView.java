package id.kinerja.ui.dasbor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import id.kinerja.capaian.CapaianService;
import id.kinerja.capaian.KategoriSkala;
import id.kinerja.capaian.PohonCapaian;
import id.kinerja.capaian.PohonCapaian.AnggaranCapaian;
import id.kinerja.capaian.PohonCapaian.Efisiensi;
import id.kinerja.capaian.PohonCapaian.IndikatorCapaian;
import id.kinerja.capaian.PohonCapaian.SimpulCapaian;
import id.kinerja.laporan.FormatIndonesia;
import id.kinerja.laporan.grafik.GrafikTren;
import id.kinerja.persetujuan.AlurPersetujuan;
import id.kinerja.persetujuan.StatusPersetujuan;
import id.kinerja.renstra.RenstraService;
import id.kinerja.renstra.Tingkat;
import id.kinerja.ui.AksesDinas;
import id.kinerja.ui.HalamanDinas;
import id.kinerja.ui.MenuDinas;
import id.kinerja.ui.komponen.Angka;
import id.kinerja.ui.komponen.Masalah;
import id.kinerja.ui.komponen.TahunHalaman;
import id.kinerja.ui.komponen.Teks;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.security.PermitAll;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * The dinas's quarter at a glance, read-only for every role: the capaian tree of the year up to the quarter (its
 * snapshot when the quarter is locked, through {@link AlurPersetujuan#pohon} like the API's {@code /capaian}), shown
 * per tujuan, sasaran and program with each capaian coloured by its step of the dinas's scale; the counts; the budget
 * and its absorption; efficiency (capaian − absorption); and per IKU the years' trend as an SVG chart drawn by
 * {@link GrafikTren}, the Laporan Kinerja's own chart.
 */
@Route("d/:slug/dasbor/:tahun?/:triwulan?")
@MenuDinas(judul = "Dasbor", urutan = 5, ikon = VaadinIcon.DASHBOARD)
@PermitAll
@Prototype
public class DasborView extends HalamanDinas {

    private static final int DESIMAL_CAPAIAN = 2;

    private final RenstraService renstra;
    private final AlurPersetujuan alur;
    private final CapaianService capaian;

    final Select<Integer> tahun = new Select<>();
    final Select<Integer> triwulan = new Select<>();
    final Span status = new Span();
    final Div isi = new Div();
    final Grid<Baris> grid = new Grid<>();
    /** The tree shown now (null: none could be read; {@link #galat} says why). */
    @Nullable PohonCapaian pohon;
    final Paragraph galat = new Paragraph();
    final Div grafik = new Div();

    public DasborView(AksesDinas akses, RenstraService renstra, AlurPersetujuan alur, CapaianService capaian) {
        super(akses);
        this.renstra = renstra;
        this.alur = alur;
        this.capaian = capaian;
        setId("dasbor");
        tahun.setId("dasbor-tahun");
        tahun.setLabel("Tahun");
        tahun.setWidth("7rem");
        triwulan.setId("dasbor-triwulan");
        triwulan.setLabel("Triwulan");
        triwulan.setItems(1, 2, 3, 4);
        triwulan.setItemLabelGenerator(Teks::tw);
        triwulan.setWidth("7rem");
        status.setId("dasbor-status");
        isi.setId("dasbor-isi");
        isi.setWidthFull();
        galat.setId("dasbor-galat");
        galat.addClassName("pesan-galat");
        grafik.setId("dasbor-grafik");
        grafik.addClassName("grafik-daftar");
        susunGrid();
        tahun.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                muat();
            }
        });
        triwulan.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                muat();
            }
        });
    }

    @Override
    protected void tampilkan(BeforeEnterEvent event) {
        SortedSet<Integer> tercakup = dinas.baca(renstra::tahunTercakup);
        int awal = TahunHalaman.tampilkan(tahun, tercakup, event.getRouteParameters().get("tahun"));
        int tw = event.getRouteParameters().get("triwulan").flatMap(DasborView::angka).filter(q -> q >= 1 && q <= 4)
                .orElse(awal == java.time.Year.now().getValue() ? (java.time.LocalDate.now().getMonthValue() + 2) / 3 : 4);
        triwulan.setValue(tw);
        HorizontalLayout alat = new HorizontalLayout(tahun, triwulan, status);
        alat.setAlignItems(Alignment.BASELINE);
        alat.addClassName("alat");
        add(alat, isi);
        muat();
    }

    private static Optional<Integer> angka(String s) {
        try {
            return Optional.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Reads the chosen quarter's tree and builds the page from it. */
    void muat() {
        isi.removeAll();
        Integer th = tahun.getValue();
        Integer tw = triwulan.getValue();
        if (th == null || tw == null) {
            return;
        }
        StatusPersetujuan s = dinas.baca(() -> alur.status(th)).get(tw - 1).status();
        boolean fin = s == StatusPersetujuan.DIKUNCI;
        status.setText((fin ? "Final" : "Draf") + " · " + Teks.status(s));
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add("badge " + (fin ? "success" : "contrast"));
        try {
            pohon = dinas.baca(() -> alur.pohon((Long) null, th, tw));
        } catch (RuntimeException e) {
            pohon = null;
            galat.setText("Dasbor tidak dapat dibuat: " + Masalah.dari(e).orElseThrow(() -> e).stream()
                    .map(Masalah::teks).collect(Collectors.joining("; ")));
            isi.add(galat);
            return;
        }
        isi.add(new Paragraph(pohon.periode() + " · " + Teks.triwulan(tw) + " " + th
                + (fin ? " — angka saat triwulan dikunci." : " — belum dikunci: angka dapat berubah.")));
        isi.add(ringkasan(pohon));
        grid.setItems(baris(pohon));
        isi.add(new H3("Capaian per tujuan, sasaran dan program"), legenda(pohon.skala()), grid);
        trend(pohon);
        isi.add(new H3("Tren indikator kinerja utama"), grafik);
    }

    // ---- the counts and the budget ----

    /** Reached (≥ 100 %), below and not measurable, over every level of the summary; then the budget. */
    record Hitungan(int mencapai, int belumMencapai, int tidakTerukur) {
    }

    static Hitungan hitungan(PohonCapaian p) {
        int a = 0;
        int b = 0;
        int c = 0;
        for (PohonCapaian.Ringkasan r : p.ringkasan().values()) {
            a += r.mencapai();
            b += r.belumMencapai();
            c += r.tidakTerukur();
        }
        return new Hitungan(a, b, c);
    }

    private Component ringkasan(PohonCapaian p) {
        Hitungan h = hitungan(p);
        Div kartu = new Div();
        kartu.addClassName("kartu-daftar");
        kartu.add(kartu("jumlah-mencapai", "Capaian ≥ 100 %", String.valueOf(h.mencapai())),
                kartu("jumlah-belum", "Capaian < 100 %", String.valueOf(h.belumMencapai())),
                kartu("jumlah-tidak-terukur", "Tidak terukur", String.valueOf(h.tidakTerukur())));
        AnggaranCapaian a = p.anggaran();
        kartu.add(kartu("pagu", "Anggaran", a.anggaran() == null ? "—" : Angka.rupiah(a.anggaran())),
                kartu("realisasi-anggaran", "Realisasi anggaran", a.realisasi() == null ? "—" : Angka.rupiah(a.realisasi())),
                kartu("penyerapan", "Penyerapan", persen(a.penyerapan())));
        Div d = new Div(kartu);
        d.addClassName("ringkasan");
        d.setId("dasbor-ringkasan");
        return d;
    }

    private static Div kartu(String id, String judul, String angka) {
        Div k = new Div();
        k.addClassName("kartu");
        k.setId(id);
        Span j = new Span(judul);
        j.addClassName("kartu-judul");
        Span n = new Span(angka);
        n.addClassName("kartu-angka");
        k.add(j, n);
        return k;
    }

    static String persen(@Nullable BigDecimal p) {
        return p == null ? "—" : FormatIndonesia.persen(p, DESIMAL_CAPAIAN);
    }

    // ---- the grid ----

    /**
     * One line of the grid: an indicator of a tujuan, sasaran or program (the node's name on its first line only), or
     * the node alone when it has none.
     */
    record Baris(SimpulCapaian simpul, boolean pertama, @Nullable IndikatorCapaian indikator, @Nullable Efisiensi efisiensi) {
    }

    static List<Baris> baris(PohonCapaian p) {
        List<Baris> hasil = new ArrayList<>();
        for (SimpulCapaian t : p.tujuan()) {
            tambah(hasil, t);
        }
        return hasil;
    }

    private static void tambah(List<Baris> hasil, SimpulCapaian s) {
        if (s.tingkat().ordinal() > Tingkat.PROGRAM.ordinal()) {
            return;
        }
        if (s.indikator().isEmpty()) {
            hasil.add(new Baris(s, true, null, null));
        }
        boolean pertama = true;
        for (IndikatorCapaian i : s.indikator()) {
            Efisiensi e = s.efisiensi().stream().filter(x -> x.indikatorId() == i.id()).findFirst().orElse(null);
            hasil.add(new Baris(s, pertama, i, e));
            pertama = false;
        }
        for (SimpulCapaian a : s.anak()) {
            tambah(hasil, a);
        }
    }

    private void susunGrid() {
        grid.setId("grid-dasbor");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(DasborView::simpul).setHeader("Tujuan / sasaran / program").setFlexGrow(3).setWidth("13rem");
        grid.addColumn(b -> b.indikator() == null ? "" : b.indikator().nama()).setHeader("Indikator").setFlexGrow(2).setWidth("11rem");
        grid.addColumn(b -> b.indikator() == null ? "" : nilai(b.indikator().targetTahunan(), b.indikator()))
                .setHeader("Target").setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(b -> b.indikator() == null ? "" : nilai(b.indikator().realisasi(), b.indikator()))
                .setHeader("Realisasi").setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(this::capaian).setHeader("Capaian").setKey("capaian").setWidth("11rem").setFlexGrow(0);
        grid.addColumn(b -> b.pertama() ? persen(b.simpul().anggaran().penyerapan()) : "").setHeader("Penyerapan")
                .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(b -> b.efisiensi() == null || b.efisiensi().efisiensi() == null ? ""
                        : FormatIndonesia.angka(b.efisiensi().efisiensi(), DESIMAL_CAPAIAN))
                .setHeader("Efisiensi").setTextAlign(ColumnTextAlign.END).setWidth("6rem").setFlexGrow(0);
    }

    private static Component simpul(Baris b) {
        if (!b.pertama()) {
            return new Span();
        }
        SimpulCapaian s = b.simpul();
        Span t = new Span(s.tingkat().label() + " " + s.kode() + ": " + s.nama());
        t.addClassName("simpul-" + s.tingkat().name().toLowerCase(Locale.ROOT));
        t.getStyle().set("padding-left", s.tingkat().ordinal() + "rem");
        if (s.tingkat() != Tingkat.PROGRAM) {
            t.getStyle().set("font-weight", "600");
        }
        return t;
    }

    private static String nilai(@Nullable BigDecimal n, IndikatorCapaian i) {
        return n == null ? "—" : Angka.tulis(n, i.presisi()) + (i.satuan() == null ? "" : " " + i.satuan());
    }

    private Component capaian(Baris b) {
        IndikatorCapaian i = b.indikator();
        if (i == null) {
            return new Span();
        }
        if (i.capaian() == null) {
            Span s = new Span("tidak terukur");
            s.addClassName("capaian-tidak-terukur");
            s.setTitle(i.keterangan() == null ? "" : i.keterangan());
            return s;
        }
        Span s = new Span(FormatIndonesia.persen(i.capaian(), DESIMAL_CAPAIAN) + (i.kategori() == null ? "" : " · " + i.kategori()));
        s.addClassName("capaian");
        s.getStyle().set("background", warna(pohon == null ? List.of() : pohon.skala(), i.kategori()));
        return s;
    }

    /**
     * The colour of a step of the dinas's scale: the best step green, the worst red, those between on the way
     * (hue by rank, so a scale of any length is coloured); grey for a label the scale does not have.
     */
    static String warna(List<KategoriSkala> skala, @Nullable String kategori) {
        List<KategoriSkala> urut = skala.stream().sorted(Comparator.comparingInt(KategoriSkala::urutan)).toList();
        for (int k = 0; k < urut.size(); k++) {
            if (urut.get(k).label().equals(kategori)) {
                int hue = urut.size() == 1 ? 120 : 120 - 120 * k / (urut.size() - 1);
                return "hsl(" + hue + ", 65%, 85%)";
            }
        }
        return "var(--lumo-contrast-10pct)";
    }

    private static Component legenda(List<KategoriSkala> skala) {
        Div d = new Div();
        d.addClassName("legenda-skala");
        d.setId("legenda-skala");
        List<KategoriSkala> urut = skala.stream().sorted(Comparator.comparingInt(KategoriSkala::urutan)).toList();
        for (KategoriSkala k : urut) {
            Span s = new Span(k.label() + (k.batasBawah() == null ? "" : " (> " + FormatIndonesia.angka(k.batasBawah(), 0) + " %)"));
            s.addClassName("capaian");
            s.getStyle().set("background", warna(skala, k.label()));
            d.add(s);
        }
        return d;
    }

    // ---- the IKU trends ----

    /** Every IKU of the tree in tree order. */
    static List<IndikatorCapaian> iku(PohonCapaian p) {
        List<IndikatorCapaian> hasil = new ArrayList<>();
        for (SimpulCapaian t : p.tujuan()) {
            kumpulkanIku(hasil, t);
        }
        return hasil;
    }

    private static void kumpulkanIku(List<IndikatorCapaian> hasil, SimpulCapaian s) {
        s.indikator().stream().filter(IndikatorCapaian::iku).forEach(hasil::add);
        s.anak().forEach(a -> kumpulkanIku(hasil, a));
    }

    /** The SVG of each IKU's trend: earlier years measured to their end, the chosen year up to the quarter. */
    private void trend(PohonCapaian p) {
        grafik.removeAll();
        List<IndikatorCapaian> daftar = iku(p);
        if (daftar.isEmpty()) {
            grafik.add(new Paragraph("Tidak ada indikator kinerja utama (IKU) pada periode ini."));
            return;
        }
        for (IndikatorCapaian i : daftar) {
            CapaianService.Riwayat r = dinas.baca(() -> capaian.riwayat(i.id()));
            List<GrafikTren.Titik> titik = GrafikTren.dariRiwayat(r, p.tahun(), i);
            Div kartu = new Div();
            kartu.addClassName("grafik-tren");
            kartu.setId("tren-" + i.id());
            Span judul = new Span(i.kode() + " " + i.nama());
            judul.addClassName("kartu-judul");
            Html svg = new Html(GrafikTren.svg(GrafikTren.buat(null, i.satuan(), titik), 420, 230).strip());
            kartu.add(judul, svg);
            grafik.add(kartu);
        }
    }
}
