package id.kinerja.laporan.lkjip;

import id.kinerja.laporan.Teks;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BlokTest {

    @Test
    void textWithoutTagsIsKeptPlainWithItsEntitiesReadBack() {
        Blok b = Blok.paragraf(Teks.xml("Capaian < 100 % & \"target\" > realisasi"));
        assertThat(b.jenis()).isEqualTo("PARAGRAF");
        assertThat(b.judul()).isNull(); // the styled field of the template does not print
        assertThat(b.teks()).isEqualTo("Capaian < 100 % & \"target\" > realisasi");

        Blok butir = Blok.butir(Teks.xml("1.\u00a0a &amp; b"));
        assertThat(butir.jenis()).isEqualTo("BUTIR");
        assertThat(butir.teks()).isEqualTo("1.\u00a0a &amp; b"); // escaped once by Teks.xml, read back once
    }

    @Test
    void textWithTagsStaysStyled() {
        String bergaya = "<style isBold=\"true\">" + Teks.xml("Unit A & B") + "</style>";
        Blok b = Blok.paragraf(bergaya);
        assertThat(b.judul()).isEqualTo(bergaya);
        assertThat(b.teks()).isNull();
        assertThat(Blok.butir(bergaya).judul()).isEqualTo(bergaya);
    }
}
