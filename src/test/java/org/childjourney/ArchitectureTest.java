package org.childjourney;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Domain rules read as plain Java: only the packages that adapt the engine may use Camunda, so a move to Operaton is a rename. */
@AnalyzeClasses(packages = "org.childjourney", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyEngineAdaptersUseCamunda = noClasses()
            .that().resideOutsideOfPackage("..engine..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..")
            .because("engine-specific code (delegates, listeners, plugins) lives in the engine adapter packages");
}
