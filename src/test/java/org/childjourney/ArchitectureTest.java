package org.childjourney;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Domain rules read as plain Java: only the packages that adapt the engine may use Camunda, so a move to Operaton is a rename. */
class ArchitectureTest {

    private final JavaClasses production = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.childjourney");

    @Test
    void onlyTheEngineAdapterPackagesUseCamunda() {
        noClasses().that().resideOutsideOfPackage("..engine..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .because("engine-specific code (delegates, listeners, plugins) lives in the engine adapter packages")
                .check(production);
    }
}
