package org.binome.matching.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class EngineDependencyTests {

    @Test
    void engineDependsOnTheJdkOnly() {
        classes()
                .that()
                .resideInAPackage("org.binome.matching.engine..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.binome.matching.engine..")
                .because("the engine is plain Java so it can run from the command line and be tested in isolation")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.binome.matching.engine"));
    }
}
