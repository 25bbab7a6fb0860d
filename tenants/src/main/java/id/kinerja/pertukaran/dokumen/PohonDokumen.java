package id.kinerja.pertukaran.dokumen;

import id.kinerja.pertukaran.dokumen.Dokumen.Node;
import id.kinerja.renstra.Tingkat;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** Where each level of the framework tree sits in an exchange document: the field that lists its nodes. */
public final class PohonDokumen {

    private PohonDokumen() {
    }

    /** The field under the parent (or the period, for tujuan) that lists nodes of {@code tingkat}. */
    public static String medan(Tingkat tingkat) {
        return switch (tingkat) {
            case TUJUAN -> "tujuan";
            case SASARAN -> "sasaran";
            case PROGRAM -> "programs";
            case KEGIATAN -> "kegiatan";
            case SUB_KEGIATAN -> "subKegiatan";
        };
    }

    /** The field of a node of {@code tingkat} that lists its children; {@code -} for the leaves. */
    public static String medanAnak(Tingkat tingkat) {
        Tingkat bawah = tingkat.bawah();
        return bawah == null ? "-" : medan(bawah);
    }

    /** The children of {@code n}, a node of {@code tingkat}; empty when it has none. */
    public static List<Node> anak(Node n, Tingkat tingkat) {
        @Nullable List<Node> l = switch (tingkat) {
            case TUJUAN -> n.sasaran();
            case SASARAN -> n.programs();
            case PROGRAM -> n.kegiatan();
            case KEGIATAN -> n.subKegiatan();
            case SUB_KEGIATAN -> null;
        };
        return l == null ? List.of() : l;
    }

    /** {@code n}, a node of {@code tingkat}, with the given children in the field of its level. */
    public static Node dengan(Node n, Tingkat tingkat, List<Node> anak) {
        return new Node(n.code(), n.name(), n.outcome(), n.unit(), n.lokasi(), n.indicators(), n.budgets(),
                tingkat == Tingkat.TUJUAN ? anak : null, tingkat == Tingkat.SASARAN ? anak : null,
                tingkat == Tingkat.PROGRAM ? anak : null, tingkat == Tingkat.KEGIATAN ? anak : null);
    }
}
