package id.kinerja.server.api;

import id.kinerja.server.RunningKinerja;
import id.kinerja.testing.TestDatabase;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TenantApiTest {

    static String url;
    static RunningKinerja app;

    @BeforeAll
    static void start() {
        url = TestDatabase.createDatabase();
        app = RunningKinerja.start(TestDatabase.properties(url));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void provisionsListsAndShowsATenant() {
        HttpResponse<String> created = app.post("/api/admin/tenants", """
                {"slug":"pasuruan-diskopum","name":"Dinas Koperasi dan Usaha Mikro Kota Pasuruan",
                 "region":"Kota Pasuruan","province":"Jawa Timur","kind":"kota"}""");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/admin/tenants/pasuruan-diskopum");
        Map<String, Object> tenant = app.object(created);
        assertThat(tenant).containsEntry("slug", "pasuruan-diskopum").containsEntry("kind", "kota")
                .containsEntry("schemaName", "t_pasuruan_diskopum").containsEntry("migrationStatus", "ok");

        assertThat(app.list(app.get("/api/admin/tenants"))).extracting(t -> t.get("slug")).contains("pasuruan-diskopum");
        assertThat(app.object(app.get("/api/admin/tenants/pasuruan-diskopum"))).containsEntry("region", "Kota Pasuruan");

        // one profile resource: /profil (the registry identity is the admin route above)
        HttpResponse<String> profil = app.get("/api/t/pasuruan-diskopum/profil");
        assertThat(profil.statusCode()).isEqualTo(200);
        assertThat(app.object(profil)).containsEntry("namaResmi", "Dinas Koperasi dan Usaha Mikro Kota Pasuruan")
                .doesNotContainKey("schemaName");
        assertThat(app.get("/api/t/pasuruan-diskopum/profile").statusCode()).isEqualTo(404);
    }

    /** The template's framework is kept between onboardings, never past a write to the template. */
    @Test
    void aDinasOnboardedFromATemplateGetsTheTemplatesFrameworkAsItIsNow() {
        String t = "/api/t/" + app.provision("templat-hidup");
        long periode = ((Number) app.object(app.post(t + "/periode",
                "{\"nama\":\"Renstra 2025-2029\",\"tahunAwal\":2025,\"tahunAkhir\":2029}")).get("id")).longValue();
        assertThat(app.post(t + "/simpul", "{\"periodeId\":" + periode
                + ",\"tingkat\":\"TUJUAN\",\"kode\":\"T1\",\"nama\":\"Tujuan Pertama\"}").statusCode()).isEqualTo(201);
        assertThat(dariTemplat("salinan-satu")).contains("Tujuan Pertama").doesNotContain("Tujuan Kedua");
        assertThat(dariTemplat("salinan-dua")).contains("Tujuan Pertama").doesNotContain("Tujuan Kedua"); // kept

        assertThat(app.post(t + "/simpul", "{\"periodeId\":" + periode
                + ",\"tingkat\":\"TUJUAN\",\"kode\":\"T2\",\"nama\":\"Tujuan Kedua\"}").statusCode()).isEqualTo(201);
        assertThat(dariTemplat("salinan-tiga")).contains("Tujuan Pertama", "Tujuan Kedua");
    }

    /** Onboards {@code slug} with the framework of templat-hidup; returns the new dinas's export. */
    private static String dariTemplat(String slug) {
        HttpResponse<String> r = app.post("/api/admin/tenants",
                "{\"slug\":\"" + slug + "\",\"name\":\"Dinas " + slug + "\",\"kind\":\"kota\",\"template\":\"templat-hidup\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        app.adminDinas(slug);
        return app.get("/api/t/" + slug + "/export").body();
    }

    @Test
    void invalidInputGets400NamingEachField() {
        HttpResponse<String> r = app.post("/api/admin/tenants", "{\"slug\":\"Bad_Slug\",\"name\":\"\",\"kind\":\"desa\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        Map<String, Object> error = app.object(r);
        assertThat(error).containsEntry("status", 400);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) error.get("errors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactlyInAnyOrder("kind", "name", "slug");
        assertThat(errors).allSatisfy(e -> assertThat((String) e.get("reason")).isNotBlank());

        assertThat(app.post("/api/admin/tenants", "{\"name\":\"Dinas\",\"kind\":\"kota\"}").statusCode()).isEqualTo(400);
        assertThat(app.post("/api/admin/tenants", "{\"slug\": \"abc\",").statusCode()).isEqualTo(400);
        assertThat(app.get("/api/admin/tenants/tidak-ada").statusCode()).isEqualTo(404);
    }

    @Test
    void duplicateGets409AndLeavesTheFirstUntouched() {
        app.provision("kota-kembar");
        HttpResponse<String> r = app.post("/api/admin/tenants", "{\"slug\":\"kota-kembar\",\"name\":\"Lain\",\"kind\":\"kota\"}");
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("\"field\":\"slug\"");
        assertThat(app.object(app.get("/api/admin/tenants/kota-kembar"))).containsEntry("name", "Dinas kota-kembar");
    }

    @Test
    void unknownSuspendedAndUnmigratedTenantsDoNotServe() throws Exception {
        assertThat(app.get("/api/t/tidak-ada/profil").statusCode()).isEqualTo(404);
        assertThat(app.get("/api/t/BAD..slug/profil").statusCode()).isEqualTo(404);

        app.provision("dinas-libur");
        app.provision("dinas-rusak");
        // through the application's pool: a write by another process is seen only after the platform cache's max age
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> tx = app.context().getBean(Argument.of(TransactionOperations.class, Connection.class));
        tx.executeWrite(status -> {
            try (var st = status.getConnection().createStatement()) {
                st.execute("UPDATE platform.tenant SET status = 'suspended' WHERE slug = 'dinas-libur'");
                st.execute("UPDATE platform.tenant SET migration_status = 'failed', migration_error = 'boom'"
                        + " WHERE slug = 'dinas-rusak'");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        HttpResponse<String> suspended = app.get("/api/t/dinas-libur/profil");
        assertThat(suspended.statusCode()).isEqualTo(404);
        assertThat(app.object(suspended)).containsEntry("status", 404);
        HttpResponse<String> broken = app.get("/api/t/dinas-rusak/unit-kerja");
        assertThat(broken.statusCode()).isEqualTo(503);
        assertThat((String) app.object(broken).get("message")).contains("dinas-rusak");
    }
}
