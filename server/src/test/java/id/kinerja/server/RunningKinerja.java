package id.kinerja.server;

import id.kinerja.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** The whole application (context + web server on a free port) against a real database, driven over HTTP. */
public final class RunningKinerja implements AutoCloseable {

    private final ApplicationContext context;
    private final WebServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final JsonMapper json;

    private RunningKinerja(Map<String, Object> properties) {
        properties.putIfAbsent("kinerja.port", 0);
        context = ApplicationContext.run(properties);
        server = context.getBean(WebServer.class);
        server.start();
        json = context.getBean(JsonMapper.class);
    }

    /** On a fresh, empty test database. */
    public static RunningKinerja start() {
        return new RunningKinerja(TestDatabase.freshDatabase());
    }

    public static RunningKinerja start(Map<String, Object> properties) {
        return new RunningKinerja(properties);
    }

    public ApplicationContext context() {
        return context;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    public HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> put(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A multipart/form-data POST: text fields and one file. */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField, String filename,
                                              byte[] content) {
        String boundary = "----kinerja" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> f : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                        + f.getValue() + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + filename
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Map<String, Object> object(HttpResponse<String> response) {
        return read(response.body(), Argument.mapOf(String.class, Object.class));
    }

    public List<Map<String, Object>> list(HttpResponse<String> response) {
        return read(response.body(), Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    private <T> T read(String body, Argument<T> type) {
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + body, e);
        }
    }

    /** Onboards a tenant through the API and returns its slug. */
    public String provision(String slug) {
        HttpResponse<String> r = post("/api/admin/tenants",
                "{\"slug\":\"" + slug + "\",\"name\":\"Dinas " + slug + "\",\"kind\":\"kota\"}");
        if (r.statusCode() != 201) {
            throw new IllegalStateException("Provisioning " + slug + " answered " + r.statusCode() + ": " + r.body());
        }
        return slug;
    }

    @Override
    public void close() {
        server.stop();
        context.close();
    }
}
