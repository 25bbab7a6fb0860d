package id.kinerja.pertukaran.dokumen;

import id.kinerja.pertukaran.dokumen.Dokumen.Node;
import id.kinerja.renstra.Tingkat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import static id.kinerja.common.Teks.daftar;

/**
 * The rules of the document itself, beyond its schema: its format, the levels of its tree (a tujuan holds
 * sasaran, a sasaran programs, …) and the references of its narratives to nodes by level and code. The rules of
 * what the document holds — formulas, duplicates, realisations, budgets, the scale — are the features' own
 * ({@code Aturan*}), run on the commands the document becomes ({@link RencanaImpor}).
 */
public final class PemeriksaDokumen {

    private final List<Galat> galat = new ArrayList<>();

    private PemeriksaDokumen() {
    }

    public static List<Galat> periksa(Dokumen d) {
        PemeriksaDokumen p = new PemeriksaDokumen();
        p.dokumen(d);
        return List.copyOf(p.galat);
    }

    private void dokumen(Dokumen d) {
        if (!Dokumen.FORMAT.equals(d.format()) || d.formatVersion() != Dokumen.VERSION) {
            tambah("format", "bukan dokumen kinerja-exchange versi " + Dokumen.VERSION);
        }
        List<Dokumen.Period> periods = daftar(d.periods());
        for (int i = 0; i < periods.size(); i++) {
            periode(periods.get(i), "periods[" + i + "]");
        }
    }

    private void periode(Dokumen.Period p, String di) {
        Map<String, Integer> kode = new HashMap<>();
        List<Node> tujuan = daftar(p.tujuan());
        for (int i = 0; i < tujuan.size(); i++) {
            simpul(tujuan.get(i), Tingkat.TUJUAN, di + ".tujuan[" + i + "]", kode);
        }
        List<Dokumen.Narrative> narratives = daftar(p.narratives());
        for (int i = 0; i < narratives.size(); i++) {
            Dokumen.Narrative n = narratives.get(i);
            Integer berapa = kode.get(n.level().toUpperCase(Locale.ROOT) + "/" + n.code());
            if (berapa == null) {
                tambah(di + ".narratives[" + i + "].code", n.level() + " dengan kode '" + n.code() + "' tidak ada di periode ini");
            } else if (berapa > 1) {
                tambah(di + ".narratives[" + i + "].code", "kode '" + n.code() + "' dipakai " + berapa + " " + n.level()
                        + "; narasi tidak tahu yang mana");
            }
        }
    }

    private void simpul(Node n, Tingkat tingkat, String di, Map<String, Integer> kode) {
        kode.merge(tingkat.name() + "/" + n.code(), 1, Integer::sum);
        anakSalahTingkat(n, tingkat, di);
        Tingkat bawah = tingkat.bawah();
        List<Node> children = PohonDokumen.anak(n, tingkat);
        for (int i = 0; i < children.size(); i++) {
            simpul(children.get(i), bawah, di + "." + PohonDokumen.medanAnak(tingkat) + "[" + i + "]", kode);
        }
    }

    private void anakSalahTingkat(Node n, Tingkat tingkat, String di) {
        Map<String, List<Node>> semua = new HashMap<>();
        semua.put("sasaran", n.sasaran());
        semua.put("programs", n.programs());
        semua.put("kegiatan", n.kegiatan());
        semua.put("subKegiatan", n.subKegiatan());
        semua.forEach((nama, isi) -> {
            if (isi != null && !isi.isEmpty() && !Objects.equals(nama, PohonDokumen.medanAnak(tingkat))) {
                tambah(di + "." + nama, tingkat.label().toLowerCase() + " tidak berisi " + nama
                        + (tingkat == Tingkat.SUB_KEGIATAN ? "" : "; isinya " + PohonDokumen.medanAnak(tingkat)));
            }
        });
    }

    private void tambah(String path, String alasan) {
        galat.add(new Galat(path, alasan));
    }
}
