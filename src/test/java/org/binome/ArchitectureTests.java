package org.binome;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    private final com.tngtech.archunit.core.domain.JavaClasses production = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.binome");

    @Test
    void theMatchingEngineIsPlainJava() {
        classes()
                .that()
                .resideInAPackage("org.binome.matching.engine..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.binome.matching.engine..")
                .allowEmptyShould(true)
                .check(production);
    }

    @Test
    void controllersStayInsideTheirModule() {
        classes()
                .that()
                .areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .should()
                .notBePublic()
                .check(production);
    }

    @Test
    void noFieldInjection() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .areAssignableTo(org.springframework.beans.factory.annotation.Autowired.class)
                .check(production);
    }
}
