package dev.mcpapt.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.mcpapt.processor.diag.Diagnostic;
import dev.mcpapt.processor.diag.Report;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** Warnings: reported on the element, never blocking output, silenced by {@code @SuppressWarnings("mcp-<id>")}. */
class WarningTest {
  /** The compiler these cases run under; {@code EclipseWarningTest} runs them under ecj. */
  Compilations.Tool tool() {
    return Compilations.Tool.JAVAC;
  }

  private static JavaFileObject source(String body) {
    return Compilations.source("w.Tools", "package w;\nimport dev.mcpapt.annotations.*;\n" + body);
  }

  @Test
  @Covers(Diagnostic.McpToolWithoutDescription)
  void aToolWithoutDescriptionIsWarnedButStillGenerated() {
    JavaFileObject src = source("""
        public class Tools {
          @Tool(title = "Undocumented")
          public String bare() { return ""; }

          /** Says hello. */
          @Tool
          public String documented() { return ""; }

          @Tool(description = "Says goodbye.")
          public String described() { return ""; }
        }
        """);
    Compilation c = tool().compiler().compile(src);
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c).hadWarningContaining(Diagnostic.McpToolWithoutDescription.tag() + " Tool \"bare\" has no description")
        .inFile(src).onLineContaining("title = \"Undocumented\"");
    assertThat(c).hadWarningContaining(Diagnostic.McpToolWithoutDescription.link());
    assertThat(c).generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/mcp/w.Tools.json");
  }

  @Test
  void aWarningIsSuppressedOnTheMethodOrAnEnclosingClass() {
    JavaFileObject onMethod = source("""
        public class Tools {
          @SuppressWarnings("mcp-McpToolWithoutDescription")
          @Tool
          public String bare() { return ""; }
        }
        """);
    assertThat(tool().compiler().compile(onMethod)).succeededWithoutWarnings();

    JavaFileObject onOuterClass = source("""
        @SuppressWarnings({"unchecked", "mcp-McpToolWithoutDescription"})
        public class Tools {
          public static class Inner {
            @Tool
            public String bare() { return ""; }
          }
        }
        """);
    assertThat(tool().compiler().compile(onOuterClass)).succeededWithoutWarnings();

    // Another id does not suppress this one.
    JavaFileObject otherId = source("""
        @SuppressWarnings("mcp-McpWidgetRemoteWithoutCsp")
        public class Tools {
          @Tool
          public String bare() { return ""; }
        }
        """);
    Compilation c = tool().compiler().compile(otherId);
    assertThat(c).hadWarningCount(1);
    assertThat(c).hadWarningContaining(Diagnostic.McpToolWithoutDescription.tag());
  }

  @Test
  void warningsAndErrorsAreReportedTogetherAndOnlyErrorsFail() {
    JavaFileObject src = source("""
        public class Tools {
          @Tool(title = "Bare")
          public String bare() { return ""; }

          /** Uses a thread. */
          @Tool
          public String bad(Thread thread) { return ""; }
        }
        """);
    Compilation c = tool().compiler().compile(src);
    assertThat(c).failed();
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining(Diagnostic.McpUnsupportedType.tag());
    assertThat(c).hadWarningContaining(Diagnostic.McpToolWithoutDescription.tag()).inFile(src)
        .onLineContaining("title = \"Bare\"");
  }

  @Test
  void aDiagnosticIsReportedWithItsOwnSeverityOnly() {
    Report report = new Report();
    assertThrows(IllegalArgumentException.class, () -> report.error(Diagnostic.McpToolWithoutDescription, null, "t"));
    assertThrows(IllegalArgumentException.class, () -> report.warning(Diagnostic.McpToolNotPublic, null, "Tool", "t"));
  }
}
