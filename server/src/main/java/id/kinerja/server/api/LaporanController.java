package id.kinerja.server.api;

import id.kinerja.common.InvalidInputException;
import id.kinerja.common.NotFoundException;
import id.kinerja.laporan.Berkas;
import id.kinerja.laporan.FormatBerkas;
import id.kinerja.laporan.JenisLaporan;
import id.kinerja.laporan.LaporanService;
import id.kinerja.laporan.Permintaan;
import id.kinerja.pengguna.Izin;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The printed documents of a dinas (IKU, Perjanjian Kinerja, Rencana Aksi, Renstra and Renja matrices) as PDF or
 * XLSX, and the list of them with their parameters. {@link LaporanService} loads the data in the services' own short
 * read transactions and renders afterwards, holding no connection; this controller opens no transaction.
 */
@Controller("/api/t/{slug}/laporan")
final class LaporanController {

    private final LaporanService laporan;

    LaporanController(LaporanService laporan) {
        this.laporan = laporan;
    }

    /** Every document this dinas can print, with the parameters it takes. */
    @Akses(Izin.BACA)
    @Get
    List<JenisInfo> daftarLaporan(String slug) {
        return Arrays.stream(JenisLaporan.values()).map(j -> JenisInfo.dari(slug, j)).toList();
    }

    /**
     * One document as a file ({@code Content-Disposition: attachment}, e.g. {@code IKU-lumajang-diskopukmperindag-2025.pdf}).
     *
     * @param jenis    iku, perjanjian-kinerja, rencana-aksi, renstra or renja
     * @param tahun    the year (required for perjanjian-kinerja, rencana-aksi and renja; for iku and renstra it picks the period)
     * @param triwulan rencana-aksi only: 1–4, up to which quarter (default 4)
     * @param periode  the Renstra period's id (default: the one whose years include {@code tahun}, else the latest)
     * @param format   pdf (default) or xlsx
     * @param versi    perjanjian-kinerja only: pk (default) or perubahan (the PK Perubahan of the year, once its PK is signed)
     */
    @Akses(Izin.BACA)
    @Get(value = "/{jenis}", produces = {MediaType.APPLICATION_PDF, Unduhan.XLSX, MediaType.APPLICATION_JSON})
    HttpResponse<byte[]> cetakLaporan(String slug, String jenis, @QueryValue @Nullable Integer tahun, @QueryValue @Nullable Integer triwulan,
                               @QueryValue @Nullable Long periode, @QueryValue @Nullable String format,
                               @QueryValue @Nullable String versi) {
        JenisLaporan j = JenisLaporan.dariNama(jenis).orElseThrow(() -> new NotFoundException("Laporan '" + jenis
                + "' tidak dikenal; pilih salah satu: " + String.join(", ", JenisLaporan.semuaNama())));
        Berkas b = laporan.buat(new Permintaan(j, tahun, triwulan, periode, format(format), perubahan(versi)));
        return Unduhan.berkas(b.isi(), b.mediaType(), b.nama());
    }

    private static FormatBerkas format(@Nullable String format) {
        if (format == null || format.isBlank()) {
            return FormatBerkas.PDF;
        }
        return Arrays.stream(FormatBerkas.values()).filter(f -> f.ekstensi().equals(format.strip().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new InvalidInputException("format", "harus pdf atau xlsx, bukan '" + format + "'"));
    }

    private static boolean perubahan(@Nullable String versi) {
        String v = versi == null ? "" : versi.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "pk" -> false;
            case "perubahan" -> true;
            default -> throw new InvalidInputException("versi", "harus pk atau perubahan, bukan '" + versi + "'");
        };
    }

    /** A document in the list: its name in the URL, its title, where to get it and what it takes. */
    @Serdeable
    record JenisInfo(String jenis, String judul, String url, List<Parameter> parameter) {

        static JenisInfo dari(String slug, JenisLaporan j) {
            List<Parameter> p = new ArrayList<>();
            p.add(j.tahun() == JenisLaporan.Tahun.WAJIB
                    ? new Parameter("tahun", true, "tahun dokumen, 1990–2100")
                    : new Parameter("tahun", false, "memilih periode Renstra yang mencakup tahun ini; tanpa tahun: periode terakhir"));
            if (j.pakaiTriwulan()) {
                p.add(new Parameter("triwulan", false, "1–4: target dan realisasi s.d. triwulan ini (bawaan 4)"));
            }
            if (j == JenisLaporan.PERJANJIAN_KINERJA) {
                p.add(new Parameter("versi", false, "pk (bawaan) atau perubahan: PK Perubahan tahun itu, setelah PK-nya ditandatangani"));
            }
            p.add(new Parameter("periode", false, "id periode Renstra (bawaan: periode yang mencakup tahun)"));
            p.add(new Parameter("format", false, "pdf (bawaan) atau xlsx"));
            return new JenisInfo(j.nama(), j.judul(), "/api/t/" + slug + "/laporan/" + j.nama(), p);
        }
    }

    @Serdeable
    record Parameter(String nama, boolean wajib, String keterangan) {
    }
}
