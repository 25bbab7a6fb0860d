package id.kinerja.pendaftaran;

import id.kinerja.basisdata.VersiTulis;
import id.kinerja.pertukaran.Ekspor;
import id.kinerja.pertukaran.Impor;
import id.kinerja.pertukaran.dokumen.Dokumen;
import id.kinerja.profil.ProfilData;
import id.kinerja.profil.ProfilService;
import id.kinerja.tenant.JejakKonteks;
import id.kinerja.tenant.PersediaanSkema;
import id.kinerja.tenant.Tenant;
import id.kinerja.tenant.TenantBaru;
import id.kinerja.tenant.TenantProvisioning;
import id.kinerja.tenant.TenantRef;
import id.kinerja.tenant.TenantRegistry;
import id.kinerja.tenant.TenantScope;
import id.kinerja.testing.Dinas;
import id.kinerja.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.propagation.PropagatedContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Onboarding from the stock filled with a template's framework ({@link PersediaanSkema.Kerangka}): the same dinas as a
 * full import, its own profile and audit row, never a stale framework, given back on failure, never shared.
 */
class PersediaanKerangkaTest {

    private static final String TEMPLATE = "lumajang-diskopukmperindag";
    /** Node and indicator rows of the template's framework (its seed). */
    private static final int SIMPUL = 126;
    private static final int INDIKATOR = 127;
    private static final ProfilData.Pejabat KEPALA = new ProfilData.Pejabat("Budi Santoso", "Pembina", "IV/a",
            "197001011990031001", "Kepala Dinas Uji", null);

    static String url;
    static ApplicationContext context;
    /** The same database without any stock: every onboarding creates its schema and imports in full. */
    static ApplicationContext tanpaStok;
    static Pendaftaran pendaftaran;
    static PersediaanSkema persediaan;
    static TenantScope scope;
    static TenantRegistry registry;

    @BeforeAll
    static void start() throws InterruptedException {
        url = TestDatabase.createDatabase();
        Map<String, Object> props = TestDatabase.properties(url);
        props.put("kinerja.persediaan-skema.jumlah", 2);
        context = ApplicationContext.run(props);
        Dinas.dariSeed(context, TEMPLATE);
        Map<String, Object> tanpa = TestDatabase.properties(url);
        tanpa.put("kinerja.persediaan-skema.jumlah", 0);
        tanpaStok = ApplicationContext.run(tanpa);
        pendaftaran = context.getBean(Pendaftaran.class);
        persediaan = context.getBean(PersediaanSkema.class);
        scope = context.getBean(TenantScope.class);
        registry = context.getBean(TenantRegistry.class);
        persediaan.tungguIsi();
    }

    @AfterAll
    static void stop() {
        tanpaStok.close();
        context.close();
    }

    /**
     * A dinas onboarded without any stock (schema created, full import) and one taken from the filled stock: both have the same rows in every table (timestamps aside), each its own profile, one audit row by its user.
     */
    @Test
    void aDinasFromFilledStockEqualsAFullImport() throws Exception {
        mintaStok("pengisi-stok"); // asks for the filled stock
        Tenant penuh = sebagai("penguji", () -> tanpaStok.getBean(Pendaftaran.class).dariDokumen(identitas("impor-penuh"),
                pendaftaran.kerangka(TEMPLATE), new Pendaftaran.Pimpinan(KEPALA, null)));
        persediaan.tungguIsi();
        String kunci = kunci(TEMPLATE);
        List<Long> terisi = oids(terisi(kunci));
        assertThat(terisi).hasSize(2);

        Tenant dariStok;
        long platform;
        try (Connection c = TestDatabase.connect(url); var st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("SELECT pg_advisory_xact_lock(7140003)"); // the refill's lock: it waits until the version is read
            dariStok = sebagai("penguji", () -> pendaftaran.dariDokumen(identitas("dari-kerangka"), pendaftaran.kerangka(TEMPLATE),
                    new Pendaftaran.Pimpinan(KEPALA, null)));
            platform = context.getBean(VersiTulis.class).versiPlatform(); // the refill (a full import) writes no platform data
            c.rollback();
        }

        assertThat(terisi).as("taken from the filled stock").contains(oid(dariStok.schemaName()));
        assertThat(terisi).doesNotContain(oid(penuh.schemaName()));
        List<String> tabel = tabel(penuh.schemaName());
        assertThat(tabel).contains("simpul", "indikator", "profil", "jejak").isEqualTo(tabel(dariStok.schemaName()));
        for (String t : tabel) {
            if (t.equals("profil")) { // the same form but for the name
                assertThat(isi(dariStok.schemaName(), t).stream().map(r -> r.replace("dari-kerangka", "impor-penuh")).toList())
                        .as(t).isEqualTo(isi(penuh.schemaName(), t)).hasSize(1);
            } else if (!t.equals("jejak")) {
                assertThat(isi(dariStok.schemaName(), t)).as(t).isEqualTo(isi(penuh.schemaName(), t));
            }
        }
        assertThat(isi(dariStok.schemaName(), "simpul")).hasSize(SIMPUL);
        assertThat(isi(dariStok.schemaName(), "indikator")).hasSize(INDIKATOR);
        // the tree, the indicators with their components and targets, as the export reads them (ids resolved)
        Ekspor ekspor = context.getBean(Ekspor.class);
        Dokumen a = scope.call(penuh.ref(), () -> ekspor.ekspor(null));
        Dokumen b = scope.call(dariStok.ref(), () -> ekspor.ekspor(null));
        assertThat(Pendaftaran.bingkai(b)).isEqualTo(Pendaftaran.bingkai(a));
        assertThat(b.periods()).isNotEmpty();
        assertThat(b.profile().kepala()).isEqualTo(a.profile().kepala());
        // the audit log: only the onboarding's summary row, by its user
        List<String> jejak = isi(dariStok.schemaName(), "jejak");
        assertThat(jejak).hasSize(1).isEqualTo(isi(penuh.schemaName(), "jejak"));
        assertThat(jejak.getFirst()).contains("penguji", "IMPOR", "simpul\"\": " + SIMPUL, "indikator\"\": " + INDIKATOR); // quotes doubled in row text
        // its own profile: the form's name, region and head, not the template's
        ProfilData p = scope.call(registry.serving("dari-kerangka"), context.getBean(ProfilService.class)::baca);
        assertThat(p.namaResmi()).isEqualTo("Dinas dari-kerangka");
        assertThat(p.wilayah()).isEqualTo("Kabupaten Uji");
        assertThat(p.kepala().nama()).isEqualTo("Budi Santoso");
        assertThat(p.kepala().nip()).isEqualTo("197001011990031001");
        ProfilData templat = scope.call(registry.serving(TEMPLATE), context.getBean(ProfilService.class)::baca);
        assertThat(p.namaResmi()).isNotEqualTo(templat.namaResmi());
        assertThat(p.kepala()).isNotEqualTo(templat.kepala());

        persediaan.tungguIsi();
        assertThat(terisi(kunci)).as("refilled").hasSize(2);
        assertThat(context.getBean(VersiTulis.class).versiPlatform()).as("sign-in and registry caches kept").isEqualTo(platform);
    }

    /** A template changed after its stock was filled has another key: the next dinas gets the change, not the old stock. */
    @Test
    void aChangedTemplateIsNeverServedFromItsOldStock() throws Exception {
        mintaStok("sebelum-ubah");
        persediaan.tungguIsi();
        String lama = kunci(TEMPLATE);
        List<Long> stokLama = oids(terisi(lama));
        assertThat(stokLama).hasSize(2);

        TenantRef templat = registry.serving(TEMPLATE);
        Dokumen asli = scope.call(templat, context.getBean(Ekspor.class)::kerangka);
        Dokumen.Period p = asli.periods().getFirst();
        Dokumen ubah = new Dokumen(asli.format(), asli.formatVersion(), null, null,
                List.of(new Dokumen.Period(p.name() + " (revisi)", p.startYear(), p.endYear(), p.tujuan(), p.narratives(), p.chapters())),
                asli.scale(), asli.notes());
        try {
            scope.call(templat, () -> context.getBean(Impor.class).impor(ubah, Impor.Mode.GANTI));
            assertThat(kunci(TEMPLATE)).isNotEqualTo(lama);

            Tenant baru = pendaftaran.dariTemplate(identitas("sesudah-ubah"), TEMPLATE);
            persediaan.tungguIsi();
            assertThat(terisi(kunci(TEMPLATE))).as("a framework's first onboarding makes no filled stock").isEmpty();
            pendaftaran.dariTemplate(identitas("sesudah-ubah-b"), TEMPLATE); // its second does

            assertThat(stokLama).doesNotContain(oid(baru.schemaName()));
            Dokumen dapat = scope.call(baru.ref(), context.getBean(Ekspor.class)::kerangka);
            assertThat(dapat.periods().getFirst().name()).endsWith("(revisi)");
            persediaan.tungguIsi();
            assertThat(terisi(kunci(TEMPLATE))).hasSize(2);
            // the stock of the new key is the changed framework, too
            Tenant lagi = pendaftaran.dariTemplate(identitas("sesudah-ubah-2"), TEMPLATE);
            assertThat(scope.call(lagi.ref(), context.getBean(Ekspor.class)::kerangka).periods().getFirst().name()).endsWith("(revisi)");
            assertThat(isi(lagi.schemaName(), "simpul")).isEqualTo(isi(baru.schemaName(), "simpul"));
        } finally {
            scope.call(templat, () -> context.getBean(Impor.class).impor(asli, Impor.Mode.GANTI));
            persediaan.tungguIsi();
        }
    }

    /** Onboards twice from the template: a framework gets filled stock from its second onboarding on a server. */
    private void mintaStok(String slug) {
        pendaftaran.dariTemplate(identitas(slug), TEMPLATE);
        pendaftaran.dariTemplate(identitas(slug + "-b"), TEMPLATE);
    }

    /** Completing a filled schema returns what the full import returns (its callers may show it). */
    @Test
    void theImportOverAFrameworkReportsWhatTheFullImportReports() throws Exception {
        mintaStok("sebelum-ringkasan");
        persediaan.tungguIsi();
        String kunci = kunci(TEMPLATE);
        Dokumen isi = Pendaftaran.denganIdentitas(identitas("ringkasan"), pendaftaran.kerangka(TEMPLATE));
        Impor.Ringkasan penuh = tanpaStok.getBean(TenantProvisioning.class).provision(identitas("ringkasan-penuh"), null,
                () -> tanpaStok.getBean(Impor.class).impor(isi, Impor.Mode.GANTI)).isi();
        PersediaanSkema.Kerangka kerangka = pendaftaran.kerangkaStok(isi);
        assertThat(kerangka.kunci()).isEqualTo(kunci);
        Impor.Ringkasan atas = context.getBean(TenantProvisioning.class).provision(identitas("ringkasan-stok"), null,
                kerangka, dariStok -> {
                    assertThat(dariStok).isTrue();
                    return context.getBean(Impor.class).imporAtasKerangka(isi);
                }).isi();
        assertThat(atas).usingRecursiveComparison().isEqualTo(penuh);
        assertThat(atas.getIndikator()).isEqualTo(INDIKATOR);
        persediaan.tungguIsi();
    }

    /** A failed onboarding rolls its rename back: the filled schema is in stock again, under its own name. */
    @Test
    void aFailedOnboardingGivesTheFilledSchemaBack() throws Exception {
        mintaStok("sebelum-gagal");
        persediaan.tungguIsi();
        String kunci = kunci(TEMPLATE);
        List<String> sebelum = terisi(kunci);
        assertThat(sebelum).hasSize(2);
        List<Long> oid = oids(sebelum);

        assertThatThrownBy(() -> context.getBean(TenantProvisioning.class).provision(identitas("gagal-kerangka"), null,
                pendaftaran.kerangkaStok(pendaftaran.kerangka(TEMPLATE)), dariStok -> {
                    assertThat(dariStok).isTrue();
                    throw new IllegalStateException("isi gagal");
                })).hasMessage("isi gagal");

        assertThat(oid("t_gagal_kerangka")).isZero();
        assertThat(registry.find("gagal-kerangka")).isEmpty();
        assertThat(terisi(kunci)).isEqualTo(sebelum);
        assertThat(oids(sebelum)).isEqualTo(oid);
    }

    /** Five onboardings at once against two filled schemas: each gets its own schema and the whole framework. */
    @Test
    void concurrentOnboardingsNeverShareAFilledSchema() throws Exception {
        mintaStok("sebelum-serentak");
        persediaan.tungguIsi();
        String kunci = kunci(TEMPLATE);
        List<Long> stok = oids(terisi(kunci));
        assertThat(stok).hasSize(2);
        Dokumen kerangka = pendaftaran.kerangka(TEMPLATE);
        List<Callable<Tenant>> kerja = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String slug = "kerangka-serentak-" + i;
            kerja.add(() -> pendaftaran.dariDokumen(identitas(slug), kerangka));
        }
        List<Long> oids = new ArrayList<>();
        List<Tenant> dibuat = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(5)) {
            for (Future<Tenant> f : pool.invokeAll(kerja)) {
                dibuat.add(f.get());
                oids.add(oid(f.get().schemaName()));
            }
        }
        assertThat(oids).doesNotHaveDuplicates().doesNotContain(0L);
        assertThat(oids.stream().filter(stok::contains).count()).as("filled schemas taken").isEqualTo(2);
        for (Tenant t : dibuat) {
            assertThat(isi(t.schemaName(), "indikator")).as(t.slug()).hasSize(INDIKATOR);
            assertThat(isi(t.schemaName(), "jejak")).as(t.slug()).hasSize(1);
        }
        persediaan.tungguIsi();
    }

    private static TenantBaru identitas(String slug) {
        return new TenantBaru(slug, "Dinas " + slug, "Kabupaten Uji", "Jawa Timur", "kabupaten");
    }

    private static String kunci(String template) {
        return pendaftaran.kunci(Pendaftaran.bingkai(pendaftaran.kerangka(template)));
    }

    private static <T> T sebagai(String pengguna, Callable<T> kerja) throws Exception {
        try (PropagatedContext.Scope ignored = PropagatedContext.getOrEmpty()
                .plus(new JejakKonteks(pengguna, null, false)).propagate()) {
            return kerja.call();
        }
    }

    /** The filled stock schemas of {@code kunci} on the main server. */
    private static List<String> terisi(String kunci) throws SQLException {
        List<String> nama = new ArrayList<>();
        try (Connection c = TestDatabase.connect(url); var st = c.prepareStatement(
                "SELECT nspname FROM pg_namespace WHERE nspname ~ ('^kinerja_siap_[0-9a-f]{8}_' || ? || '_[0-9a-f]{16}$') ORDER BY 1")) {
            st.setString(1, kunci);
            var rs = st.executeQuery();
            while (rs.next()) {
                nama.add(rs.getString(1));
            }
        }
        return nama;
    }

    private static List<String> tabel(String schema) throws SQLException {
        List<String> nama = new ArrayList<>();
        try (Connection c = TestDatabase.connect(url); var st = c.prepareStatement(
                "SELECT relname FROM pg_class WHERE relnamespace = ?::regnamespace AND relkind IN ('r', 'p') ORDER BY 1")) {
            st.setString(1, schema);
            var rs = st.executeQuery();
            while (rs.next()) {
                nama.add(rs.getString(1));
            }
        }
        return nama;
    }

    /**
     * Every row of {@code schema.tabel} as text, in a stable order, without its ids and references ({@code id}, {@code
     * *_id}: ids come from sequences shared by all dinas) and timestamps; the tree is compared by the export.
     */
    private static List<String> isi(String schema, String tabel) throws SQLException {
        try (Connection c = TestDatabase.connect(url)) {
            List<String> kolom = new ArrayList<>();
            try (var st = c.prepareStatement("SELECT column_name FROM information_schema.columns WHERE table_schema = ?"
                    + " AND table_name = ? AND data_type NOT LIKE 'timestamp%' AND column_name <> 'id' AND column_name NOT LIKE '%\\_id'"
                    + " ORDER BY ordinal_position")) {
                st.setString(1, schema);
                st.setString(2, tabel);
                var rs = st.executeQuery();
                while (rs.next()) {
                    kolom.add('"' + rs.getString(1) + '"');
                }
            }
            String daftar = String.join(", ", kolom);
            List<String> baris = new ArrayList<>();
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT ROW(" + daftar + ")::text FROM " + schema + "."
                    + tabel + " ORDER BY 1")) {
                while (rs.next()) {
                    baris.add(rs.getString(1));
                }
            }
            return baris;
        }
    }

    private static List<Long> oids(List<String> schemas) throws SQLException {
        List<Long> hasil = new ArrayList<>();
        for (String s : schemas) {
            hasil.add(oid(s));
        }
        return hasil;
    }

    private static long oid(String schema) throws SQLException {
        try (Connection c = TestDatabase.connect(url); var st = c.prepareStatement("SELECT oid FROM pg_namespace WHERE nspname = ?")) {
            st.setString(1, schema);
            var rs = st.executeQuery();
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
