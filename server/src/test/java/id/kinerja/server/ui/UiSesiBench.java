package id.kinerja.server.ui;

import id.kinerja.server.RunningKinerja;
import id.kinerja.testing.Dinas;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark, not a test of the suite (its name does not end in Test; run it by name, see docs/benchmarks.md): server
 * heap per active UI session. Signs a dinas admin in {@value #N} times over plain HTTP (each a browser session of its
 * own), has each do Vaadin's bootstrap of the Lumajang Kerangka page as the browser does (the {@code v-r=init} request
 * that creates the UI, then the {@code ui-navigate} round trip that builds the view), and compares the used heap after a
 * full GC before and after.
 */
class UiSesiBench {

    static final int N = 200;

    /**
     * The page each session opens: {@code kerangka} (default) or {@code realisasi} (the editor's quarter grid with its
     * input cells, what a session entering data holds): {@code -Dui.sesi.halaman=realisasi}.
     */
    static final String HALAMAN = System.getProperty("ui.sesi.halaman", "kerangka");
    /** Text of the built view in the navigation's answer: proof that the page was made. */
    static final String PENANDA = HALAMAN.equals("realisasi") ? "grid-realisasi" : "pohon-kerangka";

    @Test
    void memoryPerSession() throws Exception {
        try (RunningKinerja app = RunningKinerja.start()) {
            Dinas.dariSeed(app.context(), "lumajang-diskopukmperindag");
            app.anggota("lumajang-diskopukmperindag", "bench.sesi", "ADMIN_DINAS");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<String> sesi = new ArrayList<>();
            for (int i = 0; i < 5; i++) { // warm-up: classes, caches, the first UI
                sesi.add(buka(app, http));
            }
            long sebelum = heapSetelahGc();
            long t0 = System.nanoTime();
            for (int i = 0; i < N; i++) {
                sesi.add(buka(app, http));
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long sesudah = heapSetelahGc();
            System.out.printf("BENCH sesi UI: %d sessions on %s Lumajang, heap after GC %d MB -> %d MB, %d KB per session"
                    + " (opening took %d ms, %d ms each)%n", N, HALAMAN, sebelum >> 20, sesudah >> 20, (sesudah - sebelum) / N >> 10, ms, ms / N);
            if (sesi.stream().distinct().count() != sesi.size()) {
                throw new AssertionError("sessions were shared");
            }
        }
    }

    /** A new browser session: signs in, then Vaadin's bootstrap request for the Kerangka page; returns the session id. */
    private static String buka(RunningKinerja app, HttpClient http) throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(app.uri("/api/auth/sesi")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"bench.sesi\",\"password\":\"sandi-bench.sesi-123\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new AssertionError("no session: " + login.statusCode() + " " + login.body()));
        String lokasi = URLEncoder.encode("d/lumajang-diskopukmperindag/" + HALAMAN, StandardCharsets.UTF_8);
        HttpResponse<String> init = http.send(HttpRequest.newBuilder(app.uri("/?v-r=init&location=" + lokasi + "&query="
                        + "&v-bw=1366&v-bh=768&v-ww=1366&v-wh=768&v-sw=1366&v-sh=768&v-tzo=-420&v-rtzo=-420&v-dstd=0&v-dston=false"
                        + "&v-tzid=Asia%2FJakarta&v-curdate=" + System.currentTimeMillis() + "&v-wn=ROOT-" + System.nanoTime()))
                .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher kunci = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"").matcher(init.body());
        if (init.statusCode() != 200 || !kunci.find()) {
            throw new AssertionError("no Vaadin bootstrap: " + init.statusCode() + " " + init.body());
        }
        // the client's first round trip: navigating to the route builds the view
        String navigasi = "{\"csrfToken\":\"" + kunci.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                + "\"data\":{\"route\":\"d/lumajang-diskopukmperindag/" + HALAMAN + "\",\"query\":\"\",\"appShellTitle\":\"\","
                + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        HttpResponse<String> uidl = http.send(HttpRequest.newBuilder(app.uri("/?v-r=uidl&v-uiId=0")).header("Cookie", cookie)
                .header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(navigasi)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (uidl.statusCode() != 200 || !uidl.body().contains(PENANDA)) {
            Files.writeString(Path.of("target/uisesi-uidl.json"), uidl.body());
            throw new AssertionError("navigation did not build the " + HALAMAN + " view: " + uidl.statusCode());
        }
        return cookie;
    }

    private static long heapSetelahGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(500);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
