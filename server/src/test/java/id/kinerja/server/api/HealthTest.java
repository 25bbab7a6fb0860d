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
    void answers503WhenTheDatabaseIsDownWithoutTheDatabasesOwnWords(@TempDir Path folder) {
        EmbeddedDatabase database = EmbeddedDatabase.start(folder);
        try (RunningKinerja app = RunningKinerja.start(TestDatabase.properties(database))) {
            assertThat(app.get("/api/health").statusCode()).isEqualTo(200);
            database.close();
            HttpResponse<String> down = app.sebagai(null).get("/api/health");
            assertThat(down.statusCode()).isEqualTo(503);
            Map<String, Object> body = app.object(down);
            assertThat(body).containsEntry("status", "DOWN");
            assertThat(body.get("database")).asString().contains("DOWN").contains("Basis data tidak menjawab");
            // neither the driver's message nor where the database lives reach an anonymous caller
            assertThat(down.body()).doesNotContainIgnoringCase("connection").doesNotContainIgnoringCase("refused")
                    .doesNotContain(Integer.toString(database.port())).doesNotContain("localhost");
        } finally {
            database.close();
        }
    }
}
