package org.rediff.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The web app's packages by feature: a feature package uses the shared web infrastructure ({@code web}), the
 * persistence wiring ({@code data}) and the service layer, never another feature's internals; and only the service
 * layer opens the database.
 */
class AppArchitectureTest {
    static final List<String> FEATURES = List.of("evidence", "dosimetry", "outcomes", "design", "synthesis");
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rediff.app");

    @Test
    void featurePackagesDoNotImportEachOther() {
        for (String feature : FEATURES) {
            final String[] others = FEATURES.stream().filter(f -> !f.equals(feature))
                    .map(f -> "org.rediff.app." + f + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("org.rediff.app." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("features meet in the service layer, not in each other's classes")
                    .check(APP);
        }
    }

    @Test
    void onlyTheServiceLayerTouchesSql() {
        noClasses().that().resideInAPackage("org.rediff.app..").and().resideOutsideOfPackage("org.rediff.app.data..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..",
                        "org.springframework.jdbc..")
                .check(APP);
    }
}
