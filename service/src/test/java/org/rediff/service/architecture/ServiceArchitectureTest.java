package org.rediff.service.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The service layer (README, Layout): use cases and persistence, no web types, nothing above it. */
class ServiceArchitectureTest {
    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rediff.service");

    @Test
    void serviceImportsNoWebTypes() {
        noClasses().that().resideInAPackage("org.rediff.service..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "org.springframework.http..", "org.springframework.security..", "org.springframework.boot..",
                        "jakarta.servlet..", "org.thymeleaf..", "picocli..")
                .because("both front ends call the service; it must not know either")
                .check(SERVICE);
    }

    @Test
    void serviceDependsOnNeitherFrontEnd() {
        noClasses().that().resideInAPackage("org.rediff.service..")
                .should().dependOnClassesThat().resideInAnyPackage("org.rediff.app..", "org.rediff.cli..")
                .check(SERVICE);
    }
}
