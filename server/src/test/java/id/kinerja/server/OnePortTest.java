package id.kinerja.server;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OnePortTest {

    @Test
    void servesTheVaadinUiAndTheApiFromTheSamePort() {
        try (RunningKinerja app = RunningKinerja.start()) {
            HttpResponse<String> page = app.get("/");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
            assertThat(page.body()).contains("VAADIN/build/").contains("lumo/lumo.css");

            HttpResponse<String> health = app.get("/api/health");
            assertThat(health.uri().getPort()).isEqualTo(page.uri().getPort());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(app.object(health)).containsEntry("status", "UP");

            // The bundle the page refers to is served too (production mode, no dev server).
            String script = page.body().replaceAll("(?s).*src=\"\\./(VAADIN/build/[^\"]+\\.js)\".*", "$1");
            assertThat(app.get("/" + script).statusCode()).isEqualTo(200);

            // Static resources of the jars (the Lumo theme) are served as well.
            assertThat(app.get("/lumo/lumo.css").statusCode()).isEqualTo(200);

            // Unknown API routes answer JSON 404 from the API, not Vaadin's HTML.
            HttpResponse<String> missing = app.get("/api/tidak-ada");
            assertThat(missing.statusCode()).isEqualTo(404);
        }
    }

    @Test
    void healthCountsTenantsAndMigrations() {
        try (RunningKinerja app = RunningKinerja.start()) {
            app.provision("dinas-sehat");
            Map<String, Object> health = app.object(app.get("/api/health"));
            @SuppressWarnings("unchecked")
            Map<String, Object> tenants = (Map<String, Object>) health.get("tenants");
            assertThat(tenants).containsEntry("total", 1).containsEntry("migrated", 1).containsEntry("migrationFailed", 0);
            assertThat(tenants.get("changelogVersion")).isNotNull();
        }
    }
}
