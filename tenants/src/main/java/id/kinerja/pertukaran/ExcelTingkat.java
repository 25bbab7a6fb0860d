package id.kinerja.pertukaran;

import id.kinerja.pertukaran.Dokumen.Node;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** The levels of the framework tree, with their Indonesian label and the document field holding nodes of the level. */
enum ExcelTingkat {
    TUJUAN("Tujuan", "tujuan"),
    SASARAN("Sasaran", "sasaran"),
    PROGRAM("Program", "programs"),
    KEGIATAN("Kegiatan", "kegiatan"),
    SUB_KEGIATAN("Sub Kegiatan", "subKegiatan");

    final String label;
    /** The JSON field under the parent (or the period, for tujuan) that lists nodes of this level. */
    final String medan;

    ExcelTingkat(String label, String medan) {
        this.label = label;
        this.medan = medan;
    }

    @Nullable
    ExcelTingkat atas() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }

    @Nullable
    ExcelTingkat bawah() {
        return ordinal() + 1 == values().length ? null : values()[ordinal() + 1];
    }

    /** The children of {@code n}, a node of this level. */
    @Nullable
    List<Node> anak(Node n) {
        return switch (this) {
            case TUJUAN -> n.sasaran();
            case SASARAN -> n.programs();
            case PROGRAM -> n.kegiatan();
            case KEGIATAN -> n.subKegiatan();
            case SUB_KEGIATAN -> null;
        };
    }

    /** A node of this level with the given children. */
    Node dengan(Node n, List<Node> anak) {
        return new Node(n.code(), n.name(), n.outcome(), n.unit(), n.lokasi(), n.indicators(), n.budgets(),
                this == TUJUAN ? anak : null, this == SASARAN ? anak : null, this == PROGRAM ? anak : null,
                this == KEGIATAN ? anak : null);
    }
}
