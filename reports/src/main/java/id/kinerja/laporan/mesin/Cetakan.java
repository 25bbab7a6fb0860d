package id.kinerja.laporan.mesin;

import java.util.List;
import java.util.Map;

/**
 * What one document is filled with: its compiled template's name, its parameters (records and texts already
 * formatted where a person reads them) and its rows (records, read by {@link Rekaman}). Built by a document's
 * assembler from data loaded in one read transaction; holds nothing tied to the database.
 *
 * @param templat   the template's name, e.g. {@code iku} for {@code templat/iku.jasper}
 * @param judul     the PDF's title (metadata)
 * @param pengarang the PDF's author: the dinas
 * @param berkas    the file name without extension, e.g. {@code IKU-lumajang-diskopukmperindag-2025}
 * @param subreport the document's own sub-report templates, handed to the fill as parameters named in capitals
 *                  ({@code pk-sasaran} → {@code PK_SASARAN})
 */
public record Cetakan(String templat, String judul, String pengarang, String berkas, Map<String, Object> parameter,
                      List<?> baris, List<String> subreport) {

    public Cetakan {
        parameter = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(parameter)); // values may be null
        baris = List.copyOf(baris);
        subreport = List.copyOf(subreport);
    }

    public Cetakan(String templat, String judul, String pengarang, String berkas, Map<String, Object> parameter, List<?> baris) {
        this(templat, judul, pengarang, berkas, parameter, baris, List.of());
    }
}
