package id.kinerja.server.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the OpenAPI document that the build generates from the controllers. */
@OpenAPIDefinition(info = @Info(title = "kinerja", version = "1",
        description = "Kinerja API: the SAKIP performance framework of a dinas (tenant routes under /api/t/{slug}) and "
                + "the onboarding of dinas (/api/admin). Errors: {status, message, errors:[{field, reason}]}."))
@Controller("/api/openapi.yml")
final class OpenApiController {

    static final String DOCUMENT = "META-INF/swagger/kinerja-1.yml";

    @Publik
    @Get(produces = "application/yaml")
    HttpResponse<byte[]> document() {
        try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            return in == null ? HttpResponse.notFound() : HttpResponse.ok(in.readAllBytes()).contentType(MediaType.of("application/yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
