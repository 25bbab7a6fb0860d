package id.kinerja.ui.jejak;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.kinerja.jejak.Jejak;
import id.kinerja.jejak.JejakService;
import id.kinerja.jejak.SaringJejak;
import id.kinerja.pengguna.Izin;
import id.kinerja.ui.AksesDinas;
import id.kinerja.ui.DinasTerbuka;
import id.kinerja.ui.HalamanDinas;
import id.kinerja.ui.MenuDinas;
import id.kinerja.ui.komponen.Angka;
import id.kinerja.ui.komponen.Waktu;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The audit log of the dinas, for its admin and its reviewers ({@link Izin#LIHAT_JEJAK}): newest first, filtered by
 * table, user and a range of days (Jakarta time), paged in the database (the grid asks one page at a time, and the
 * count once per filter), and the rows the filter lets through as a CSV file, written while it is read.
 */
@Route("d/:slug/jejak")
@MenuDinas(judul = "Jejak", urutan = 80, izin = Izin.LIHAT_JEJAK, ikon = VaadinIcon.TIME_BACKWARD)
@PermitAll
@Prototype
public class JejakView extends HalamanDinas {

    private final JejakService jejak;

    final ComboBox<String> tabel = new ComboBox<>("Tabel");
    final ComboBox<String> pengguna = new ComboBox<>("Pengguna");
    final DatePicker dari = new DatePicker("Dari tanggal");
    final DatePicker sampai = new DatePicker("Sampai tanggal");
    final Button bersihkan = new Button("Semua", VaadinIcon.CLOSE_SMALL.create());
    final Span jumlah = new Span();
    final Grid<Jejak> grid = new Grid<>();
    final Anchor csv;

    /** The filter in force: set on the UI thread, read by the grid's queries and by the CSV download. */
    volatile SaringJejak saring = SaringJejak.SEMUA;
    private CallbackDataProvider<Jejak, Void> data;

    public JejakView(AksesDinas akses, JejakService jejak) {
        super(akses);
        this.jejak = jejak;
        setId("jejak");

        tabel.setId("saring-tabel");
        tabel.setClearButtonVisible(true);
        tabel.setPlaceholder("semua");
        pengguna.setId("saring-pengguna");
        pengguna.setClearButtonVisible(true);
        pengguna.setPlaceholder("semua");
        dari.setId("saring-dari");
        sampai.setId("saring-sampai");
        for (DatePicker d : new DatePicker[]{dari, sampai}) {
            d.setLocale(Locale.of("id", "ID"));
            d.setClearButtonVisible(true);
            d.setWidth("11rem");
        }
        bersihkan.setId("saring-semua");
        bersihkan.addClickListener(e -> {
            tabel.clear();
            pengguna.clear();
            dari.clear();
            sampai.clear();
        });
        tabel.addValueChangeListener(e -> saring());
        pengguna.addValueChangeListener(e -> saring());
        dari.addValueChangeListener(e -> saring());
        sampai.addValueChangeListener(e -> saring());
        jumlah.setId("jumlah-jejak");
        jumlah.addClassName("petunjuk");

        grid.setId("grid-jejak");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(j -> Waktu.tulis(j.waktu())).setHeader("Waktu").setWidth("11.5rem").setFlexGrow(0);
        grid.addColumn(j -> j.pengguna() == null ? "—" : j.pengguna()).setHeader("Pengguna").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(j -> aksi(j.aksi())).setHeader("Aksi").setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(j -> j.entitas() + (j.entitasId() == null ? "" : " #" + j.entitasId())).setHeader("Tabel")
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(RingkasJejak::perubahan).setHeader("Perubahan").setFlexGrow(1).setTooltipGenerator(RingkasJejak::perubahan);
        grid.addColumn(j -> j.alasan() == null ? "" : j.alasan()).setHeader("Alasan").setWidth("13rem").setFlexGrow(0)
                .setTooltipGenerator(j -> j.alasan() == null ? "" : j.alasan());
        grid.setPageSize(50);
        grid.setSizeFull();

        // streamed: written while it is read, 1,000 rows per short query, nothing held in memory
        csv = new Anchor((DownloadHandler) e -> {
            DinasTerbuka d = dinas;
            e.setFileName(d.slug() + "-jejak.csv");
            e.setContentType("text/csv; charset=utf-8");
            tulisCsv(d, saring, e.getOutputStream());
        }, "");
        Button tombolCsv = new Button("Unduh CSV", VaadinIcon.DOWNLOAD.create());
        tombolCsv.setTabIndex(-1);
        csv.add(tombolCsv);
        csv.setId("unduh-jejak");
        csv.getElement().setAttribute("download", true);
    }

    @Override
    protected void tampilkan(BeforeEnterEvent event) {
        tabel.setItems(dinas.jalankan(Izin.LIHAT_JEJAK, jejak::daftarEntitas));
        pengguna.setItems(dinas.jalankan(Izin.LIHAT_JEJAK, jejak::daftarPengguna));
        DinasTerbuka d = dinas;
        data = DataProvider.fromCallbacks(
                q -> d.jalankan(Izin.LIHAT_JEJAK, () -> jejak.cari(saring, q.getLimit(), q.getOffset())).stream(),
                q -> {
                    long n = d.jalankan(Izin.LIHAT_JEJAK, () -> jejak.hitung(saring));
                    jumlah.setText(Angka.tulis(BigDecimal.valueOf(n), 0) + " baris");
                    return (int) Math.min(Integer.MAX_VALUE, n);
                });
        grid.setItems(data);
        judul.aksi(csv);
        HorizontalLayout filter = new HorizontalLayout(tabel, pengguna, dari, sampai, bersihkan, jumlah);
        filter.setAlignItems(FlexComponent.Alignment.BASELINE);
        filter.getStyle().set("flex-wrap", "wrap");
        add(filter, grid);
        setFlexGrow(1, grid);
    }

    /** The filter from the fields; the grid reads again from the first page. */
    void saring() {
        saring = new SaringJejak(Waktu.awalHari(dari.getValue()), Waktu.akhirHari(sampai.getValue()), tabel.getValue(),
                pengguna.getValue());
        if (data != null) {
            data.refreshAll();
        }
    }

    /** The rows {@code saring} lets through as CSV (UTF-8), as the signed-in user in {@code d}. */
    void tulisCsv(DinasTerbuka d, SaringJejak s, java.io.OutputStream out) {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        d.jalankan(Izin.LIHAT_JEJAK, () -> {
            try {
                jejak.tulisCsv(s, w);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String aksi(String aksi) {
        return switch (aksi) {
            case "INSERT" -> "Tambah";
            case "UPDATE" -> "Ubah";
            case "DELETE" -> "Hapus";
            case "IMPOR" -> "Impor";
            default -> aksi;
        };
    }
}
