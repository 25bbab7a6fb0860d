package id.kinerja.server.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the OpenAPI document that the build generates from the controllers. Operation ids are the controller
 * methods' names, which by rule say verb and resource and are unique across the API ({@code daftarIndikator},
 * {@code buatIndikator}), so a generated client reads like the API.
 */
@OpenAPIDefinition(info = @Info(title = "kinerja", version = "1",
        description = "Kinerja API: the SAKIP performance framework of a dinas (tenant routes under /api/t/{slug}) and "
                + "the onboarding of dinas (/api/admin). Errors: {status, message, errors:[{field, reason}]}."),
        security = {@SecurityRequirement(name = "token"), @SecurityRequirement(name = "sesi")})
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token from POST /api/auth/token (kin_…), sent as Authorization: Bearer <token>")
@SecurityScheme(name = "sesi", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.COOKIE, paramName = "JSESSIONID",
        description = "The browser session from POST /api/auth/sesi; safe methods only")
@Controller("/api/openapi.yml")
final class OpenApiController {

    static final String DOCUMENT = "META-INF/swagger/kinerja-1.yml";

    @Publik
    @Get(produces = "application/yaml")
    HttpResponse<byte[]> unduhOpenApi() {
        try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            return in == null ? HttpResponse.notFound() : HttpResponse.ok(in.readAllBytes()).contentType(MediaType.of("application/yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
