package id.kinerja.ui.laporan;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.kinerja.laporan.Berkas;
import id.kinerja.laporan.FormatBerkas;
import id.kinerja.laporan.JenisLaporan;
import id.kinerja.laporan.LaporanService;
import id.kinerja.laporan.Permintaan;
import id.kinerja.persetujuan.AlurPersetujuan;
import id.kinerja.persetujuan.PkService;
import id.kinerja.persetujuan.StatusPersetujuan;
import id.kinerja.renstra.RenstraService;
import id.kinerja.ui.AksesDinas;
import id.kinerja.ui.HalamanDinas;
import id.kinerja.ui.MenuDinas;
import id.kinerja.ui.komponen.Masalah;
import id.kinerja.ui.komponen.Pesan;
import id.kinerja.ui.komponen.TahunHalaman;
import id.kinerja.ui.komponen.Teks;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.security.PermitAll;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * The printed documents of the dinas: pick the document, the year, the quarter (for the documents that take one) and
 * the format, and download it. The file is printed when the link is followed, by {@link LaporanService} in the
 * download's own request (not on the UI thread, the session not locked), through a download handler of this
 * session: its address is generated per session and element, nothing another browser could guess or reuse. What
 * the choice will print is said beforehand: a locked quarter (a signed PK) is final, an open one a draft.
 */
@Route("d/:slug/laporan")
@MenuDinas(judul = "Laporan", urutan = 70, ikon = VaadinIcon.FILE_TEXT_O)
@PermitAll
@Prototype
public class LaporanView extends HalamanDinas {

    private final RenstraService renstra;
    private final LaporanService laporan;
    private final AlurPersetujuan alur;
    private final PkService pk;

    final ComboBox<JenisLaporan> jenis = new ComboBox<>("Dokumen");
    final ComboBox<Integer> tahun = new ComboBox<>("Tahun");
    final Select<Integer> triwulan = new Select<>();
    /** Perjanjian Kinerja only: the PK (false) or its PK Perubahan (true). */
    final Select<Boolean> versi = new Select<>();
    final RadioButtonGroup<FormatBerkas> format = new RadioButtonGroup<>("Format");
    final Span status = new Span();
    final Paragraph keterangan = new Paragraph();
    final Anchor unduh;

    /** What the link prints now: set on the UI thread at every change, read by the download's request. */
    private int dimulai;
    private int diselesaikan;
    volatile Permintaan permintaan = new Permintaan(JenisLaporan.IKU, null, null, null, FormatBerkas.PDF);

    public LaporanView(AksesDinas akses, RenstraService renstra, LaporanService laporan, AlurPersetujuan alur, PkService pk) {
        super(akses);
        this.renstra = renstra;
        this.laporan = laporan;
        this.alur = alur;
        this.pk = pk;
        setId("laporan");

        jenis.setId("pilih-dokumen");
        jenis.setItems(JenisLaporan.values());
        jenis.setItemLabelGenerator(LaporanView::label);
        jenis.setValue(JenisLaporan.LAPORAN_KINERJA);
        jenis.setAllowCustomValue(false);
        jenis.setWidth("28rem");
        tahun.setId("pilih-tahun-laporan");
        tahun.setWidth("8rem");
        triwulan.setId("pilih-triwulan-laporan");
        triwulan.setLabel("Triwulan");
        triwulan.setItems(1, 2, 3, 4);
        triwulan.setItemLabelGenerator(Teks::tw);
        triwulan.setValue(4);
        triwulan.setWidth("8rem");
        versi.setId("pilih-versi-pk");
        versi.setLabel("Versi");
        versi.setItems(false, true);
        versi.setItemLabelGenerator(v -> v ? "PK Perubahan" : "PK");
        versi.setValue(false);
        versi.setWidth("12rem");
        format.setId("pilih-format");
        format.setItems(FormatBerkas.values());
        format.setItemLabelGenerator(f -> f == FormatBerkas.PDF ? "PDF" : "XLSX (Excel)");
        format.setValue(FormatBerkas.PDF);
        status.setId("status-laporan");
        keterangan.setId("keterangan-laporan");
        keterangan.addClassName("petunjuk");

        Button tombol = new Button("Unduh", VaadinIcon.DOWNLOAD.create());
        tombol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        tombol.setTabIndex(-1);
        unduh = new Anchor(DownloadHandler.fromInputStream(this::cetak), "");
        unduh.add(tombol);
        unduh.setId("unduh-laporan");
        unduh.getElement().setAttribute("download", true);
        unduh.getElement().addEventListener("click", e -> mulaiUnduh());
        addAttachListener(e -> e.getUI().addPollListener(p -> {
            if (diselesaikan >= dimulai) {
                p.getSource().setPollInterval(-1);
            }
        }));

        jenis.addValueChangeListener(e -> perbarui());
        tahun.addValueChangeListener(e -> perbarui());
        triwulan.addValueChangeListener(e -> perbarui());
        versi.addValueChangeListener(e -> perbarui());
        format.addValueChangeListener(e -> perbarui());
    }

    @Override
    protected void tampilkan(BeforeEnterEvent event) {
        SortedSet<Integer> tercakup = dinas.baca(renstra::tahunTercakup);
        int awal = TahunHalaman.awal(tercakup, Optional.empty());
        tahun.setItems(TahunHalaman.pilihan(tercakup, awal));
        tahun.setValue(awal);
        FormLayout form = new FormLayout();
        form.setAutoResponsive(false);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("40rem");
        form.add(jenis, tahun, triwulan, versi, format);
        status.getElement().getThemeList().add("badge");
        add(form, status, keterangan, unduh);
        perbarui();
    }

    private static String label(JenisLaporan j) {
        return j == JenisLaporan.RENJA ? "Renja" : j == JenisLaporan.RENSTRA ? "Renstra" : j.judul();
    }

    /** After every change: what the link will print, and whether that is final or a draft. */
    void perbarui() {
        if (dinas == null || jenis.getValue() == null) {
            return;
        }
        JenisLaporan j = jenis.getValue();
        triwulan.setVisible(j.pakaiTriwulan());
        versi.setVisible(j == JenisLaporan.PERJANJIAN_KINERJA);
        Integer th = tahun.getValue();
        Integer tw = j.pakaiTriwulan() ? triwulan.getValue() : null;
        boolean perubahan = j == JenisLaporan.PERJANJIAN_KINERJA && Boolean.TRUE.equals(versi.getValue());
        permintaan = new Permintaan(j, th, tw, null, format.getValue() == null ? FormatBerkas.PDF : format.getValue(), perubahan);
        Keadaan k = keadaan(j, th, tw, perubahan);
        status.setText(k.label());
        status.getElement().getThemeList().removeAll(List.of("success", "contrast"));
        status.getElement().getThemeList().add(k.label().isEmpty() ? "contrast" : k.fin() ? "success" : "contrast");
        status.setVisible(!k.label().isEmpty());
        keterangan.setText(k.teks());
        unduh.setEnabled((th != null || j.tahun() == JenisLaporan.Tahun.OPSIONAL) && !k.tertutup());
    }

    /** Whether the chosen document prints final figures, and why; {@code tertutup}: it cannot be printed yet. */
    record Keadaan(String label, boolean fin, String teks, boolean tertutup) {
        Keadaan(String label, boolean fin, String teks) {
            this(label, fin, teks, false);
        }
    }

    Keadaan keadaan(JenisLaporan j, @Nullable Integer th, @Nullable Integer tw) {
        return keadaan(j, th, tw, false);
    }

    Keadaan keadaan(JenisLaporan j, @Nullable Integer th, @Nullable Integer tw, boolean perubahan) {
        if (th == null) {
            return new Keadaan("", false, "Tanpa tahun: periode Renstra terakhir.");
        }
        if (j.pakaiTriwulan()) {
            int q = tw == null ? 4 : tw;
            StatusPersetujuan s = dinas.baca(() -> alur.status(th)).get(q - 1).status();
            return s == StatusPersetujuan.DIKUNCI
                    ? new Keadaan("Final", true, Teks.triwulan(q) + " " + th + " dikunci: angka sesuai saat penguncian.")
                    : new Keadaan("Draf", false, Teks.triwulan(q) + " " + th + " berstatus " + Teks.status(s).toLowerCase(
                    java.util.Locale.ROOT) + ", belum dikunci: angka dapat berubah.");
        }
        if (j == JenisLaporan.PERJANJIAN_KINERJA && perubahan) {
            if (!dinas.baca(() -> pk.ditandatangani(th))) {
                return new Keadaan("", false, "PK Perubahan mengubah PK yang sudah ditandatangani: tandatangani Perjanjian Kinerja "
                        + th + " lebih dahulu (halaman Persetujuan).", true);
            }
            return dinas.baca(() -> pk.ditandatangani(th, true))
                    ? new Keadaan("Final", true, "PK Perubahan " + th + " sudah ditandatangani.")
                    : new Keadaan("Draf", false, "PK Perubahan " + th + " belum ditandatangani: isinya dapat berubah.");
        }
        if (j == JenisLaporan.PERJANJIAN_KINERJA) {
            return dinas.baca(() -> pk.ditandatangani(th))
                    ? new Keadaan("Final", true, "Perjanjian Kinerja " + th + " sudah ditandatangani.")
                    : new Keadaan("Draf", false, "Perjanjian Kinerja " + th + " belum ditandatangani: isinya dapat berubah.");
        }
        return new Keadaan("", false, "Dokumen perencanaan: dicetak dari data saat ini.");
    }

    /**
     * The download's request: prints what {@link #permintaan} says, as the signed-in user in this dinas. A refusal
     * (no data for that year …) answers the request with an error and shows the service's message on the page.
     */
    private DownloadResponse cetak(DownloadEvent e) throws IOException {
        UI ui = e.getUI();
        try {
            Berkas b = berkas(permintaan);
            selesai(ui, null);
            return new DownloadResponse(new ByteArrayInputStream(b.isi()), b.nama(), b.mediaType(), b.isi().length);
        } catch (RuntimeException x) {
            List<Masalah> m = Masalah.dari(x).orElseThrow(() -> x);
            String teks = m.stream().map(Masalah::teks).collect(Collectors.joining("; "));
            selesai(ui, teks);
            return DownloadResponse.error(422, teks);
        }
    }

    /** Prints {@code p} in this dinas as the signed-in user (any thread; no transaction, no session lock held). */
    Berkas berkas(Permintaan p) {
        return dinas.baca(() -> laporan.buat(p));
    }

    /**
     * The page polls while a download it started is being printed (there is no push), so that a refusal shows at once;
     * each finished download counts one, and polling stops when every started one has finished.
     */
    private void mulaiUnduh() {
        dimulai++;
        UI.getCurrent().setPollInterval(700);
    }

    private void selesai(@Nullable UI ui, @Nullable String galat) {
        if (ui == null) {
            return;
        }
        ui.access(() -> {
            diselesaikan++;
            if (galat != null) {
                Pesan.galat("Laporan tidak dapat dicetak: " + galat);
            }
            if (diselesaikan >= dimulai) {
                ui.setPollInterval(-1);
            }
        });
    }
}
