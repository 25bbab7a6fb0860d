package id.kinerja.laporan.pk;

import id.kinerja.laporan.mesin.Penandatangan;

import java.math.BigDecimal;
import java.util.List;

/**
 * A Perjanjian Kinerja as printed: the two parties (name and position, as the agreement text names them), the
 * signature blocks, the lampiran's two tables and the budget total. {@code judul}: the title in capitals
 * ({@code PERJANJIAN KINERJA PERUBAHAN TAHUN 2025}); {@code nama}: as in running text ({@code Perjanjian Kinerja 2025}).
 */
public record IsiCetakPk(String tahun, String judul, String nama, String namaPertama, String jabatanPertama, String namaKedua, String jabatanKedua,
                         Penandatangan ttdPertama, Penandatangan ttdKedua, List<Sasaran> sasaran, List<Program> program,
                         BigDecimal jumlah) {

    /** A sasaran with its indicators and PK targets (the sasaran's cells span its indicators). */
    public record Sasaran(String nomor, String sasaran, List<Indikator> indikator) {
    }

    /** An indicator and its target; {@code pola} is the target's number format. */
    public record Indikator(String nomor, String nama, BigDecimal target, String pola, String satuan) {
    }

    public record Program(String nomor, String program, BigDecimal anggaran, String pola, String sumberDana) {
    }
}
