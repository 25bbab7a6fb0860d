package id.kinerja.ui.galat;

import id.kinerja.common.Sebab;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import id.kinerja.ui.komponen.Masalah;
import id.kinerja.ui.komponen.Pesan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a user sees when an action fails outside a form's own handling: a refusal of the domain in its own words,
 * anything else as one Indonesian sentence (logged in full on the server), never a stack trace.
 */
public final class PenanganGalat implements ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PenanganGalat.class);
    public static final String KESALAHAN_SERVER = "Terjadi kesalahan di server; kejadian ini sudah dicatat. Coba lagi sebentar lagi.";

    @Override
    public void error(ErrorEvent event) {
        Throwable t = event.getThrowable();
        List<Masalah> masalah = Sebab.rantai(t).stream()
                .flatMap(e -> Masalah.dari(e).stream()).findFirst().orElse(null);
        String teks;
        if (masalah != null) {
            teks = masalah.stream().map(Masalah::teks).collect(Collectors.joining("; "));
        } else {
            LOG.error("Kesalahan di UI", t);
            teks = KESALAHAN_SERVER;
        }
        if (UI.getCurrent() != null) {
            Pesan.galat(teks);
        }
    }
}
