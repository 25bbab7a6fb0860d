package id.kinerja.capaian;

import id.kinerja.common.Pemeriksaan;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A tenant's ordinal scale of capaian (default: Tabel 3.1 of the Lumajang LKjIP 2025). */
@Singleton
public class SkalaService {

    private final SkalaRepository skala;

    SkalaService(SkalaRepository skala) {
        this.skala = skala;
    }

    /** The tenant's own scale, or the default when it has none. */
    public Skala baca() {
        List<KategoriSkala> rows = skala.listOrderByUrutan().stream()
                .map(k -> new KategoriSkala(k.id(), Kalkulasi.bersih(k.batasBawah()), k.label(), k.urutan())).toList();
        return rows.isEmpty() ? Skala.BAKU : new Skala(rows);
    }

    /**
     * Replaces the scale: steps from the highest bound down, each bound lower than the one before, the last
     * step without a bound (everything at or below the previous bound); {@link AturanSkala} says so.
     */
    @Transactional
    public Skala simpan(@NotEmpty(message = "paling sedikit satu kategori") @Size(max = 10, message = "paling banyak 10 kategori")
                        List<@Valid SkalaInput> langkah) {
        Pemeriksaan p = new Pemeriksaan();
        AturanSkala.periksa(langkah, p);
        p.lempar();
        skala.deleteAll();
        for (int i = 0; i < langkah.size(); i++) {
            skala.save(new KategoriSkala(null, langkah.get(i).batasBawah(), langkah.get(i).label().strip(), i + 1));
        }
        return baca();
    }
}
