package vn.wtcexpo.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.wtcexpo.web.support.Retried;

/**
 * The shape of the house (both modules; the web module's tests see the core's classes): the web module
 * is interfaces only, contexts talk through each other's application interfaces, and there are no cycles.
 */
class ArchitectureTest {

    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.wtcexpo");

    private static final List<String> CONTEXTS = List.of("venue", "booking", "identity", "notification", "event", "exhibition", "registration", "gate",
            "insight");

    @Test
    void theWebModule_neverUsesJpaOrJdbc() {
        noClasses().that().resideInAnyPackage("vn.wtcexpo.web..", "vn.wtcexpo.rest..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "java.sql..", "javax.sql..",
                        "org.eclipse.persistence..")
                .check(ALL);
    }

    @Test
    void theWebModule_neverReachesIntoAContextsInternalsOrRepositories() {
        noClasses().that().resideInAnyPackage("vn.wtcexpo.web..", "vn.wtcexpo.rest..")
                .should().dependOnClassesThat().resideInAPackage("vn.wtcexpo.*.application.internal..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(ALL);
    }

    /**
     * The demo data is a client like the pages and the API: it plays its history through the application services
     * ({@code infrastructure.security.Replay}), so that it obeys every rule they keep, and never writes behind them.
     */
    @Test
    void theDemoData_usesTheApplicationServicesOnly() {
        noClasses().that().resideInAPackage("vn.wtcexpo.demo..")
                .should().dependOnClassesThat().resideInAPackage("vn.wtcexpo.*.application.internal..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "java.sql..")
                .check(ALL);
    }

    @Test
    void noContext_usesAnotherContextsInternals() {
        for (String context : CONTEXTS) {
            noClasses().that().resideInAPackage("vn.wtcexpo." + context + "..")
                    .should().dependOnClassesThat(internalOfAnotherContextThan(context))
                    .check(ALL);
        }
    }

    /**
     * Contexts refer to each other by id or through the other's application interfaces, never its model.
     * One known exception, to be paid back: a hall booking still holds the venue's {@code Hall} entity and
     * locks through the venue's {@code HallSchedule} (the booking invariant spans both tables).
     */
    @Test
    void noContext_usesAnotherContextsModel_butBookingOnVenue() {
        for (String context : CONTEXTS) {
            noClasses().that().resideInAPackage("vn.wtcexpo." + context + "..")
                    .should().dependOnClassesThat(modelOfAnotherContextThan(context))
                    .check(ALL);
        }
    }

    /** {@code shared} is the domain's vocabulary (money, text, periods, codes, holds): it knows nothing else of ours. */
    @Test
    void shared_dependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("vn.wtcexpo.shared..")
                .should().dependOnClassesThat().resideInAnyPackage(ours("vn.wtcexpo.shared.."))
                .check(ALL);
    }

    /**
     * {@code infrastructure} is the technical floor under the contexts (documents, database failures and migrations,
     * the timer, the clock): it serves them without knowing them. An adapter that implements a context's port lives in
     * that context ({@code gate.infrastructure}); the demo data, which uses every context, is a package of its own.
     */
    @Test
    void infrastructure_knowsNoContext() {
        noClasses().that().resideInAPackage("vn.wtcexpo.infrastructure..")
                .should().dependOnClassesThat().resideInAnyPackage(ours("vn.wtcexpo.shared..", "vn.wtcexpo.infrastructure.."))
                .check(ALL);
    }

    /** Every package of ours but {@code allowed}. */
    private static String[] ours(String... allowed) {
        List<String> all = new java.util.ArrayList<>();
        CONTEXTS.forEach(c -> all.add("vn.wtcexpo." + c + ".."));
        all.addAll(List.of("vn.wtcexpo.shared..", "vn.wtcexpo.infrastructure..", "vn.wtcexpo.demo..", "vn.wtcexpo.web..",
                "vn.wtcexpo.rest.."));
        all.removeAll(List.of(allowed));
        return all.toArray(String[]::new);
    }

    @Test
    void contexts_haveNoCycles() {
        slices().matching("vn.wtcexpo.(*)..").should().beFreeOfCycles().check(ALL);
    }

    @Test
    void everyApiResourceAndPageView_retriesPassingDatabaseFailures() {
        classes().that().areAnnotatedWith(Path.class).or().areAnnotatedWith(jakarta.inject.Named.class)
                .and().resideInAnyPackage("vn.wtcexpo.rest..", "vn.wtcexpo.web..")
                .and().haveSimpleNameNotEndingWith("LanguageView").and().haveSimpleNameNotEndingWith("LoginView")
                .should().beAnnotatedWith(Retried.class)
                .check(ALL);
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> internalOfAnotherContextThan(String context) {
        return com.tngtech.archunit.base.DescribedPredicate.describe("the internals of another context than " + context,
                c -> c.getPackageName().contains(".application.internal")
                        && !c.getPackageName().startsWith("vn.wtcexpo." + context + "."));
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> modelOfAnotherContextThan(String context) {
        return com.tngtech.archunit.base.DescribedPredicate.describe("the model of another context than " + context,
                c -> {
                    String p = c.getPackageName();
                    if (!p.matches("vn\\.wtcexpo\\.\\w+\\.model(\\..*)?") || p.startsWith("vn.wtcexpo." + context + ".")) {
                        return false;
                    }
                    boolean bookingOnVenue = context.equals("booking") && p.startsWith("vn.wtcexpo.venue.model");
                    return !bookingOnVenue;
                });
    }
}
