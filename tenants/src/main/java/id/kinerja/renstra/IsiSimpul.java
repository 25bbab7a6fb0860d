package id.kinerja.renstra;

import io.micronaut.core.annotation.Introspected;

/** What hangs under a node: deleting it would delete these too. */
@Introspected
public record IsiSimpul(long anak, long indikator, long anggaran, long narasi) {

    boolean kosong() {
        return anak + indikator + anggaran + narasi == 0;
    }

    String uraian() {
        StringBuilder s = new StringBuilder();
        append(s, anak, "simpul di bawahnya");
        append(s, indikator, "indikator");
        append(s, anggaran, "baris anggaran");
        append(s, narasi, "narasi");
        return s.toString();
    }

    private static void append(StringBuilder s, long n, String what) {
        if (n > 0) {
            s.append(s.isEmpty() ? "" : ", ").append(n).append(' ').append(what);
        }
    }
}
