package id.kinerja.common;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What a bulk write did: how many rows it saved (created or changed) and deleted, and the ids of the rows it
 * created, in the order of the request, so a script can go on with them without reading the list back.
 */
@Serdeable
public record HasilSimpan(int disimpan, int dihapus, List<Long> dibuat) {

    public HasilSimpan {
        dibuat = List.copyOf(dibuat);
    }
}
