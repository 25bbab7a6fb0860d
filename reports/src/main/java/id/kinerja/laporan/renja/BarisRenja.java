package id.kinerja.laporan.renja;

import id.kinerja.laporan.mesin.Nilai;

import java.util.List;

/** A program, kegiatan or sub kegiatan of the Renja matrix; {@code uraian} is styled text (level and code bold). */
public record BarisRenja(String uraian, String sasaran, String lokasi, Nilai dana, String sumberDana, List<Indikator> indikator) {

    public record Indikator(String nama, String formulasi, Nilai target, String satuan) {
    }

    /** A tujuan or sasaran of the first two tables, with its indicators. */
    public record Tujuan(String uraian, List<IndikatorTujuan> indikator) {
    }

    public record IndikatorTujuan(String nama, String satuan, String formulasi, Nilai targetRenja, Nilai targetPRenja, String catatan) {
    }
}
