package id.kinerja.profil;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;

import java.util.List;

/** The one profile row of a dinas (the logo is read and written on its own, see {@link ProfilService}). */
@MappedEntity("profil")
record Profil(
        @Id Short id,
        @Nullable String namaResmi,
        @Nullable String alamat,
        @Nullable String wilayah,
        @Nullable String tugas,
        @TypeDef(type = DataType.JSON) List<String> fungsi,
        @Nullable String visi,
        @TypeDef(type = DataType.JSON) List<String> misi,
        @Nullable String kepalaNama,
        @Nullable String kepalaPangkat,
        @Nullable String kepalaGolongan,
        @Nullable String kepalaNip,
        @Nullable String atasanJabatan,
        @Nullable String atasanNama,
        @Nullable String atasanPangkat,
        @Nullable String atasanNip,
        boolean atasanPlt,
        @Version @Nullable Long version) {
}
