package id.kinerja.laporan;

import id.kinerja.capaian.DataKinerja;
import id.kinerja.indikator.Indikator;
import id.kinerja.indikator.Komponen;
import id.kinerja.renstra.Simpul;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The framework of a period as the documents walk it: a node's children and indicators in their order, an
 * indicator's components, the texts of an indicator or node by id (the capaian tree, or a locked quarter's
 * snapshot of it, carries the numbers; these carry the words printed beside them).
 */
public final class Kerangka {

    private final Map<Long, List<Simpul>> anak = new HashMap<>();
    private final Map<Long, List<Indikator>> indikator = new HashMap<>();
    private final Map<Long, List<Komponen>> komponen = new HashMap<>();
    private final Map<Long, Indikator> indikatorById = new HashMap<>();
    private final Map<Long, Simpul> simpulById = new HashMap<>();

    public Kerangka(DataKinerja data) {
        for (Simpul s : data.simpul()) {
            anak.computeIfAbsent(s.parentId() == null ? 0L : s.parentId(), k -> new ArrayList<>()).add(s);
            simpulById.put(s.id(), s);
        }
        anak.values().forEach(l -> l.sort(Comparator.comparingInt(Simpul::urutan).thenComparing(Simpul::id)));
        for (Indikator i : data.indikator()) {
            indikator.computeIfAbsent(i.simpulId(), k -> new ArrayList<>()).add(i);
            indikatorById.put(i.id(), i);
        }
        indikator.values().forEach(l -> l.sort(Comparator.comparingInt(Indikator::urutan).thenComparing(Indikator::id)));
        for (Komponen k : data.komponen()) {
            komponen.computeIfAbsent(k.indikatorId(), x -> new ArrayList<>()).add(k);
        }
        komponen.values().forEach(l -> l.sort(Comparator.comparingInt(Komponen::urutan)));
    }

    /** The tujuan of the period, in order. */
    public List<Simpul> tujuan() {
        return anak.getOrDefault(0L, List.of());
    }

    public List<Simpul> anak(Simpul s) {
        return anak.getOrDefault(s.id(), List.of());
    }

    public List<Indikator> indikator(Simpul s) {
        return indikator.getOrDefault(s.id(), List.of());
    }

    @Nullable
    public Indikator indikator(long id) {
        return indikatorById.get(id);
    }

    @Nullable
    public Simpul simpul(long id) {
        return simpulById.get(id);
    }

    /**
     * The computable formula as printed under the formula text, with its components named:
     * {@code Rumus: jumlah_rat / jumlah × 100} and one line per component; null without a formula.
     */
    @Nullable
    public String rumus(Indikator i) {
        if (i.formula() == null) {
            return null;
        }
        StringBuilder s = new StringBuilder("Rumus: ").append(i.formula().replace("*", "\u00d7"));
        for (Komponen k : komponen.getOrDefault(i.id(), List.of())) {
            s.append('\n').append(k.nama()).append(" = ").append(k.label());
            if (k.satuan() != null) {
                s.append(" (").append(k.satuan()).append(')');
            }
        }
        return s.toString();
    }

    /** The unit responsible for an indicator: its own, else its node's. */
    @Nullable
    public String penanggungJawab(Indikator i) {
        if (i.unitKerja() != null) {
            return i.unitKerja();
        }
        Simpul s = simpulById.get(i.simpulId());
        return s == null ? null : s.unitKerja();
    }
}
