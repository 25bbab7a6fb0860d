package id.kinerja.pertukaran.excel;

import java.util.List;

/** A workbook that cannot be read into a document; {@link #galat()} lists every problem found, in sheet and row order. */
public final class ExcelTidakValidException extends id.kinerja.common.DitolakException {

    private static final int RINGKASAN = 20;

    private final List<ExcelGalat> galat;

    public ExcelTidakValidException(List<ExcelGalat> galat) {
        super(Jenis.TIDAK_DITERIMA, ringkas(galat));
        this.galat = List.copyOf(galat);
    }

    /** A problem with the file as a whole: sheet "", row 0. */
    static ExcelTidakValidException berkas(String alasan) {
        return new ExcelTidakValidException(List.of(new ExcelGalat("", 0, null, alasan)));
    }

    @Override
    public String judul() {
        return "Berkas Excel ditolak seluruhnya; tidak ada yang disimpan";
    }

    /** Each problem at its place: {@code Target baris 5, kolom Nilai}; null for the file as a whole. */
    @Override
    public List<Butir> butir() {
        return galat.stream().map(g -> new Butir(g.lokasi(), g.alasan())).toList();
    }

    public List<ExcelGalat> galat() {
        return galat;
    }

    private static String ringkas(List<ExcelGalat> galat) {
        StringBuilder s = new StringBuilder("Isian Excel tidak dapat dibaca (").append(galat.size()).append(" masalah)");
        galat.stream().limit(RINGKASAN).forEach(g -> s.append("\n- ").append(g.teks()));
        if (galat.size() > RINGKASAN) {
            s.append("\n- … dan ").append(galat.size() - RINGKASAN).append(" masalah lainnya");
        }
        return s.toString();
    }
}
