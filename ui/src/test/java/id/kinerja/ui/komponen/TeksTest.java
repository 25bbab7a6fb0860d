package id.kinerja.ui.komponen;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The example of the superior's position follows the dinas's own region, never another's. */
class TeksTest {

    @Test
    void theHeadOfTheRegionFollowsItsKind() {
        assertThat(Teks.kepalaDaerah("Kabupaten Jember")).isEqualTo("Bupati Jember");
        assertThat(Teks.kepalaDaerah(" kabupaten  Lumajang ")).isEqualTo("Bupati Lumajang");
        assertThat(Teks.kepalaDaerah("Kota Malang")).isEqualTo("Wali Kota Malang");
        assertThat(Teks.kepalaDaerah("Provinsi Jawa Timur")).isEqualTo("Gubernur Jawa Timur");
        assertThat(Teks.kepalaDaerah("Kabupaten")).isEqualTo("Bupati … / Wali Kota …");
        assertThat(Teks.kepalaDaerah("")).isEqualTo("Bupati … / Wali Kota …");
        assertThat(Teks.kepalaDaerah(null)).isEqualTo("Bupati … / Wali Kota …");
    }
}
