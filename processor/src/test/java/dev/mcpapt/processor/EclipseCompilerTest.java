package dev.mcpapt.processor;

import dev.mcpapt.processor.Compilations.Tool;
import dev.mcpapt.processor.diag.Diagnostic;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The goldens and every diagnostic of tools and features again, under Eclipse's compiler (ecj),
 * which runs processors its own way (rounds, {@code Filer}, positions of messages): what an
 * Eclipse user gets must be what a Maven build gets. The widget, widget data, display, skill and
 * warning cases run under ecj through their own {@code Eclipse…Test} subclasses.
 */
class EclipseCompilerTest {
  @ParameterizedTest
  @MethodSource("dev.mcpapt.processor.SmallGoldenTest#goldens")
  void smallGoldens(String golden) throws IOException {
    SmallGoldenTest.assertMatchesTheGolden(Tool.ECJ, golden);
  }

  @Test
  void theDocumentedExampleIsWhatTheProcessorWrites() throws IOException {
    GoldenFileTest.assertDocumentedExample(Tool.ECJ);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.mcpapt.processor.DiagnosticTest#cases")
  void toolDiagnostics(Diagnostic diagnostic, String line, String text) {
    DiagnosticTest.assertReported(Tool.ECJ, diagnostic, line, text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.mcpapt.processor.FeatureDiagnosticTest#cases")
  void featureDiagnostics(Diagnostic diagnostic, String line, String text) {
    DiagnosticTest.assertReported(Tool.ECJ, diagnostic, line, text);
  }
}
