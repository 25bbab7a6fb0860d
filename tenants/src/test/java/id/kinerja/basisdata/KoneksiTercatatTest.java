package id.kinerja.basisdata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which statements count as writes (anything but a plain read moves the schema's version). */
class KoneksiTercatatTest {

    @Test
    void onlyPlainReadsAreNotWrites() {
        assertThat(KoneksiTercatat.menulis("SELECT s.id, s.nama FROM simpul s WHERE s.periode_id = ?")).isFalse();
        assertThat(KoneksiTercatat.menulis("  (select 1)")).isFalse();
        assertThat(KoneksiTercatat.menulis("select id from realisasi where titik_into = 1 for update")).isFalse();
        assertThat(KoneksiTercatat.menulis("SHOW search_path")).isFalse();
        assertThat(KoneksiTercatat.menulis("VALUES (1)")).isFalse();

        assertThat(KoneksiTercatat.menulis("SELECT * INTO salinan FROM realisasi")).isTrue();
        assertThat(KoneksiTercatat.menulis("insert into realisasi (id) values (?)")).isTrue();
        assertThat(KoneksiTercatat.menulis("UPDATE indikator SET nama = ?")).isTrue();
        assertThat(KoneksiTercatat.menulis("DELETE FROM target")).isTrue();
        assertThat(KoneksiTercatat.menulis("WITH x AS (DELETE FROM target RETURNING *) SELECT count(*) FROM x")).isTrue();
        assertThat(KoneksiTercatat.menulis("/* komentar */ SELECT 1")).isTrue(); // not recognised: counted as a write
        assertThat(KoneksiTercatat.menulis("TRUNCATE realisasi")).isTrue();
        assertThat(KoneksiTercatat.menulis("COMMIT")).isTrue();
    }
}
