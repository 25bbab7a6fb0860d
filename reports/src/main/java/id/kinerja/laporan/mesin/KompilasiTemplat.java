package id.kinerja.laporan.mesin;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compiles every {@code .jrxml} of a folder to a {@code .jasper} beside the classes: run by the build
 * ({@code process-classes}, see reports/pom.xml), never at run time. A template that does not compile fails
 * the build with Jasper's message.
 */
public final class KompilasiTemplat {

    private KompilasiTemplat() {
    }

    /** {@code args[0]}: the folder of the .jrxml sources; {@code args[1]}: where the .jasper files go. */
    public static void main(String[] args) throws IOException, JRException {
        Path sumber = Path.of(args[0]);
        Path tujuan = Path.of(args[1]);
        Files.createDirectories(tujuan);
        List<Path> templat;
        try (Stream<Path> files = Files.list(sumber)) {
            templat = files.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path jrxml : templat) {
            String nama = jrxml.getFileName().toString().replace(".jrxml", ".jasper");
            Path jasper = tujuan.resolve(nama);
            if (Files.exists(jasper) && Files.getLastModifiedTime(jasper).compareTo(Files.getLastModifiedTime(jrxml)) > 0) {
                continue;
            }
            JasperCompileManager.compileReportToFile(jrxml.toString(), jasper.toString());
        }
        System.out.println("Templat laporan: " + templat.size() + " dikompilasi ke " + tujuan);
    }
}
