package id.kinerja.laporan.iku;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * One numbered line of the IKU document's header block, {@code 2. TUGAS : …}: either a text ({@code isi}) or a
 * numbered list ({@code daftar}, lines {@code "1.\tteks"} printed with a hanging indent).
 */
public record Butir(String label, @Nullable String isi, @Nullable String daftar) {

    /** A list as one numbered line each; a single item is printed as plain text, none as a dash. */
    static Butir daftar(String label, @Nullable List<String> item) {
        if (item == null || item.isEmpty()) {
            return new Butir(label, null, null);
        }
        if (item.size() == 1) {
            return new Butir(label, item.getFirst(), null);
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < item.size(); i++) {
            s.append(i == 0 ? "" : "\n").append(i + 1).append(".\t").append(item.get(i));
        }
        return new Butir(label, null, s.toString());
    }
}
