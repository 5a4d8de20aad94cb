package org.rediff.cli.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The CLI uses the web app only to start it ({@code serve}); every other command works through the service layer. */
class CliArchitectureTest {
    private static final JavaClasses CLI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rediff.cli");

    @Test
    void cliImportsTheAppOnlyFromServe() {
        noClasses().that().resideInAPackage("org.rediff.cli..").and().resideOutsideOfPackage("org.rediff.cli.serve..")
                .should().dependOnClassesThat().resideInAPackage("org.rediff.app..")
                .check(CLI);
    }

    @Test
    void cliOpensNoDatabaseItself() {
        noClasses().that().resideInAPackage("org.rediff.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..")
                .check(CLI);
    }
}
