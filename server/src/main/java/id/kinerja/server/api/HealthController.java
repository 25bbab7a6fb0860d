package id.kinerja.server.api;

import id.kinerja.tenant.SystemHealth;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** 200 when the database answers, 503 when it does not; tenant and migration counts either way known. */
@Controller("/api/health")
final class HealthController {

    private final SystemHealth health;

    HealthController(SystemHealth health) {
        this.health = health;
    }

    @Publik
    @Get
    HttpResponse<SystemHealth.Health> cekKesehatan() {
        SystemHealth.Health h = health.check();
        return HttpResponse.<SystemHealth.Health>status(h.up() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(h);
    }
}
