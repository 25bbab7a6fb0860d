package id.kinerja.sumberdaya;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The staff of one jabatan in a year, counted by sex, by status (PNS, PPPK, kontrak) and by education
 * ({@code diploma}: D1–D3; {@code s1}: S1 and D4). Each of the three counts the same people.
 */
@Serdeable
@MappedEntity("komposisi_pegawai")
public record KomposisiPegawai(
        @Id @GeneratedValue @Nullable Long id,
        int tahun,
        int urutan,
        String jabatan,
        int lakiLaki,
        int perempuan,
        int pns,
        int pppk,
        int kontrak,
        int sd,
        int smp,
        int sma,
        int diploma,
        int s1,
        int s2,
        int s3,
        @Version @Nullable Long version) {

    public int jumlah() {
        return lakiLaki + perempuan;
    }
}
