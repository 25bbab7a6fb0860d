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
    /** The bearer token requests go out with (the provincial admin's unless {@link #sebagai} says otherwise). */
    private final String token;

    /** The provincial admin every test application starts with. */
    public static final String ADMIN = "admin";
    public static final String ADMIN_SANDI = "sandi-admin-uji";

    private RunningKinerja(Map<String, Object> properties, boolean admin) {
        properties.putIfAbsent("kinerja.port", 0);
        if (admin) {
            properties.putIfAbsent("kinerja.admin.username", ADMIN);
            properties.putIfAbsent("kinerja.admin.password", ADMIN_SANDI);
        }
        context = ApplicationContext.run(properties);
        server = context.getBean(WebServer.class);
        server.start();
        json = context.getBean(JsonMapper.class);
        token = admin ? tokenUntuk(ADMIN, ADMIN_SANDI) : null;
    }

    /** Without a configured first admin: nobody can sign in. */
    public static RunningKinerja startTanpaAdmin(Map<String, Object> properties) {
        return new RunningKinerja(properties, false);
    }

    private RunningKinerja(RunningKinerja app, String token) {
        this.context = app.context;
        this.server = app.server;
        this.json = app.json;
        this.token = token;
    }

    /** The same application, with requests signed by {@code token} (null: anonymous). */
    public RunningKinerja sebagai(String token) {
        return new RunningKinerja(this, token);
    }

    /** Signs in and returns a bearer token. */
    public String tokenUntuk(String username, String password) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/api/auth/token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                .build(), false);
        if (r.statusCode() != 201) {
            throw new IllegalStateException("Sign-in of " + username + " answered " + r.statusCode() + ": " + r.body());
        }
        return (String) object(r).get("token");
    }

    /** A new user with {@code peran} in dinas {@code slug}; returns their token. */
    public String anggota(String slug, String username, String peran) {
        HttpResponse<String> r = post("/api/t/" + slug + "/anggota", "{\"username\":\"" + username + "\",\"nama\":\"" + username
                + "\",\"password\":\"sandi-" + username + "-123\",\"peran\":\"" + peran + "\"}");
        if (r.statusCode() != 201) {
            throw new IllegalStateException("New member " + username + " answered " + r.statusCode() + ": " + r.body());
        }
        return tokenUntuk(username, "sandi-" + username + "-123");
    }

    /** On a fresh, empty test database. */
    public static RunningKinerja start() {
        return new RunningKinerja(TestDatabase.freshDatabase(), true);
    }

    public static RunningKinerja start(Map<String, Object> properties) {
        return new RunningKinerja(properties, true);
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
            HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> send(HttpRequest request) {
        return send(request, true);
    }

    private HttpResponse<String> send(HttpRequest request, boolean signed) {
        if (signed && token != null && request.headers().firstValue("Authorization").isEmpty()) {
            HttpRequest.Builder b = HttpRequest.newBuilder(request.uri()).method(request.method(),
                    request.bodyPublisher().orElse(HttpRequest.BodyPublishers.noBody()));
            request.headers().map().forEach((k, vs) -> vs.forEach(v -> b.header(k, v)));
            request = b.header("Authorization", "Bearer " + token).build();
        }
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

    /** The id of the indicator {@code kode} of dinas {@code slug}, found through the API's framework routes. */
    public long indikatorId(String slug, String kode) {
        String t = "/api/t/" + slug;
        for (Map<String, Object> p : list(get(t + "/periode"))) {
            for (Map<String, Object> s : list(get(t + "/periode/" + p.get("id") + "/simpul"))) {
                for (Map<String, Object> i : list(get(t + "/simpul/" + s.get("id") + "/indikator"))) {
                    if (kode.equals(i.get("kode"))) {
                        return ((Number) i.get("id")).longValue();
                    }
                }
            }
        }
        throw new AssertionError("no indicator " + kode + " in " + slug);
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

    /** Onboards a tenant through the API, with the provincial admin as its dinas admin too, and returns its slug. */
    public String provision(String slug) {
        HttpResponse<String> r = post("/api/admin/tenants",
                "{\"slug\":\"" + slug + "\",\"name\":\"Dinas " + slug + "\",\"kind\":\"kota\"}");
        if (r.statusCode() != 201) {
            throw new IllegalStateException("Provisioning " + slug + " answered " + r.statusCode() + ": " + r.body());
        }
        return adminDinas(slug);
    }

    /** Makes the provincial admin also the dinas admin of {@code slug} (so tests can change its data). */
    public String adminDinas(String slug) {
        HttpResponse<String> r = put("/api/t/" + slug + "/anggota", "{\"username\":\"" + ADMIN + "\",\"peran\":\"ADMIN_DINAS\"}");
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Membership in " + slug + " answered " + r.statusCode() + ": " + r.body());
        }
        return slug;
    }

    @Override
    public void close() {
        server.stop();
        context.close();
    }

    public HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE().build());
    }
}
