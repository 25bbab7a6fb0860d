package id.kinerja.ui.komponen;

import java.time.Year;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** The years a page of one year offers (Target, Anggaran) and the one it opens on. */
public final class TahunHalaman {

    private TahunHalaman() {
    }

    /**
     * The year in the page's address when it is a number; else this year when a period covers it; else the latest
     * covered year before it; else the first covered year; else this year.
     */
    public static int awal(SortedSet<Integer> tercakup, Optional<String> dariAlamat) {
        Optional<Integer> diminta = dariAlamat.flatMap(TahunHalaman::angka);
        if (diminta.isPresent()) {
            return diminta.get();
        }
        int sekarang = Year.now().getValue();
        if (tercakup.isEmpty() || tercakup.contains(sekarang)) {
            return sekarang;
        }
        SortedSet<Integer> sebelum = tercakup.headSet(sekarang);
        return sebelum.isEmpty() ? tercakup.first() : sebelum.last();
    }

    /** The covered years with {@code tahun} among them, for the page's year picker. */
    public static TreeSet<Integer> pilihan(SortedSet<Integer> tercakup, int tahun) {
        TreeSet<Integer> semua = new TreeSet<>(tercakup);
        semua.add(tahun);
        return semua;
    }

    private static Optional<Integer> angka(String s) {
        try {
            return Optional.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
