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

    @Query("SELECT logo_tipe FROM profil WHERE id = 1")
    @Nullable
    String tipeLogo();

    @Query("SELECT logo FROM profil WHERE id = 1")
    @Nullable
    byte[] logo();
}
