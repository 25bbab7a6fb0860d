package id.kinerja.pertukaran;

import id.kinerja.pertukaran.dokumen.Dokumen;
import id.kinerja.pertukaran.dokumen.DokumenTidakValidException;
import id.kinerja.pertukaran.dokumen.Galat;

import id.kinerja.profil.ProfilData;
import id.kinerja.profil.ProfilService;
import id.kinerja.renstra.RenstraService;
import id.kinerja.tenant.TenantBaru;
import id.kinerja.tenant.TenantProvisioning;
import id.kinerja.tenant.TenantRef;
import id.kinerja.tenant.TenantScope;
import id.kinerja.testing.Dinas;
import id.kinerja.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PertukaranTest {

    static ApplicationContext context;
    static Pertukaran pertukaran;
    static TenantScope scope;

    @BeforeAll
    static void start() {
        context = ApplicationContext.run(TestDatabase.freshDatabase());
        pertukaran = context.getBean(Pertukaran.class);
        scope = context.getBean(TenantScope.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lumajang-diskopukmperindag", "lumajang-diskopum", "pasuruan-diskopum", "kota-diskopumdag"})
    void exportImportExportGivesTheSameDocument(String seed) {
        TenantRef asal = Dinas.dariSeed(context, seed);
        Dokumen.Tenant identitas = new Dokumen.Tenant("salinan", "Salinan", "kota", null, null);
        byte[] pertama = scope.call(asal, () -> pertukaran.json(pertukaran.ekspor(identitas)));

        TenantRef salinan = baru(seed + "-salinan");
        scope.run(salinan, () -> pertukaran.impor(pertukaran.baca(pertama), Impor.Mode.GANTI));
        byte[] kedua = scope.call(salinan, () -> pertukaran.json(pertukaran.ekspor(identitas)));

        assertThat(new String(kedua, StandardCharsets.UTF_8)).isEqualTo(new String(pertama, StandardCharsets.UTF_8));
        assertThat(new String(pertama, StandardCharsets.UTF_8)).contains("\"format\":\"kinerja-exchange\"")
                .contains("\"formatVersion\":2").contains("\"polarity\":\"POSITIF\"")
                .doesNotContain("POSITIVE", "NOT_AVAILABLE", "YEAR_END", "\"reason\"", "\"cumulative\"");
    }

    @Test
    void aVersion1DocumentStillImportsAndExportsInTheApisWords() {
        TenantRef t = baru("versi-satu");
        String v1 = """
                {"format":"kinerja-exchange","formatVersion":1,
                 "periods":[{"name":"P","startYear":2025,"endYear":2026,"tujuan":[
                   {"code":"T1","name":"Tujuan","indicators":[
                      {"code":"I1","name":"Harga","polarity":"NEGATIVE","rollup":"YEAR_END",
                       "components":[{"name":"reason","label":"Komponen bernama reason"}],"formula":"reason",
                       "targets":[{"year":2025,"kind":"PK","value":1.50}],
                       "realisations":[{"year":2025,"quarter":1,"status":"NOT_AVAILABLE","reason":"Menunggu BPS"},
                                       {"year":2025,"quarter":2,"components":{"reason":2.25}}]}],
                    "sasaran":[{"code":"S1","name":"Sasaran","programs":[{"code":"P1","name":"Program",
                       "budgets":[{"year":2025,"anggaran":1000000.00,"realisasi":[{"quarter":1,"cumulative":250000.50}]}]}]}]}]}]}""";
        scope.run(t, () -> pertukaran.impor(pertukaran.baca(v1.getBytes(StandardCharsets.UTF_8)), Impor.Mode.GANTI));
        String v2 = new String(scope.call(t, () -> pertukaran.json(pertukaran.ekspor(null))), StandardCharsets.UTF_8);
        assertThat(v2).contains("\"formatVersion\":2", "\"polarity\":\"NEGATIF\"", "\"rollup\":\"AKHIR_TAHUN\"",
                        "\"status\":\"BELUM_TERSEDIA\"", "\"alasan\":\"Menunggu BPS\"", "\"kumulatif\":250000.5",
                        "\"components\":{\"reason\":2.25}", "\"value\":1.5")
                .doesNotContain("NEGATIVE", "NOT_AVAILABLE", "YEAR_END", "\"cumulative\"");
        // what was exported reads back as the current version
        assertThat(pertukaran.baca(v2.getBytes(StandardCharsets.UTF_8)).formatVersion()).isEqualTo(Dokumen.VERSION);
    }

    @Test
    void aVersion1DocumentIsCheckedAgainstItsOwnSchema() {
        String campur = """
                {"format":"kinerja-exchange","formatVersion":1,
                 "periods":[{"name":"P","tujuan":[{"code":"T1","name":"T","indicators":[
                   {"code":"I1","name":"I","polarity":"POSITIF","realisations":[{"year":2025,"alasan":"x"}]}]}]}]}""";
        assertThatThrownBy(() -> pertukaran.baca(campur.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DokumenTidakValidException.class, e -> assertThat(e.galat())
                        .extracting(Galat::path)
                        .contains("periods[0].tujuan[0].indicators[0].polarity", "periods[0].tujuan[0].indicators[0].realisations[0]"));
    }

    @Test
    void anOversizedNumberIsNamedWithItsFieldAndAReasonInIndonesian() {
        String json = """
                {"format":"kinerja-exchange","formatVersion":2,
                 "periods":[{"name":"P","startYear":2025,"tujuan":[{"code":"T1","name":"T","indicators":[
                   {"code":"I1","name":"I","targets":[{"year":2025,"kind":"PK","value":1e19}],
                    "realisations":[{"year":2025,"quarter":1,"value":12345678901234567890}]}]}]}]}""";
        assertThatThrownBy(() -> pertukaran.baca(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DokumenTidakValidException.class, e -> assertThat(e.galat())
                        .containsExactlyInAnyOrder(
                                new Galat("periods[0].tujuan[0].indicators[0].targets[0].value",
                                        "terlalu besar: harus kurang dari 1.000.000.000.000.000.000"),
                                new Galat("periods[0].tujuan[0].indicators[0].realisations[0].value",
                                        "terlalu besar: harus kurang dari 1.000.000.000.000.000.000")));
        String salahJenis = """
                {"format":"kinerja-exchange","formatVersion":2,"periods":[{"name":"P","startYear":"2025","endYear":1800}]}""";
        assertThatThrownBy(() -> pertukaran.baca(salahJenis.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DokumenTidakValidException.class, e -> assertThat(e.galat()).containsExactlyInAnyOrder(
                        new Galat("periods[0].startYear", "harus berupa bilangan bulat atau kosong (null)"),
                        new Galat("periods[0].endYear", "terlalu kecil: paling kecil 1990")));
    }

    @Test
    void aDocumentAgainstTheSchemaIsRefusedWholeWithEveryPath() {
        TenantRef t = baru("skema-salah");
        String json = """
                {"format":"kinerja-exchange","formatVersion":2,
                 "periods":[{"name":"P","startYear":"dua ribu","tujuan":[
                   {"code":"T1","name":"Tujuan","indicators":[{"code":"I","name":"I","targets":[{"year":2025,"kind":"PK","value":"40,71"}]}],
                    "sasaran":[{"code":"S1"}]}]}],
                 "unknownField":1}""";
        assertThatThrownBy(() -> pertukaran.baca(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DokumenTidakValidException.class, e -> assertThat(e.galat())
                        .extracting(Galat::path)
                        .contains("periods[0].startYear", "periods[0].tujuan[0].indicators[0].targets[0].value",
                                "periods[0].tujuan[0].sasaran[0]", ""));
        assertThat(scope.call(t, () -> context.getBean(RenstraService.class).daftarPeriode())).isEmpty();
    }

    @Test
    void domainRulesAreCheckedAllAtOnceAndNothingIsWritten() throws Exception {
        TenantRef t = baru("aturan-salah");
        String json = """
                {"format":"kinerja-exchange","formatVersion":2,
                 "periods":[{"name":"P","startYear":2025,"tujuan":[
                   {"code":"T1","name":"Tujuan","indicators":[
                      {"code":"I1","name":"I","formula":"a / c * 100","components":[{"name":"a","label":"A"}],
                       "targets":[{"year":2025,"kind":"PK","value":1},{"year":2025,"kind":"PK","value":2}],
                       "realisations":[{"year":2025,"quarter":1,"status":"BELUM_TERSEDIA"}]}],
                    "programs":[{"code":"P1","name":"Salah tempat"}]}],
                   "narratives":[{"level":"sasaran","code":"S9","year":2025}]}]}""";
        Dokumen dokumen = context.getBean(io.micronaut.json.JsonMapper.class).readValue(json, Dokumen.class);
        assertThatThrownBy(() -> scope.run(t, () -> pertukaran.impor(dokumen, Impor.Mode.GANTI)))
                .isInstanceOfSatisfying(DokumenTidakValidException.class, e -> assertThat(e.galat())
                        .extracting(Galat::path)
                        .containsExactlyInAnyOrder("periods[0].tujuan[0].programs",
                                "periods[0].tujuan[0].indicators[0].formula",
                                "periods[0].tujuan[0].indicators[0].targets[1]",
                                "periods[0].tujuan[0].indicators[0].realisations[0].alasan",
                                "periods[0].narratives[0].code"));
        assertThat(scope.call(t, () -> context.getBean(RenstraService.class).daftarPeriode())).isEmpty();
    }

    @Test
    void mergeAddsPeriodsReplaceRemovesThem() throws Exception {
        TenantRef t = Dinas.dariSeed(context, "pasuruan-diskopum", "gabung-ganti");
        Dokumen lain = Dinas.seed(context, "kota-diskopumdag");
        scope.run(t, () -> pertukaran.impor(lain, Impor.Mode.GABUNG));
        assertThat(scope.call(t, () -> context.getBean(RenstraService.class).daftarPeriode())).hasSize(2);
        scope.run(t, () -> pertukaran.impor(lain, Impor.Mode.GANTI));
        assertThat(scope.call(t, () -> context.getBean(RenstraService.class).daftarPeriode())).hasSize(1);
    }

    @Test
    void mergingAProfileKeepsWhatTheDocumentLeavesOut() {
        TenantRef t = Dinas.dariSeed(context, "pasuruan-diskopum", "profil-gabung");
        ProfilService profil = context.getBean(ProfilService.class);
        ProfilData awal = scope.call(t, profil::baca);
        assertThat(awal.visi()).isNotBlank();
        assertThat(awal.kepala().nip()).isNotBlank();
        String json = """
                {"format":"kinerja-exchange","formatVersion":2,
                 "profile":{"officialName":"Dinas Koperasi Baru","kepala":{"name":"Nama Baru"}}}""";
        scope.run(t, () -> pertukaran.impor(pertukaran.baca(json.getBytes(StandardCharsets.UTF_8)), Impor.Mode.GABUNG));
        ProfilData gabung = scope.call(t, profil::baca);
        assertThat(gabung.namaResmi()).isEqualTo("Dinas Koperasi Baru");
        assertThat(gabung.kepala().nama()).isEqualTo("Nama Baru");
        assertThat(gabung.kepala().nip()).isEqualTo(awal.kepala().nip());
        assertThat(gabung.visi()).isEqualTo(awal.visi());
        assertThat(gabung.misi()).isEqualTo(awal.misi());

        scope.run(t, () -> pertukaran.impor(pertukaran.baca(json.getBytes(StandardCharsets.UTF_8)), Impor.Mode.GANTI));
        ProfilData ganti = scope.call(t, profil::baca);
        assertThat(ganti.visi()).isNull(); // replacing means the document is the whole truth
        assertThat(ganti.kepala().nip()).isNull();
    }

    private static TenantRef baru(String slug) {
        return context.getBean(TenantProvisioning.class).provision(new TenantBaru(slug, "Dinas " + slug, null, null, "kota")).ref();
    }
}
