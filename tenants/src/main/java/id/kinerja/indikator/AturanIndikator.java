package id.kinerja.indikator;

import id.kinerja.common.Pemeriksaan;
import id.kinerja.rumus.Rumus;
import id.kinerja.rumus.RumusTidakValidException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of an indicator's definition, in one place: component names a formula can use, each once, and a
 * formula that reads only those components.
 */
public final class AturanIndikator {

    private AturanIndikator() {
    }

    /** Every problem of {@code input}, at {@code komponen[i].nama} and {@code formula}; returns the component names. */
    public static Set<String> periksa(IndikatorInput input, Pemeriksaan p) {
        List<KomponenInput> daftar = input.komponen() == null ? List.of() : input.komponen();
        Set<String> nama = new LinkedHashSet<>();
        for (int i = 0; i < daftar.size(); i++) {
            if (daftar.get(i).nama() == null) {
                continue; // the command's own constraint says so
            }
            String n = daftar.get(i).nama().strip();
            try {
                Rumus.periksaNamaKomponen(n);
            } catch (RumusTidakValidException e) {
                p.tambah("komponen[" + i + "].nama", e.getMessage());
            }
            if (!nama.add(n)) {
                p.tambah("komponen[" + i + "].nama", "nama komponen '" + n + "' ganda");
            }
        }
        if (input.formula() != null && !input.formula().isBlank()) {
            try {
                Rumus.parse(input.formula(), nama);
            } catch (RumusTidakValidException e) {
                p.tambah("formula", e.getMessage());
            }
        }
        return nama;
    }
}
