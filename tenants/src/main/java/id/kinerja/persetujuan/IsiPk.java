package id.kinerja.persetujuan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The content of a Perjanjian Kinerja: the two signatories, the sasaran with their indicators and PK targets,
 * the programs with their budgets and funding sources, and the total. {@code perubahan}: the PK Perubahan of the year,
 * whose targets are the PK_PERUBAHAN ones (an indicator without one keeps its PK target).
 */
@Serdeable
public record IsiPk(
        int tahun,
        boolean ditandatangani,
        @Nullable Instant ditandatanganiPada,
        @Nullable String ditandatanganiOleh,
        Pihak pihakPertama,
        Pihak pihakKedua,
        List<Sasaran> sasaran,
        List<Program> program,
        @Nullable BigDecimal jumlahAnggaran,
        boolean perubahan) {

    @Serdeable
    public record Pihak(@Nullable String nama, @Nullable String jabatan, @Nullable String pangkat, @Nullable String nip,
                        boolean plt) {
    }

    @Serdeable
    public record Sasaran(String kodeSasaran, String sasaran, String kodeIndikator, String indikator, @Nullable String satuan,
                          BigDecimal target) {
    }

    @Serdeable
    public record Program(String kode, String nama, @Nullable BigDecimal anggaran, List<String> sumberDana) {
    }
}
