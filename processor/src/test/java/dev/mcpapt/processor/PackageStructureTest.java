package dev.mcpapt.processor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The processor's packages form layers: no package depends, even indirectly, on one that depends on it. */
class PackageStructureTest {
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.mcpapt.processor");

  @Test
  void noCyclesBetweenPackages() {
    slices().matching("dev.mcpapt.processor.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  /**
   * The model is built without a check: the factories and the readers they use (for the component,
   * its display fields and its skills) record what they find, and every check and message is in
   * {@code validation}.
   */
  @Test
  void theModelIsBuiltWithoutReporting() {
    noClasses().that().resideInAnyPackage(
            "dev.mcpapt.processor.model..", "dev.mcpapt.processor.read..", "dev.mcpapt.processor.widget..",
            "dev.mcpapt.processor.display..", "dev.mcpapt.processor.skill..")
        .should().dependOnClassesThat().resideInAPackage("dev.mcpapt.processor.diag..")
        .check(MAIN);
  }

  @Test
  void onlyTheEntryPointsUseTheSteps() {
    noClasses().that().resideInAPackage("dev.mcpapt.processor.*..")
        .should().dependOnClassesThat().resideInAPackage("dev.mcpapt.processor")
        .check(MAIN);
  }
}
