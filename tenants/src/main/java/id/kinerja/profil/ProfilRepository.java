package id.kinerja.profil;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProfilRepository extends CrudRepository<Profil, Short> {

    @Query("UPDATE profil SET logo = :logo, logo_tipe = :tipe WHERE id = 1")
    void simpanLogo(@Nullable byte[] logo, @Nullable String tipe);

    /** The logo with its type (read as one row: a bare {@code byte[]} return is taken for a list of bytes). */
    @Query("SELECT logo, logo_tipe FROM profil WHERE id = 1 AND logo IS NOT NULL")
    java.util.Optional<BerkasLogo> berkasLogo();

    @io.micronaut.core.annotation.Introspected
    record BerkasLogo(byte[] logo, String logoTipe) {
    }
}
