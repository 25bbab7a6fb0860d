package id.kinerja.pertukaran;

import id.kinerja.pertukaran.dokumen.Dokumen;
import id.kinerja.pertukaran.dokumen.DokumenTidakValidException;
import id.kinerja.pertukaran.dokumen.Galat;
import id.kinerja.pertukaran.dokumen.PohonDokumen;
import id.kinerja.pertukaran.dokumen.SkemaDokumen;
import id.kinerja.pertukaran.dokumen.VersiDokumen;
import id.kinerja.pertukaran.excel.Excel;
import id.kinerja.pertukaran.excel.ExcelTidakValidException;

import id.kinerja.renstra.Tingkat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reading, importing and exporting exchange documents. A document is checked against the JSON Schema first
 * (every violation, with its path), then against the domain's rules; only a document without problems is
 * written, in one transaction.
 */
@Singleton
public class Pertukaran {

    private final JsonMapper json;
    private final Impor impor;
    private final Ekspor ekspor;

    Pertukaran(JsonMapper json, Impor impor, Ekspor ekspor) {
        this.json = json;
        this.impor = impor;
        this.ekspor = ekspor;
    }

    /**
     * Parses and checks a JSON exchange document; {@link DokumenTidakValidException} lists every problem. A
     * version 1 document is checked against its own schema and read as version 2.
     */
    public Dokumen baca(byte[] isi) {
        String text = new String(isi, StandardCharsets.UTF_8);
        List<Galat> skema = SkemaDokumen.periksa(text);
        if (!skema.isEmpty()) {
            throw new DokumenTidakValidException(skema);
        }
        Dokumen dokumen;
        try {
            dokumen = json.readValue(VersiDokumen.naikkan(text, isi), Dokumen.class);
        } catch (IOException e) {
            // the schema has passed, so this is a value Kinerja's strict reading refuses (a NUL character, a date)
            throw new DokumenTidakValidException(List.of(e instanceof io.micronaut.serde.exceptions.SerdeException s
                    ? new Galat(id.kinerja.common.JsonKetat.jalur(s), s.getMessage().lines().findFirst().orElse("tidak valid"))
                    : new Galat("", SkemaDokumen.bukanJson(e))));
        }
        List<Galat> aturan = impor.periksa(dokumen);
        if (!aturan.isEmpty()) {
            throw new DokumenTidakValidException(aturan);
        }
        return dokumen;
    }

    /** Imports into the current tenant: all of it, or (on any problem) nothing. */
    public Impor.Ringkasan impor(Dokumen dokumen, Impor.Mode mode) {
        return impor.impor(dokumen, mode);
    }

    public Dokumen ekspor(@Nullable Dokumen.Tenant tenant) {
        return ekspor.ekspor(tenant);
    }

    /** Reads a filled workbook and checks it like a JSON document; problems are named by sheet, row and column. */
    public Dokumen bacaExcel(byte[] xlsx) {
        Excel.Bacaan bacaan = Excel.baca(xlsx);
        List<Galat> aturan = new java.util.ArrayList<>(SkemaDokumen.periksa(new String(json(bacaan.dokumen()), StandardCharsets.UTF_8)));
        aturan.addAll(impor.periksa(bacaan.dokumen()));
        if (!aturan.isEmpty()) {
            throw new ExcelTidakValidException(aturan.stream().map(bacaan::diSel).toList());
        }
        return bacaan.dokumen();
    }

    public byte[] excel(Dokumen dokumen) {
        return Excel.tulis(dokumen);
    }

    public byte[] templateExcel() {
        return Excel.template();
    }

    public byte[] json(Dokumen dokumen) {
        try {
            return json.writeValueAsBytes(dokumen);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What importing {@code dokumen} creates: periods, nodes, indicators, targets (null: an empty dinas). */
    public static Isi isi(@Nullable Dokumen dokumen) {
        int periode = 0;
        int simpul = 0;
        int indikator = 0;
        int target = 0;
        if (dokumen != null) {
            for (Dokumen.Period p : daftar(dokumen.periods())) {
                periode++;
                java.util.Deque<Object[]> antre = new java.util.ArrayDeque<>();
                daftar(p.tujuan()).forEach(n -> antre.add(new Object[]{n, Tingkat.TUJUAN}));
                while (!antre.isEmpty()) {
                    Object[] x = antre.poll();
                    Dokumen.Node n = (Dokumen.Node) x[0];
                    Tingkat t = (Tingkat) x[1];
                    simpul++;
                    for (Dokumen.Indicator i : daftar(n.indicators())) {
                        indikator++;
                        target += daftar(i.targets()).size() + daftar(i.quarterlyTargets()).size();
                    }
                    for (Dokumen.Node anak : PohonDokumen.anak(n, t)) {
                        antre.add(new Object[]{anak, t.bawah()});
                    }
                }
            }
        }
        return new Isi(periode, simpul, indikator, target);
    }

    private static <T> java.util.List<T> daftar(@Nullable java.util.List<T> l) {
        return l == null ? java.util.List.of() : l;
    }

    /** Counts of what a document holds: Renstra periods, framework nodes, indicators, target values. */
    public record Isi(int periode, int simpul, int indikator, int target) {
    }
}
