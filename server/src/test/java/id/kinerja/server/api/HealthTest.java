package id.kinerja.server.api;

import id.kinerja.basisdata.EmbeddedDatabase;
import id.kinerja.server.RunningKinerja;
import id.kinerja.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HealthTest {

    @Test
    void answers503WhenTheDatabaseIsDown(@TempDir Path folder) {
        EmbeddedDatabase database = EmbeddedDatabase.start(folder);
        try (RunningKinerja app = RunningKinerja.start(TestDatabase.properties(database.jdbcUrl()))) {
            assertThat(app.get("/api/health").statusCode()).isEqualTo(200);
            database.close();
            HttpResponse<String> down = app.get("/api/health");
            assertThat(down.statusCode()).isEqualTo(503);
            Map<String, Object> body = app.object(down);
            assertThat(body).containsEntry("status", "DOWN");
            assertThat(body.get("database")).asString().contains("DOWN");
        } finally {
            database.close();
        }
    }
}
