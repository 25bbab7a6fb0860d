package id.kinerja.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With no database configured Kinerja starts its own PostgreSQL in the data folder and keeps it across restarts. */
class EmbeddedStartTest {

    @Test
    void startsOnItsOwnEmbeddedDatabaseAndKeepsTenantsAcrossRestarts(@TempDir Path data) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("kinerja.data", data.toString());
        try (RunningKinerja app = RunningKinerja.start(new HashMap<>(properties))) {
            assertThat(app.object(app.get("/api/health")).get("database")).asString().contains("embedded=true");
            // a new embedded database is a demo: the dinas of the seed documents are there
            assertThat(app.get("/api/t/lumajang-diskopukmperindag/profil").statusCode()).isEqualTo(200);
            assertThat(app.get("/api/t/lumajang-diskopukmperindag/capaian?tahun=2025&triwulan=2").body())
                    .contains("\"realisasi\":6835975140");
            assertThat(app.get("/api/t/lumajang-diskopum/profil").body()).contains("196604201992031008");
            app.provision("tetap-ada");
        }
        assertThat(Files.isDirectory(data.resolve("pg"))).isTrue();
        try (RunningKinerja app = RunningKinerja.start(new HashMap<>(properties))) {
            assertThat(app.get("/api/t/tetap-ada/profil").statusCode()).isEqualTo(200);
            assertThat(app.list(app.get("/api/admin/tenants"))).hasSize(5);
        }
    }
}
