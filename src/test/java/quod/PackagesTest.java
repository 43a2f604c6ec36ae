package quod;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package list is the pipeline (see README, "How the code is laid out"): these rules keep it so.
 * They read Quod's compiled classes, not the tests.
 */
class PackagesTest {
    private static JavaClasses quod;

    @BeforeAll
    static void importClasses() {
        // Quod's own compiled classes, read from the folder Maven compiles them to: scanning the class path
        // for the package would open every library jar too.
        quod = new ClassFileImporter().importPath(java.nio.file.Path.of("target/classes"));
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        slices().matching("quod.(**)").should().beFreeOfCycles().check(quod);
    }

    @Test
    void theLanguageOfComputationsNeedsNothingButItself() {
        classes().that().resideInAPackage("quod.compute.language..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("quod.compute.language..", "java..")
                .check(quod);
    }

    @Test
    void whatComputationsReturnIsPlainDataNeedingNothingElse() {
        classes().that().resideInAPackage("quod.compute.output..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("quod.compute.output..", "java..")
                .check(quod);
    }

    @Test
    void renderingUsesWhatComputationsReturnedNeverTheRuntime() {
        noClasses().that().resideInAnyPackage("quod.markdown..", "quod.render..", "quod.math..")
                .should().dependOnClassesThat().resideInAnyPackage("quod.compute.runtime..", "quod.compute")
                .check(quod);
    }

    @Test
    void onlyTheCommandLinePrintsOrExits() {
        noClasses().that().resideOutsideOfPackage("quod.cli..")
                .should().accessField(System.class, "out")
                .orShould().callMethod(System.class, "exit", int.class)
                .check(quod);
    }
}
