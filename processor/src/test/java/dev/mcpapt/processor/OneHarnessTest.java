package dev.mcpapt.processor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.google.testing.compile.Compiler;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Every processor test compiles through {@link Compilations}, so none forgets the class path. */
class OneHarnessTest {
  @Test
  void onlyTheHarnessCreatesCompilers() {
    noClasses().that().doNotHaveFullyQualifiedName(Compilations.class.getName())
        .and().doNotHaveFullyQualifiedName(Compilations.Tool.class.getName())
        .should().callMethod(Compiler.class, "javac")
        .orShould().callMethod(Compiler.class, "compiler", javax.tools.JavaCompiler.class)
        .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("dev.mcpapt.processor"));
  }
}
