package org.rediff.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The core's boundaries (README.md, Layout): no framework, database or file-format library, none of our other
 * modules, and no capability package importing another except through {@code common} and {@code units}.
 */
class CoreArchitectureTest {
    static final List<String> CAPABILITIES = List.of("evidence", "dosimetry", "response", "survival", "design",
            "protocol", "patient");
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rediff.core");

    @Test
    void coreDependsOnNoFrameworkDatabaseOrFileFormat() {
        final ArchRule rule = noClasses().that().resideInAPackage("org.rediff.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "javax.sql..",
                        "java.sql..", "org.apache.commons.csv..", "tools.jackson..", "com.fasterxml..",
                        "org.jfree..", "org.apache.pdfbox..", "ca.uhn..", "ij..", "picocli..", "org.h2..",
                        "org.flywaydb..")
                .because("the core is framework-free: numerics libraries only");
        rule.check(CORE);
    }

    @Test
    void coreDependsOnNoOtherModuleOfOurs() {
        noClasses().that().resideInAPackage("org.rediff.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.rediff.io..", "org.rediff.app..",
                        "org.rediff.cli..")
                .check(CORE);
    }

    @Test
    void capabilitiesDoNotImportEachOther() {
        for (String capability : CAPABILITIES) {
            final String[] others = CAPABILITIES.stream().filter(c -> !c.equals(capability))
                    .map(c -> "org.rediff.core." + c + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("org.rediff.core." + capability + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("capabilities share code only through common and units")
                    .allowEmptyShould(true)
                    .check(CORE);
        }
    }

    @Test
    void noGrabBagPackages() {
        noClasses().should().resideInAnyPackage("..util..", "..utils..", "..helpers..", "..misc..")
                .allowEmptyShould(true).check(CORE);
    }
}
