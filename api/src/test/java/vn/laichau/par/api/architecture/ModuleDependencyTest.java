package vn.laichau.par.api.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.Test;
import vn.laichau.par.domain.architecturefixture.DomainClassThatReachesIntoTheApi;

/**
 * Dependencies point one way: domain ← persistence ← application ← {notifier, bot} ← api. The notifier and the
 * bot do not know each other.
 */
class ModuleDependencyTest {

    static final ArchRule MODULES_POINT_ONE_WAY = Architectures.layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("vn.laichau.par..")
            .layer("domain").definedBy("vn.laichau.par.domain..")
            .layer("persistence").definedBy("vn.laichau.par.persistence..")
            .layer("application").definedBy("vn.laichau.par.application..")
            .layer("notifier").definedBy("vn.laichau.par.notifier..")
            .layer("bot").definedBy("vn.laichau.par.bot..")
            .layer("api").definedBy("vn.laichau.par.api..")
            .whereLayer("api").mayNotBeAccessedByAnyLayer()
            .whereLayer("notifier").mayOnlyBeAccessedByLayers("api")
            .whereLayer("bot").mayOnlyBeAccessedByLayers("api")
            .whereLayer("application").mayOnlyBeAccessedByLayers("notifier", "bot", "api")
            .whereLayer("persistence").mayOnlyBeAccessedByLayers("application", "notifier", "bot", "api")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("persistence", "application", "notifier", "bot", "api")
            .withOptionalLayers(true);

    static final ArchRule NO_CYCLES = slices().matching("vn.laichau.par.(*)..").should().beFreeOfCycles();

    private static JavaClasses productionClasses() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("vn.laichau.par");
    }

    @Test
    void modulesDependOnEachOtherInOneDirectionOnly() {
        JavaClasses classes = productionClasses();

        assertThat(classes.stream().map(c -> c.getPackageName().split("\\.")[3]).distinct())
                .contains("domain", "persistence", "application", "api");
        MODULES_POINT_ONE_WAY.check(classes);
    }

    @Test
    void modulesFormNoCycles() {
        NO_CYCLES.check(productionClasses());
    }

    @Test
    void aDomainClassThatImportsTheApiBreaksTheRule() {
        JavaClasses offender = new ClassFileImporter().importClasses(DomainClassThatReachesIntoTheApi.class,
                vn.laichau.par.api.common.Page.class);

        EvaluationResult result = MODULES_POINT_ONE_WAY.evaluate(offender);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("DomainClassThatReachesIntoTheApi");
    }
}
