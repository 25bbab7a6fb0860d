package id.kinerja.ui.persetujuan;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import id.kinerja.pengguna.Izin;
import id.kinerja.persetujuan.AksiPersetujuan;
import id.kinerja.persetujuan.AlurPersetujuan;
import id.kinerja.persetujuan.AlurPersetujuan.Langkah;
import id.kinerja.persetujuan.AlurPersetujuan.StatusTriwulan;
import id.kinerja.persetujuan.IsiPk;
import id.kinerja.persetujuan.PkService;
import id.kinerja.persetujuan.StatusPersetujuan;
import id.kinerja.renstra.RenstraService;
import id.kinerja.ui.AksesDinas;
import id.kinerja.ui.HalamanDinas;
import id.kinerja.ui.MenuDinas;
import id.kinerja.ui.komponen.Angka;
import id.kinerja.ui.komponen.Konfirmasi;
import id.kinerja.ui.komponen.Masalah;
import id.kinerja.ui.komponen.Pesan;
import id.kinerja.ui.komponen.TahunHalaman;
import id.kinerja.ui.komponen.Teks;
import id.kinerja.ui.komponen.Waktu;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.security.PermitAll;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The approval of one year: each quarter's state with who moved it last and why, the steps the user's role may take
 * from there (each confirmed; kembalikan and buka kunci with a reason), every step so far, and the year's Perjanjian
 * Kinerja (draft or signed) with its signing for the dinas admin. A refused step shows the service's own message.
 */
@Route("d/:slug/persetujuan/:tahun?")
@MenuDinas(judul = "Persetujuan", urutan = 60, ikon = VaadinIcon.CHECK_SQUARE_O)
@PermitAll
@Prototype
public class PersetujuanView extends HalamanDinas {

    private final RenstraService renstra;
    private final AlurPersetujuan alur;
    private final PkService pk;

    final ComboBox<Integer> pilihTahun = new ComboBox<>();
    final Div kartu = new Div();
    final Grid<Langkah> riwayat = new Grid<>();
    final Paragraph riwayatKosong = new Paragraph("Belum ada langkah persetujuan tahun ini.");
    final Paragraph statusPk = new Paragraph();
    final Grid<IsiPk.Sasaran> gridPk = new Grid<>();
    final Button tandatangani = new Button("Tandatangani PK", VaadinIcon.PENCIL.create());
    /** The PK Perubahan of the year: shown once the PK is signed (it amends a signed PK). */
    final Paragraph statusPerubahan = new Paragraph();
    final Button tandatanganiPerubahan = new Button("Tandatangani PK Perubahan", VaadinIcon.PENCIL.create());
    final HorizontalLayout barisPerubahan = new HorizontalLayout(statusPerubahan, tandatanganiPerubahan);

    int tahun;
    List<StatusTriwulan> status = List.of();
    @Nullable
    IsiPk isiPk;
    @Nullable
    IsiPk isiPerubahan;

    public PersetujuanView(AksesDinas akses, RenstraService renstra, AlurPersetujuan alur, PkService pk) {
        super(akses);
        this.renstra = renstra;
        this.alur = alur;
        this.pk = pk;
        setId("persetujuan");

        pilihTahun.setId("pilih-tahun-persetujuan");
        pilihTahun.setAriaLabel("Tahun");
        pilihTahun.setWidth("8rem");
        pilihTahun.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(PersetujuanView.class, new RouteParameters(Map.of("slug", dinas.slug(),
                        "tahun", String.valueOf(e.getValue()))));
            }
        });
        kartu.addClassName("kartu-daftar");
        kartu.setId("kartu-triwulan");

        riwayat.setId("riwayat-persetujuan");
        riwayat.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        riwayat.addColumn(l -> Teks.tw(l.triwulan())).setHeader("Triwulan").setWidth("6rem").setFlexGrow(0);
        riwayat.addColumn(l -> Waktu.tulis(l.waktu())).setHeader("Waktu").setWidth("12rem").setFlexGrow(0);
        riwayat.addColumn(l -> l.pengguna() == null ? "—" : l.pengguna()).setHeader("Oleh").setWidth("10rem").setFlexGrow(0);
        riwayat.addColumn(l -> Teks.status(l.dari()) + " → " + Teks.status(l.ke())).setHeader("Langkah").setWidth("13rem")
                .setFlexGrow(0);
        riwayat.addColumn(l -> l.alasan() == null ? "" : l.alasan()).setHeader("Alasan").setFlexGrow(1);
        riwayat.setAllRowsVisible(true);
        riwayatKosong.addClassName("petunjuk");

        statusPk.setId("status-pk");
        gridPk.setId("grid-pk");
        gridPk.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        gridPk.addColumn(s -> s.kodeSasaran() + "  " + s.sasaran()).setHeader("Sasaran").setFlexGrow(3);
        gridPk.addColumn(s -> s.kodeIndikator() + "  " + s.indikator()).setHeader("Indikator").setFlexGrow(3);
        gridPk.addColumn(s -> Angka.tulisPenuh(s.target()) + (s.satuan() == null ? "" : " " + s.satuan())).setHeader("Target PK")
                .setWidth("10rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        gridPk.setAllRowsVisible(true);
        tandatangani.setId("tandatangani-pk");
        tandatangani.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        tandatangani.addClickListener(e -> tanyaTandatangani());
        statusPerubahan.setId("status-pk-perubahan");
        tandatanganiPerubahan.setId("tandatangani-pk-perubahan");
        tandatanganiPerubahan.addClickListener(e -> tanyaTandatanganiPerubahan());
        barisPerubahan.setAlignItems(Alignment.BASELINE);
    }

    @Override
    protected void tampilkan(BeforeEnterEvent event) {
        SortedSet<Integer> tercakup = dinas.baca(renstra::tahunTercakup);
        tahun = TahunHalaman.tampilkan(pilihTahun, tercakup, event.getRouteParameters().get("tahun"));
        judul.aksi(pilihTahun);
        H3 judulRiwayat = new H3("Riwayat " + tahun);
        H3 judulPk = new H3("Perjanjian Kinerja " + tahun);
        HorizontalLayout barisPk = new HorizontalLayout(statusPk, tandatangani);
        barisPk.setAlignItems(Alignment.BASELINE);
        add(kartu, judulRiwayat, riwayatKosong, riwayat, judulPk, barisPk, gridPk, barisPerubahan);
        muat();
    }

    /** Reads the year's quarters, their history and the PK, and shows them. */
    void muat() {
        status = dinas.baca(() -> alur.status(tahun));
        List<Langkah> langkah = dinas.baca(() -> alur.riwayat(tahun));
        kartu.removeAll();
        for (StatusTriwulan s : status) {
            kartu.add(kartu(s));
        }
        riwayat.setItems(langkah.reversed());
        riwayat.setVisible(!langkah.isEmpty());
        riwayatKosong.setVisible(langkah.isEmpty());

        isiPk = dinas.baca(() -> pk.baca(tahun));
        gridPk.setItems(isiPk.sasaran());
        gridPk.setVisible(!isiPk.sasaran().isEmpty());
        String anggaran = isiPk.jumlahAnggaran() == null ? "" : "; anggaran program " + Angka.rupiah(isiPk.jumlahAnggaran());
        statusPk.setText(isiPk.ditandatangani()
                ? "Ditandatangani " + Waktu.tulis(isiPk.ditandatanganiPada()) + " oleh " + isiPk.ditandatanganiOleh()
                  + ": " + isiPk.sasaran().size() + " indikator sasaran" + anggaran + ". Target PK-nya tidak dapat diubah lagi."
                : "Draf, belum ditandatangani: " + (isiPk.sasaran().isEmpty() ? "belum ada target PK tahun " + tahun
                  : isiPk.sasaran().size() + " indikator sasaran dengan target PK" + anggaran) + ".");
        tandatangani.setVisible(!isiPk.ditandatangani() && dinas.boleh(Izin.KUNCI));

        isiPerubahan = isiPk.ditandatangani() ? dinas.baca(() -> pk.baca((Long) null, tahun, true)) : null;
        barisPerubahan.setVisible(isiPerubahan != null);
        if (isiPerubahan != null) {
            long diubah = isiPerubahan.sasaran().stream().filter(s -> isiPk.sasaran().stream()
                    .noneMatch(a -> a.kodeIndikator().equals(s.kodeIndikator()) && a.target().compareTo(s.target()) == 0)).count();
            statusPerubahan.setText(isiPerubahan.ditandatangani()
                    ? "PK Perubahan ditandatangani " + Waktu.tulis(isiPerubahan.ditandatanganiPada()) + " oleh "
                      + isiPerubahan.ditandatanganiOleh() + ": " + diubah + " target berubah. Target PK Perubahan-nya tidak dapat diubah lagi."
                    : "PK Perubahan, draf: " + (diubah == 0 ? "belum ada target PK Perubahan tahun " + tahun
                      : diubah + " target berubah dari PK (indikator lain tetap dengan target PK-nya)") + ".");
        }
        tandatanganiPerubahan.setVisible(isiPerubahan != null && !isiPerubahan.ditandatangani() && dinas.boleh(Izin.KUNCI));
    }

    /** The steps a user whose role allows what {@code boleh} says may take from {@code s}, in the order of the flow. */
    static List<AksiPersetujuan> aksiUntuk(StatusPersetujuan s, Predicate<Izin> boleh) {
        return Arrays.stream(AksiPersetujuan.values()).filter(a -> a.berlakuDari(s) && boleh.test(a.izin())).toList();
    }

    private Div kartu(StatusTriwulan s) {
        Div k = new Div();
        k.addClassName("kartu");
        k.addClassName("kartu-persetujuan");
        k.setId("triwulan-" + s.triwulan());
        // four cards side by side of one width, whatever the length of a reason
        k.getStyle().set("flex", "1 1 13rem").set("max-width", "20rem").set("min-width", "12rem");
        Span judulKartu = new Span(Teks.triwulan(s.triwulan()) + " " + tahun);
        judulKartu.addClassName("kartu-judul");
        Span lencana = new Span(Teks.status(s.status()));
        lencana.setId("status-tw-" + s.triwulan());
        lencana.getElement().getThemeList().add("badge " + Teks.warna(s.status()));
        k.add(judulKartu, lencana);
        if (s.diubahPada() != null) {
            Span oleh = new Span(Waktu.tulis(s.diubahPada()) + (s.diubahOleh() == null ? "" : " oleh " + s.diubahOleh()));
            oleh.addClassName("petunjuk");
            k.add(oleh);
        }
        if (s.alasan() != null) {
            Span alasan = new Span("Alasan: " + s.alasan());
            alasan.setId("alasan-tw-" + s.triwulan());
            alasan.addClassName("alasan-persetujuan");
            k.add(alasan);
        }
        HorizontalLayout tombol = new HorizontalLayout();
        tombol.setSpacing(true);
        tombol.getStyle().set("flex-wrap", "wrap");
        for (AksiPersetujuan a : aksiUntuk(s.status(), dinas::boleh)) {
            Button b = new Button(a.label(), e -> langkah(a, s.triwulan()));
            b.setId("aksi-" + a.name().toLowerCase(java.util.Locale.ROOT) + "-" + s.triwulan());
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            if (!a.perluAlasan()) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            tombol.add(b);
        }
        if (tombol.getComponentCount() > 0) {
            k.add(tombol);
        }
        return k;
    }

    /** Asks before step {@code a} on quarter {@code tw}: a confirmation, or the reason where the step needs one. */
    void langkah(AksiPersetujuan a, int tw) {
        String masa = Teks.triwulan(tw) + " " + tahun;
        if (a.perluAlasan()) {
            String teks = a == AksiPersetujuan.BUKA
                    ? "Triwulan kembali menjadi draf dan dapat diubah lagi; laporannya tidak lagi final sampai dikunci lagi."
                    : "Triwulan kembali menjadi draf agar pengisi dapat memperbaikinya. Alasan tercatat di riwayat.";
            new AlasanDialog(a.label() + " " + masa + "?", teks, a.label(), alasan -> jalankan(a, tw, alasan)).open();
            return;
        }
        String teks = switch (a) {
            case AJUKAN -> "Realisasi triwulan ini tidak dapat diubah lagi sampai pemeriksa atau admin mengembalikannya.";
            case VERIFIKASI -> "Triwulan ini dinyatakan sudah diperiksa dan siap dikunci oleh admin dinas.";
            case KUNCI -> "Capaian triwulan ini disimpan sebagaimana adanya; laporannya menjadi final.";
            default -> "";
        };
        ConfirmDialog d = Konfirmasi.tanya(a.label() + " " + masa + "?", teks, a.label(), () -> {
            String galat = jalankan(a, tw, null);
            if (galat != null) {
                Pesan.galat(galat);
            }
        });
        d.setId("konfirmasi-langkah");
    }

    /**
     * Takes step {@code a} on quarter {@code tw} through the approval service, as the user; on success the page is
     * read again. Returns null, or the refusal's text (the service's message).
     */
    @Nullable
    String jalankan(AksiPersetujuan a, int tw, @Nullable String alasan) {
        Supplier<StatusTriwulan> kerja = switch (a) {
            case AJUKAN -> () -> alur.ajukan(tahun, tw);
            case VERIFIKASI -> () -> alur.verifikasi(tahun, tw);
            case KUNCI -> () -> alur.kunci(tahun, tw);
            case KEMBALIKAN -> () -> alur.kembalikan(tahun, tw, alasan);
            case BUKA -> () -> alur.buka(tahun, tw, alasan);
        };
        Optional<String> galat = coba(() -> dinas.jalankan(a.izin(), kerja));
        if (galat.isPresent()) {
            return galat.get();
        }
        muat();
        Pesan.berhasil(Teks.triwulan(tw) + " " + tahun + switch (a) {
            case AJUKAN -> " diajukan";
            case VERIFIKASI -> " diverifikasi";
            case KUNCI -> " dikunci";
            case KEMBALIKAN -> " dikembalikan ke draf";
            case BUKA -> " dibuka kembali (draf)";
        });
        return null;
    }

    private void tanyaTandatangani() {
        ConfirmDialog d = Konfirmasi.tanya("Tandatangani Perjanjian Kinerja " + tahun + "?",
                "Isi PK dibekukan sebagaimana sekarang: target PK tahun " + tahun + " tidak dapat diubah lagi (perubahan berikutnya "
                        + "dicatat sebagai PK Perubahan).", "Tandatangani", () -> {
                    String galat = tandatanganiPk();
                    if (galat != null) {
                        Pesan.galat(galat);
                    }
                });
        d.setId("konfirmasi-pk");
    }

    /** Signs the year's PK as the user; null, or the refusal's text. */
    @Nullable
    String tandatanganiPk() {
        Optional<String> galat = coba(() -> dinas.jalankan(Izin.KUNCI, () -> pk.tandatangani(tahun)));
        if (galat.isPresent()) {
            return galat.get();
        }
        muat();
        Pesan.berhasil("Perjanjian Kinerja " + tahun + " ditandatangani");
        return null;
    }

    private void tanyaTandatanganiPerubahan() {
        ConfirmDialog d = Konfirmasi.tanya("Tandatangani PK Perubahan " + tahun + "?",
                "Isi PK Perubahan dibekukan sebagaimana sekarang: target PK Perubahan tahun " + tahun + " tidak dapat diubah lagi.",
                "Tandatangani", () -> {
                    String galat = tandatanganiPkPerubahan();
                    if (galat != null) {
                        Pesan.galat(galat);
                    }
                });
        d.setId("konfirmasi-pk-perubahan");
    }

    /** Signs the year's PK Perubahan as the user; null, or the refusal's text. */
    @Nullable
    String tandatanganiPkPerubahan() {
        Optional<String> galat = coba(() -> dinas.jalankan(Izin.KUNCI, () -> pk.tandatangani(tahun, true)));
        if (galat.isPresent()) {
            return galat.get();
        }
        muat();
        Pesan.berhasil("Perjanjian Kinerja Perubahan " + tahun + " ditandatangani");
        return null;
    }

    /** Runs {@code kerja}; a refusal of the domain becomes its text, anything else goes on to the error page. */
    private static Optional<String> coba(Runnable kerja) {
        try {
            kerja.run();
            return Optional.empty();
        } catch (RuntimeException e) {
            List<Masalah> m = Masalah.dari(e).orElseThrow(() -> e);
            return Optional.of(m.stream().map(x -> "alasan".equals(x.field()) ? "Alasan " + x.alasan() : x.alasan())
                    .collect(Collectors.joining("; ")));
        }
    }
}
