package id.kinerja.ui.pendaftaran;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import id.kinerja.common.DitolakException;
import id.kinerja.pendaftaran.DaftarMassal;
import id.kinerja.pendaftaran.PendaftaranMassal;
import id.kinerja.ui.dinas.AdminProvinsi;
import id.kinerja.ui.komponen.JudulHalaman;
import id.kinerja.ui.komponen.Pesan;
import id.kinerja.ui.komponen.TeksUnggah;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Bulk onboarding for the provincial admin: download the list to fill, upload it, and watch the job (a progress bar
 * polled every half second, the dinas being made now) and its failed and skipped rows with their reasons. The job runs
 * in the background ({@link PendaftaranMassal}): leaving the page does not stop it.
 */
@Route("dinas/baru/massal")
@PageTitle("Daftarkan dinas massal · Kinerja")
@RolesAllowed("PROVINSI")
@Prototype
public class PendaftaranMassalView extends VerticalLayout {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int SELANG_MS = 500;

    /** A row of the table: a failed or skipped row of the list. */
    record Baris(int nomor, @Nullable String slug, boolean gagal, String alasan) {
    }

    private final PendaftaranMassal massal;

    final Upload unggah = new Upload();
    final Span statusBerkas = new Span();
    final ProgressBar kemajuan = new ProgressBar();
    final Span teksKemajuan = new Span();
    final Span ringkasan = new Span();
    final Grid<Baris> grid = new Grid<>();
    private final Div blokKemajuan = new Div();
    @Nullable String pekerjaan;
    @Nullable private Registration polling;

    public PendaftaranMassalView(PendaftaranMassal massal) {
        this.massal = massal;
        setId("pendaftaran-massal");
        addClassName("halaman");

        JudulHalaman judul = new JudulHalaman();
        judul.setJudul("Daftarkan dinas massal", "Dinas");
        Button satu = new Button("Satu dinas", VaadinIcon.PLUS.create(), e -> getUI().ifPresent(ui -> ui.navigate("dinas/baru")));
        satu.setId("satu-dinas");
        judul.aksi(satu);

        Paragraph penjelasan = new Paragraph("Satu baris per dinas dengan kolom slug, nama, wilayah, jenis (kabupaten, kota atau "
                + "provinsi) dan template (slug dinas yang kerangkanya disalin; kosongkan untuk dinas kosong); kolom provinsi boleh "
                + "ditambahkan. Berkas XLSX atau CSV, paling banyak " + angka(DaftarMassal.BATAS_BARIS) + " baris dan 2 MB. Baris yang "
                + "salah tidak menghentikan baris lain; dinas yang sudah ada dilewati, sehingga berkas yang sama dapat diunggah ulang.");
        penjelasan.addClassName("petunjuk");
        penjelasan.setMaxWidth("52rem");

        Anchor templat = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] xlsx = DaftarMassal.templatXlsx(null);
            return new DownloadResponse(new ByteArrayInputStream(xlsx), "daftar-dinas.xlsx", XLSX, xlsx.length);
        }), "Unduh templat daftar dinas (.xlsx)");
        templat.setId("unduh-templat-massal");
        templat.getElement().setAttribute("download", true);

        unggah.setId("unggah-daftar");
        unggah.setMaxFiles(1);
        unggah.setMaxFileSize(DaftarMassal.BATAS_BYTE);
        unggah.setAcceptedFileTypes(".xlsx", ".csv", XLSX, "text/csv");
        unggah.setI18n(TeksUnggah.i18n("Pilih daftar dinas…", "Satu berkas saja", "Berkas terlalu besar (paling besar 2 MB)",
                "Hanya berkas .xlsx atau .csv"));
        unggah.setUploadHandler(UploadHandler.inMemory((meta, data) -> terima(meta.fileName(), data)));
        unggah.addFileRejectedListener(e -> Pesan.galat(e.getErrorMessage()));
        unggah.addAllFinishedListener(e -> unggah.clearFileList());
        statusBerkas.setId("status-berkas");
        statusBerkas.addClassName("status-berkas");

        kemajuan.setId("kemajuan-massal");
        kemajuan.setWidth("32rem");
        teksKemajuan.setId("teks-kemajuan");
        ringkasan.setId("ringkasan-massal");
        blokKemajuan.add(teksKemajuan, kemajuan, ringkasan);
        blokKemajuan.setVisible(false);

        grid.setId("grid-masalah");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Baris::nomor).setHeader("Baris").setWidth("5rem").setFlexGrow(0);
        grid.addColumn(b -> b.slug() == null ? "" : b.slug()).setHeader("Slug").setWidth("16rem").setFlexGrow(1);
        grid.addComponentColumn(b -> lencana(b.gagal() ? "Gagal" : "Dilewati", b.gagal() ? "error" : "contrast"))
                .setHeader("Hasil").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(Baris::alasan).setHeader("Alasan").setFlexGrow(3);
        grid.setEmptyStateText("Belum ada baris yang gagal atau dilewati.");
        grid.setAllRowsVisible(true);
        grid.setMaxWidth("64rem");
        grid.setVisible(false);

        HorizontalLayout berkas = new HorizontalLayout(unggah, statusBerkas);
        berkas.setAlignItems(Alignment.CENTER);
        add(judul, penjelasan, templat, berkas, blokKemajuan, grid);
    }

    /** An uploaded list: a bad file is said beside the upload; a good one starts its job, followed from here. */
    void terima(String namaFile, byte[] data) {
        PendaftaranMassal.Keadaan k;
        try {
            k = AdminProvinsi.jalankan(() -> massal.mulai(namaFile, data));
        } catch (DitolakException e) {
            String alasan = e.butir().isEmpty() ? e.getMessage() : e.butir().getFirst().alasan();
            statusBerkas.setText(namaFile + " ditolak: " + alasan);
            statusBerkas.getElement().getThemeList().set("galat", true);
            return;
        }
        statusBerkas.setText(namaFile + " diterima: " + angka(k.total()) + " dinas");
        statusBerkas.getElement().getThemeList().set("galat", false);
        pekerjaan = k.id();
        tampilkan(k);
        getUI().ifPresent(this::ikuti);
    }

    @Override
    protected void onAttach(AttachEvent e) {
        if (pekerjaan != null) {
            ikuti(e.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent e) {
        berhenti(e.getUI());
    }

    private void ikuti(UI ui) {
        berhenti(ui);
        ui.setPollInterval(SELANG_MS);
        polling = ui.addPollListener(e -> perbarui());
    }

    private void berhenti(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    /** Reads the job again; once done, stops polling and says how it went. */
    void perbarui() {
        if (pekerjaan == null) {
            return;
        }
        PendaftaranMassal.Keadaan k = massal.keadaan(pekerjaan).orElse(null);
        if (k == null) {
            getUI().ifPresent(this::berhenti);
            return;
        }
        tampilkan(k);
        if (k.status() == PendaftaranMassal.Status.SELESAI) {
            getUI().ifPresent(this::berhenti);
            if (k.gagal().isEmpty()) {
                Pesan.berhasil("Selesai: " + angka(k.dibuat()) + " dinas dibuat");
            } else if (k.dibuat() > 0) {
                Pesan.peringatan("Selesai: " + angka(k.dibuat()) + " dinas dibuat, " + angka(k.gagal().size())
                        + " baris gagal (alasannya di tabel)");
            } else {
                Pesan.galat("Selesai: tidak ada dinas dibuat, " + angka(k.gagal().size()) + " baris gagal (alasannya di tabel)");
            }
        }
    }

    void tampilkan(PendaftaranMassal.Keadaan k) {
        blokKemajuan.setVisible(true);
        kemajuan.setMin(0);
        kemajuan.setMax(Math.max(1, k.total()));
        kemajuan.setValue(k.selesai());
        String keadaan = switch (k.status()) {
            case MENUNGGU -> "Menunggu giliran";
            case BERJALAN -> k.sedang() == null ? "Berjalan" : "Sedang membuat " + k.sedang();
            case SELESAI -> "Selesai dalam " + detik(k.durasiMs());
        };
        teksKemajuan.setText(angka(k.selesai()) + " dari " + angka(k.total()) + " baris · " + keadaan);
        ringkasan.setText("Dibuat " + angka(k.dibuat()) + " · Gagal " + angka(k.gagal().size()) + " · Dilewati "
                + angka(k.dilewati().size()));
        List<Baris> baris = Stream.concat(k.gagal().stream().map(m -> new Baris(m.baris(), m.slug(), true, m.alasan())),
                        k.dilewati().stream().map(m -> new Baris(m.baris(), m.slug(), false, m.alasan())))
                .sorted(Comparator.comparingInt(Baris::nomor)).toList();
        grid.setItems(baris);
        grid.setVisible(true);
    }

    private static Span lencana(String teks, String tema) {
        Span s = new Span(teks);
        s.getElement().getThemeList().add("badge " + tema);
        return s;
    }

    private static String angka(long n) {
        return String.format(java.util.Locale.of("id", "ID"), "%,d", n);
    }

    private static String detik(long ms) {
        return String.format(java.util.Locale.of("id", "ID"), "%,.1f detik", ms / 1000.0);
    }
}
