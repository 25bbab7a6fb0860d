package id.kinerja.arsitektur;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module arrows and the tenancy rules, checked on the compiled classes. A class belongs to the module
 * whose build output it came from, so a wrong arrow fails here even where Maven would let it through.
 */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
                .importPackages("id.kinerja");
    }

    private static DescribedPredicate<JavaClass> module(String name) {
        return DescribedPredicate.describe("in module " + name, c -> c.getSource()
                .map(s -> s.getUri().toString())
                .map(uri -> uri.contains("/" + name + "/target/classes/") || uri.contains("/" + name + "-0.")
                        || uri.contains("/id/kinerja/" + name + "/"))
                .orElse(false));
    }

    /** Fails too when a module has no classes at all: then its rule would check nothing. */
    @Test
    void modulesDependOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("server").definedBy(module("server"))
                .layer("ui").definedBy(module("ui"))
                .layer("reports").definedBy(module("reports"))
                .layer("tenants").definedBy(module("tenants"))
                .whereLayer("server").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("server")
                .whereLayer("reports").mayOnlyBeAccessedByLayers("ui", "server")
                .whereLayer("tenants").mayOnlyBeAccessedByLayers("reports", "ui", "server")
                .check(classes);
    }

    @Test
    void tenantsKnowsNothingOfHttpVaadinOrJasper() {
        noClasses().that(module("tenants"))
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.micronaut.http..", "jakarta.servlet..", "com.vaadin..", "net.sf.jasperreports..",
                        "org.eclipse.jetty..")
                .check(classes);
    }

    @Test
    void onlyTenancyTouchesConnectionsAndDataSources() {
        noClasses().that().resideOutsideOfPackages("id.kinerja.tenant..", "id.kinerja.basisdata..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.sql.Connection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.sql.DataSource")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.DriverManager")
                .check(classes);
    }

    /** A tenant reference comes only from the registry (by slug) and is put in context by tenancy or the API gate. */
    @Test
    void tenantReferencesComeOnlyFromTheRegistry() {
        noClasses().that().resideOutsideOfPackage("id.kinerja.tenant..")
                .should().callConstructor(id.kinerja.tenant.TenantRef.class, long.class, String.class, String.class, String.class)
                .check(classes);
        noClasses().that().resideOutsideOfPackage("id.kinerja.tenant..").and().doNotHaveFullyQualifiedName("id.kinerja.ui.PenggunaSesi")
                .should().callMethod(io.micronaut.core.propagation.PropagatedContext.class, "plus",
                        io.micronaut.core.propagation.PropagatedContextElement.class)
                .because("only tenancy (and the UI's session filter, for the signed-in user) add to the propagated context")
                .check(classes);
    }

    /**
     * A feature's repositories (its tables) are read and written by its own package only: every other feature,
     * the import and export, backups, reports and the UI go through its service, where its rules are.
     */
    @Test
    void repositoriesAreUsedOnlyByTheirOwnFeature() {
        classes().that().resideInAPackage("id.kinerja..").and().haveSimpleNameEndingWith("Repository")
                .should(new com.tngtech.archunit.lang.ArchCondition<>("be used only by classes of their own feature package") {
                    @Override
                    public void check(JavaClass repository, com.tngtech.archunit.lang.ConditionEvents events) {
                        String fitur = fitur(repository.getPackageName());
                        repository.getDirectDependenciesToSelf().stream()
                                .filter(d -> !fitur.equals(fitur(d.getOriginClass().getPackageName())))
                                .forEach(d -> events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(d, d.getDescription())));
                    }
                })
                .check(classes);
    }

    /** {@code id.kinerja.pertukaran.excel} → {@code pertukaran}. */
    private static String fitur(String paket) {
        String sisa = paket.startsWith("id.kinerja.") ? paket.substring("id.kinerja.".length()) : paket;
        int titik = sisa.indexOf('.');
        return titik < 0 ? sisa : sisa.substring(0, titik);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("id.kinerja.(*)..").should().beFreeOfCycles().check(classes);
    }
}
