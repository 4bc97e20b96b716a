package org.tidtam.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core is shared by two thin fronts (GUI and CLI); only the GUI may know JavaFX. */
@AnalyzeClasses(packages = "org.tidtam", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyUiKnowsJavaFx = noClasses()
            .that().resideOutsideOfPackage("org.tidtam.ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the core and the command line must run with no display");

    @ArchTest
    static final ArchRule coreDoesNotKnowTheFronts = noClasses()
            .that().resideInAnyPackage("org.tidtam.letter..", "org.tidtam.thai..", "org.tidtam.extract..",
                    "org.tidtam.store..", "org.tidtam.remind..", "org.tidtam.report..", "org.tidtam.intake..",
                    "org.tidtam.app..", "org.tidtam.i18n..", "org.tidtam.backup..", "org.tidtam.registry..",
                    "org.tidtam.check..", "org.tidtam.followup..")
            .should().dependOnClassesThat().resideInAnyPackage("org.tidtam.ui..", "org.tidtam.cli..");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses()
            .that().resideOutsideOfPackage("org.tidtam.cli..")
            .and().doNotHaveFullyQualifiedName("org.tidtam.Main")
            .should().accessField(System.class, "out")
            .because("output goes through a Writer the front hands in");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.tidtam.(*)..").should().beFreeOfCycles();
}
