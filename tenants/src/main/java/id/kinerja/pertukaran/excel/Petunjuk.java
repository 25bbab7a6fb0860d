package id.kinerja.pertukaran.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import java.util.List;

/** The "Petunjuk" sheet: how to fill in the workbook, in Indonesian. */
final class Petunjuk {

    private static final List<String[]> ISI = List.of(
            new String[]{"Petunjuk pengisian", "Buku kerja ini memuat kerangka kinerja (SAKIP) satu perangkat daerah: "
                    + "profil, periode Renstra, pohon kinerja, indikator, target, realisasi dan anggaran. Isi setiap lembar "
                    + "mulai baris 2. Baris 1 berisi judul kolom: jangan diubah, dihapus atau dipindah. Baris yang "
                    + "seluruhnya kosong dilewati. Bila ada kesalahan, tidak ada data yang disimpan; daftar kesalahan "
                    + "menyebut lembar, baris dan kolomnya."},
            new String[]{"Angka", "Ketik sebagai angka biasa, atau sebagai teks: 1234.56 (titik desimal) atau "
                    + "1.234.567,89 (titik pemisah ribuan, koma desimal), boleh diawali \"Rp\". Angka lebih dari 15 digit "
                    + "(atau sangat banyak angka di belakang koma) tulis sebagai teks agar tidak dibulatkan Excel. "
                    + "Tahun, triwulan dan presisi harus bilangan bulat."},
            new String[]{"Tanggal", "Sel bertipe tanggal, atau teks yyyy-MM-dd (2025-07-10) atau dd-MM-yyyy (10-07-2025)."},
            new String[]{"Rujukan kode", "Lembar-lembar saling merujuk dengan nama periode dan kode: nama periode harus "
                    + "sama persis dengan lembar Periode; simpul dirujuk dengan Periode + Tingkat + Kode; indikator "
                    + "dirujuk dengan Periode + Kode indikator. Kolom berdaftar pilihan (panah tarik-turun) hanya "
                    + "menerima nilai dari daftar."},
            new String[]{"Profil", "Identitas perangkat daerah. Kolom Isian berisi nama isian (jangan diubah), kolom Nilai "
                    + "diisi. Tambahkan satu baris \"Fungsi\" untuk setiap fungsi dan satu baris \"Misi\" untuk setiap "
                    + "misi, berurutan. NIP (18 digit) ditulis sebagai teks, bukan angka. Atasan – Plt/Pj: Ya atau Tidak."},
            new String[]{"Periode", "Satu baris per periode Renstra. Nama periode wajib dan unik; tahun awal dan tahun "
                    + "akhir boleh kosong bila belum diketahui."},
            new String[]{"Kerangka", "Pohon kinerja, satu baris per simpul, berurutan dari atas ke bawah (urutan baris = "
                    + "urutan simpul). Tingkat: Tujuan, Sasaran, Program, Kegiatan, Sub Kegiatan. Kode wajib dan unik per "
                    + "tingkat dalam satu periode. Kode induk = kode simpul satu tingkat di atasnya dalam periode yang sama "
                    + "(Sasaran → Tujuan, Program → Sasaran, Kegiatan → Program, Sub Kegiatan → Kegiatan); Tujuan tanpa "
                    + "kode induk. Nama wajib."},
            new String[]{"Indikator", "Satu baris per indikator; simpul pemiliknya dirujuk dengan Periode + Tingkat simpul "
                    + "+ Kode simpul. Kode indikator unik dalam satu periode. Komponen ditulis "
                    + "\"nama = label [satuan]; nama2 = label2\" ([satuan] boleh tidak ditulis); Rumus memakai nama "
                    + "komponen. Polaritas: Positif atau Negatif. Agregasi: Jumlah, Terakhir, Akhir tahun atau Rata-rata. "
                    + "IKU: Ya atau Tidak. Presisi: banyak angka di belakang koma."},
            new String[]{"Target", "Satu baris per target; indikator dirujuk dengan Periode + Kode indikator. Jenis: "
                    + "Renstra, Renja, P-Renja, PK, PK Perubahan (target tahunan) atau TW I, TW II, TW III, TW IV "
                    + "(target triwulan). Tahun dan Nilai wajib."},
            new String[]{"Realisasi", "Satu baris per realisasi; indikator dirujuk dengan Periode + Kode indikator. "
                    + "Triwulan: I, II, III, IV, atau Tahunan untuk realisasi setahun penuh (mis. tahun-tahun sebelumnya). "
                    + "Komponen ditulis \"nama = nilai; nama2 = nilai2\". Status: Tersedia atau Belum tersedia; bila belum "
                    + "tersedia, isi Alasan, Sumber (instansi sumber data) dan Perkiraan tanggal."},
            new String[]{"Anggaran", "Satu baris per sumber dana per simpul per tahun; simpul dirujuk dengan Periode + "
                    + "Tingkat simpul + Kode simpul. Anggaran dalam rupiah; boleh kosong bila baris hanya memuat "
                    + "realisasi. Realisasi s.d. TW I–IV adalah realisasi kumulatif simpul pada tahun itu dan diisi hanya "
                    + "pada baris pertama simpul dan tahun tersebut."});

    private Petunjuk() {
    }

    static void tulis(Sheet s, CellStyle judul, CellStyle bungkus) {
        s.setColumnWidth(0, 22 * 256);
        s.setColumnWidth(1, 110 * 256);
        for (int i = 0; i < ISI.size(); i++) {
            Row r = s.createRow(i);
            Cell kepala = r.createCell(0);
            kepala.setCellValue(ISI.get(i)[0]);
            kepala.setCellStyle(judul);
            Cell isi = r.createCell(1);
            isi.setCellValue(ISI.get(i)[1]);
            isi.setCellStyle(bungkus);
        }
    }
}
