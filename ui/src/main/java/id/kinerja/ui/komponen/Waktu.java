package id.kinerja.ui.komponen;

import id.kinerja.laporan.FormatIndonesia;
import id.kinerja.laporan.mesin.Mesin;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** A moment as the dinas reads it: Jakarta time (WIB), {@code 2 Desember 2026 14.05}; the days of a date range. */
public final class Waktu {

    private static final DateTimeFormatter JAM = DateTimeFormatter.ofPattern("HH.mm");

    private Waktu() {
    }

    public static String tulis(@Nullable Instant waktu) {
        if (waktu == null) {
            return "—";
        }
        ZonedDateTime z = waktu.atZone(Mesin.JAKARTA);
        return FormatIndonesia.tanggal(z.toLocalDate()) + " " + JAM.format(z);
    }

    /** The first moment of {@code hari} in Jakarta; null stays null. */
    @Nullable
    public static Instant awalHari(@Nullable LocalDate hari) {
        return hari == null ? null : hari.atStartOfDay(Mesin.JAKARTA).toInstant();
    }

    /** The first moment after {@code hari} in Jakarta (an exclusive end that includes the whole day); null stays null. */
    @Nullable
    public static Instant akhirHari(@Nullable LocalDate hari) {
        return hari == null ? null : hari.plusDays(1).atStartOfDay(Mesin.JAKARTA).toInstant();
    }
}
