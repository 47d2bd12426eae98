package vn.laichau.par.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.laichau.par.api.architecturefixture.ResourceThatQueriesTheDatabase;
import vn.laichau.par.api.architecturefixture.ResourceThatReachesIntoTheNotifier;
import vn.laichau.par.api.cyclefixturea.First;
import vn.laichau.par.api.cyclefixtureb.Second;

/**
 * The boundaries inside the modules: the database is reached only through persistence, packages form no cycles,
 * and an adapter uses another module only through the packages that module publishes. Each rule is shown to
 * bite on a planted violation.
 */
class PackageBoundaryTest {

    /** What the notifier and the bot publish to the modules that assemble them; the rest is theirs alone. */
    static final List<String> PUBLISHED = List.of("vn.laichau.par.notifier", "vn.laichau.par.bot",
            "vn.laichau.par.bot.gateway");

    static final ArchRule ONLY_PERSISTENCE_USES_THE_ENTITY_MANAGER = noClasses()
            .that().resideOutsideOfPackages("vn.laichau.par.persistence..")
            .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .orShould().dependOnClassesThat().areAssignableTo(EntityManagerFactory.class)
            .because("data access lives in persistence; use cases and adapters call repositories");

    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("vn.laichau.par.(*).(*)..").should().beFreeOfCycles();

    static final ArchRule ADAPTERS_USE_PUBLISHED_PACKAGES = noClasses()
            .that().resideInAPackage("vn.laichau.par.api..")
            .should().dependOnClassesThat(DescribedPredicate.describe(
                    "lie in an unpublished package of the notifier or the bot",
                    (JavaClass target) -> (target.getPackageName().startsWith("vn.laichau.par.notifier")
                            || target.getPackageName().startsWith("vn.laichau.par.bot"))
                            && !PUBLISHED.contains(target.getPackageName())));

    private static JavaClasses productionClasses() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("vn.laichau.par");
    }

    @Test
    void onlyPersistenceTouchesTheEntityManager() {
        ONLY_PERSISTENCE_USES_THE_ENTITY_MANAGER.check(productionClasses());
    }

    @Test
    void packagesFormNoCycles() {
        NO_PACKAGE_CYCLES.check(productionClasses());
    }

    @Test
    void theApiUsesTheNotifierAndTheBotOnlyThroughTheirPublishedPackages() {
        ADAPTERS_USE_PUBLISHED_PACKAGES.check(productionClasses());
    }

    @Test
    void everyProductionPackageSaysWhatLivesThere() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> packages;
        try (Stream<Path> files = Files.walk(root, 12)) {
            packages = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.toString().contains("/src/main/java/") && !f.toString().contains("/target/"))
                    .map(Path::getParent).distinct().toList();
        }
        List<Path> undescribed = packages.stream().filter(p -> !Files.exists(p.resolve("package-info.java")))
                .map(root::relativize).sorted().toList();

        assertThat(packages).hasSizeGreaterThan(40);
        assertThat(undescribed).as("packages without a package-info.java").isEmpty();
    }

    @Test
    void plantedViolationsAreCaught() {
        JavaClasses planted = new ClassFileImporter().importClasses(ResourceThatQueriesTheDatabase.class,
                ResourceThatReachesIntoTheNotifier.class);

        assertThat(ONLY_PERSISTENCE_USES_THE_ENTITY_MANAGER.evaluate(planted).getFailureReport().toString())
                .contains("ResourceThatQueriesTheDatabase");
        assertThat(ADAPTERS_USE_PUBLISHED_PACKAGES.evaluate(planted).getFailureReport().toString())
                .contains("ResourceThatReachesIntoTheNotifier");
        assertThat(NO_PACKAGE_CYCLES.evaluate(new ClassFileImporter().importClasses(First.class, Second.class))
                .hasViolation()).isTrue();
    }
}
