package id.kinerja.server.api;

import id.kinerja.pengguna.Izin;
import id.kinerja.persetujuan.AlurPersetujuan;
import id.kinerja.persetujuan.AlurPersetujuan.StatusTriwulan;
import id.kinerja.persetujuan.IsiPk;
import id.kinerja.persetujuan.PkService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The approval of a quarter, step by step, and the Perjanjian Kinerja of a year. */
@Controller("/api/t/{slug}")
final class PersetujuanController {

    private final AlurPersetujuan alur;
    private final PkService pk;

    PersetujuanController(AlurPersetujuan alur, PkService pk) {
        this.alur = alur;
        this.pk = pk;
    }

    @Akses(Izin.BACA)
    @Get("/persetujuan")
    List<StatusTriwulan> statusPersetujuan(String slug, @QueryValue int tahun) {
        return alur.status(tahun);
    }

    /** DRAF → DIAJUKAN, by an editor. */
    @Akses(Izin.UBAH_DATA)
    @Post("/persetujuan/{tahun}/{triwulan}/ajukan")
    StatusTriwulan ajukanTriwulan(String slug, int tahun, int triwulan) {
        return alur.ajukan(tahun, triwulan);
    }

    /** DIAJUKAN → DIVERIFIKASI, by a reviewer. */
    @Akses(Izin.PERIKSA)
    @Post("/persetujuan/{tahun}/{triwulan}/verifikasi")
    StatusTriwulan verifikasiTriwulan(String slug, int tahun, int triwulan) {
        return alur.verifikasi(tahun, triwulan);
    }

    /** DIVERIFIKASI → DIKUNCI, by the dinas admin; the capaian tree is kept as it stands. */
    @Akses(Izin.KUNCI)
    @Post("/persetujuan/{tahun}/{triwulan}/kunci")
    StatusTriwulan kunciTriwulan(String slug, int tahun, int triwulan) {
        return alur.kunci(tahun, triwulan);
    }

    /** DIAJUKAN or DIVERIFIKASI → DRAF, with a reason. */
    @Akses(Izin.KEMBALIKAN)
    @Post("/persetujuan/{tahun}/{triwulan}/kembalikan")
    StatusTriwulan kembalikanTriwulan(String slug, int tahun, int triwulan, @Body Alasan alasan) {
        return alur.kembalikan(tahun, triwulan, alasan.alasan());
    }

    /** DIKUNCI → DRAF, with a reason (audited). */
    @Akses(Izin.KUNCI)
    @Post("/persetujuan/{tahun}/{triwulan}/buka")
    StatusTriwulan bukaTriwulan(String slug, int tahun, int triwulan, @Body Alasan alasan) {
        return alur.buka(tahun, triwulan, alasan.alasan());
    }

    /** The signed Perjanjian Kinerja of the year, or the draft the framework gives today. */
    @Akses(Izin.BACA)
    @Get("/pk/{tahun}")
    IsiPk bacaPk(String slug, int tahun) {
        return pk.baca(tahun);
    }

    /** Signs the PK: its targets and budgets are frozen; later changes are PK Perubahan targets. */
    @Akses(Izin.KUNCI)
    @Post("/pk/{tahun}/tandatangani")
    IsiPk tandatanganiPk(String slug, int tahun) {
        return pk.tandatangani(tahun);
    }

    /** The PK Perubahan of the year (signed, or the draft from the PK_PERUBAHAN targets); 409 while the PK is not signed. */
    @Akses(Izin.BACA)
    @Get("/pk/{tahun}/perubahan")
    IsiPk bacaPkPerubahan(String slug, int tahun) {
        return pk.baca((Long) null, tahun, true);
    }

    /** Signs the PK Perubahan: needs the year's PK signed and a PK_PERUBAHAN target; these are frozen afterwards. */
    @Akses(Izin.KUNCI)
    @Post("/pk/{tahun}/perubahan/tandatangani")
    IsiPk tandatanganiPerubahan(String slug, int tahun) {
        return pk.tandatangani(tahun, true);
    }

    @Serdeable
    record Alasan(@Nullable String alasan) {
    }
}
