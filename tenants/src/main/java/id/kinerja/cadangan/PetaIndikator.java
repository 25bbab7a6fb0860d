package id.kinerja.cadangan;

import id.kinerja.indikator.Indikator;
import id.kinerja.indikator.IndikatorService;
import id.kinerja.pertukaran.dokumen.Dokumen;
import id.kinerja.renstra.Periode;
import id.kinerja.renstra.RenstraService;
import id.kinerja.renstra.Simpul;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Indicators by their {@link Manifest.AlamatIndikator}: in the current tenant (periods by start year and id, siblings and
 * indicators by order and id, as the export writes them), or in an exchange document (its own order, which the import
 * keeps).
 */
final class PetaIndikator {

    private PetaIndikator() {
    }

    /** The current tenant's indicators, by id and by address key. */
    static Map<Long, Manifest.AlamatIndikator> dariDinas(RenstraService renstra, IndikatorService indikator) {
        Map<Long, Manifest.AlamatIndikator> out = new HashMap<>();
        List<Periode> periode = renstra.daftarPeriode();
        for (int p = 0; p < periode.size(); p++) {
            long pid = periode.get(p).id();
            List<Simpul> simpul = renstra.pohon(pid);
            Map<Long, List<Indikator>> perSimpul = new HashMap<>();
            indikator.diPeriode(pid).forEach(i -> perSimpul.computeIfAbsent(i.simpulId(), k -> new ArrayList<>()).add(i));
            jalan(p, simpul, null, "", perSimpul, out);
        }
        return out;
    }

    private static void jalan(int p, List<Simpul> semua, Long induk, String awalan, Map<Long, List<Indikator>> perSimpul,
                              Map<Long, Manifest.AlamatIndikator> out) {
        List<Simpul> anak = semua.stream().filter(s -> Objects.equals(s.parentId(), induk))
                .sorted(Comparator.comparingInt(Simpul::urutan).thenComparing(Simpul::id)).toList();
        for (int k = 0; k < anak.size(); k++) {
            Simpul s = anak.get(k);
            String jalur = awalan.isEmpty() ? String.valueOf(k) : awalan + "." + k;
            List<Indikator> ind = perSimpul.getOrDefault(s.id(), List.of()).stream()
                    .sorted(Comparator.comparingInt(Indikator::urutan).thenComparing(Indikator::id)).toList();
            for (int i = 0; i < ind.size(); i++) {
                out.put(ind.get(i).id(), new Manifest.AlamatIndikator(p, jalur, i, ind.get(i).kode()));
            }
            jalan(p, semua, s.id(), jalur, perSimpul, out);
        }
    }

    /** The document's indicator codes by address key. */
    static Map<String, String> dariDokumen(Dokumen dokumen) {
        Map<String, String> out = new HashMap<>();
        List<Dokumen.Period> periode = dokumen.periods() == null ? List.of() : dokumen.periods();
        for (int p = 0; p < periode.size(); p++) {
            jalan(p, periode.get(p).tujuan(), "", out);
        }
        return out;
    }

    private static void jalan(int p, List<Dokumen.Node> simpul, String awalan, Map<String, String> out) {
        if (simpul == null) {
            return;
        }
        for (int k = 0; k < simpul.size(); k++) {
            Dokumen.Node n = simpul.get(k);
            String jalur = awalan.isEmpty() ? String.valueOf(k) : awalan + "." + k;
            List<Dokumen.Indicator> ind = n.indicators() == null ? List.of() : n.indicators();
            for (int i = 0; i < ind.size(); i++) {
                out.put(p + "/" + jalur + "/" + i, ind.get(i).code().strip());
            }
            // a node has the children of its level only; the others are null
            jalan(p, Stream.of(n.sasaran(), n.programs(), n.kegiatan(), n.subKegiatan()).filter(Objects::nonNull)
                    .flatMap(List::stream).toList(), jalur, out);
        }
    }
}
