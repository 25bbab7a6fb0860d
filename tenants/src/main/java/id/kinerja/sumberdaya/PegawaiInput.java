package id.kinerja.sumberdaya;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A row of the staff composition, as written through the API (the rows of a year are replaced together). */
@Serdeable
public record PegawaiInput(
        @NotBlank(message = "wajib diisi") @Size(max = 200, message = "paling banyak 200 karakter") String jabatan,
        @Min(value = 0, message = "tidak boleh negatif") @Max(value = 100000, message = "terlalu besar") int lakiLaki,
        @Min(value = 0, message = "tidak boleh negatif") @Max(value = 100000, message = "terlalu besar") int perempuan,
        @Min(value = 0, message = "tidak boleh negatif") @Max(value = 100000, message = "terlalu besar") int pns,
        @Min(value = 0, message = "tidak boleh negatif") @Max(value = 100000, message = "terlalu besar") int pppk,
        @Min(value = 0, message = "tidak boleh negatif") @Max(value = 100000, message = "terlalu besar") int kontrak,
        @Min(value = 0, message = "tidak boleh negatif") @Max(value = 100000, message = "terlalu besar") int sd,
        @Min(value = 0, message = "tidak boleh negatif") @Max(value = 100000, message = "terlalu besar") int smp,
        @Min(value = 0, message = "tidak boleh negatif") @Max(value = 100000, message = "terlalu besar") int sma,
        @Min(value = 0, message = "tidak boleh negatif") @Max(value = 100000, message = "terlalu besar") int diploma,
        @Min(value = 0, message = "tidak boleh negatif") @Max(value = 100000, message = "terlalu besar") int s1,
        @Min(value = 0, message = "tidak boleh negatif") @Max(value = 100000, message = "terlalu besar") int s2,
        @Min(value = 0, message = "tidak boleh negatif") @Max(value = 100000, message = "terlalu besar") int s3) {
}
