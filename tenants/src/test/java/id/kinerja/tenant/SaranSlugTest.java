package id.kinerja.tenant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The slug suggested for a name always follows the slug rule and keeps the region of a long name. */
class SaranSlugTest {

    @Test
    void suggestions() {
        assertThat(TenantSchemas.saranSlug("Dinas Koperasi, UKM Kota Batu")).isEqualTo("dinas-koperasi-ukm-kota-batu");
        assertThat(TenantSchemas.saranSlug("Dinas Koperasi dan Usaha Mikro Kabupaten Jember")).isEqualTo("koperasi-usaha-mikro-kab-jember");
        assertThat(TenantSchemas.saranSlug("  Dinas Pariwisata Kabupaten Banyuwangi ")).isEqualTo("dinas-pariwisata-kabupaten-banyuwangi");
        assertThat(TenantSchemas.saranSlug("2024 Dinas Perdagangan Kota Probolinggo")).isEqualTo("dinas-perdagangan-kota-probolinggo");
        assertThat(TenantSchemas.saranSlug("Dinas Kebudayaan Kabupaten Sumenep – Pulau")).isEqualTo("dinas-kebudayaan-kabupaten-sumenep-pulau");
        assertThat(TenantSchemas.saranSlug("Çiçek")).isEqualTo("cicek");
        assertThat(TenantSchemas.saranSlug("123")).isEmpty();
        for (String n : new String[]{"Dinas Koperasi Usaha Kecil Menengah Perindustrian dan Perdagangan Kabupaten Lumajang",
                "Badan Perencanaan Pembangunan Penelitian dan Pengembangan Daerah Provinsi Jawa Timur", "Dinas PU", "x"}) {
            String s = TenantSchemas.saranSlug(n);
            assertThat(s.length()).isLessThanOrEqualTo(40);
            assertThat(s.isEmpty() || s.matches(TenantSchemas.SLUG_PATTERN)).as(s).isTrue();
        }
    }
}
