package dev.mcpapt.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.mcpapt.processor.diag.Diagnostic;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One failing compile per diagnostic: the id, the file and the line are asserted. */
class DiagnosticTest {
  /** Diagnostics that no source can provoke on purpose. */
  static final Set<Diagnostic> UNTESTABLE = EnumSet.of(Diagnostic.McpProcessorFailure);

  static Stream<Arguments> cases() {
    return Stream.of(
        row(Diagnostic.McpToolNotPublic, "@Tool", "must be public"),
        row(Diagnostic.McpClassNotPublic, "class McpClassNotPublic", "make McpClassNotPublic public"),
        row(Diagnostic.McpInnerClass, "public class Inner", "add static"),
        row(Diagnostic.McpGenericClass, "public class McpGenericClass<T>", "must not have type parameters"),
        row(Diagnostic.McpGenericMethod, "String pick()", "must not declare type parameters"),
        row(Diagnostic.McpInvalidToolName, "name = \"bad name!\"", "\"bad name!\" is invalid"),
        row(Diagnostic.McpDuplicateToolName, "title = \"B\"", "already used by a()"),
        row(Diagnostic.McpDuplicateName, "String x)", "\"x\" is used twice"),
        row(Diagnostic.McpUnsupportedType, "Thread thread", "parameter thread of a: java.lang.Thread"),
        row(Diagnostic.McpMultipleContexts, "McpContext two", "more than one McpContext"),
        row(Diagnostic.McpInvalidDefault, "defaultValue = \"abc\"", "it is not JSON text"),
        row(Diagnostic.McpNotConstructible, "Bean bean", "cannot be built"),
        row(Diagnostic.McpSealedVariant, "Shape shape", "permits bad.McpSealedVariant.Blob"),
        row(Diagnostic.McpDiscriminatorClash, "Shape shape", "clashes with the discriminator"),
        row(Diagnostic.McpConstraintMismatch, "@jakarta.validation.constraints.Email int count", "@Email does not apply"),
        row(Diagnostic.McpWidgetAccessibleWithoutTool, "@WidgetAccessible", "add @Tool to b"),
        row(Diagnostic.McpOutputTemplateWithoutTool, "@OutputTemplate", "add @Tool to b"),
        row(Diagnostic.McpInvalidTemplateUri, "uri = \"https://example.com/widget.html\"", "must start with ui://"),
        row(Diagnostic.McpInvalidHeader, "long count", "a long or a floating-point number cannot be carried exactly"),
        row(Diagnostic.McpTaskStartWithoutTask, "taskStartedByMethod = true", "needs task = TaskSupport.OPTIONAL"),
        row(Diagnostic.McpTaskStartWithoutContext, "taskStartedByMethod = true", "needs an McpContext parameter"),
        row(Diagnostic.McpTaskRequiredWidgetAccessible, "@WidgetAccessible", "runs only as a task"),
        row(Diagnostic.McpUnresolvedType, "public class McpUnresolvedType", "DoesNotExist"));
  }

  static Arguments row(Diagnostic diagnostic, String line, String text) {
    return Arguments.of(diagnostic, line, text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsTheErrorAtTheElement(Diagnostic diagnostic, String line, String text) {
    assertReported(Compilations.Tool.JAVAC, diagnostic, line, text);
  }

  /** Compiles {@code bad/<id>.java}: the one error is the diagnostic, on the line, with its text and link. */
  static void assertReported(Compilations.Tool tool, Diagnostic diagnostic, String line, String text) {
    JavaFileObject source = JavaFileObjects.forResource("bad/" + diagnostic.name() + ".java");
    Compilation compilation = tool.compiler().compile(source);
    assertThat(compilation).failed();
    if (diagnostic != Diagnostic.McpUnresolvedType) {
      // the compiler reports the missing type itself; everywhere else ours is the only error
      assertThat(compilation).hadErrorCount(1);
    }
    assertThat(compilation).hadErrorContaining(diagnostic.tag()).inFile(source).onLineContaining(line);
    assertThat(compilation).hadErrorContaining(text);
    assertThat(compilation).hadErrorContaining(diagnostic.link());
  }

  @Test
  void headerNamesAreCheckedAndWrittenAsXMcpHeader() throws Exception {
    JavaFileObject ok = JavaFileObjects.forSourceString("h.Route", """
        package h;
        import dev.mcpapt.annotations.*;
        public class Route {
          public enum Zone { NORTH, SOUTH }
          /** Routes a request. */
          @Tool
          public String route(@Param(header = "Region") String region, @Param(header = "Zone") Zone zone,
              @Param(header = "Limit") int limit, @Param(header = "Dry-Run") boolean dryRun, String body) {
            return region;
          }
        }
        """);
    Compilation c = Compilations.withProcessors().compile(ok);
    assertThat(c).succeededWithoutWarnings();
    com.fasterxml.jackson.databind.JsonNode tool = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        c.generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT, "META-INF/mcp/h.Route.json").orElseThrow()
            .getCharContent(false).toString()).get("tools").get(0);
    com.fasterxml.jackson.databind.JsonNode props = tool.get("inputSchema").get("properties");
    assertEquals("Region", props.get("region").get("x-mcp-header").asText());
    assertEquals("Zone", props.get("zone").get("x-mcp-header").asText());
    assertEquals("Limit", props.get("limit").get("x-mcp-header").asText());
    assertEquals("Dry-Run", props.get("dryRun").get("x-mcp-header").asText());
    org.junit.jupiter.api.Assertions.assertFalse(props.get("body").has("x-mcp-header"));

    for (String[] bad : new String[][] {
        {"@Param(header = \"\") String a", "the header name is empty"},
        {"@Param(header = \"Two Words\") String a", "a header name is an HTTP token"},
        {"@Param(header = \"Sé\") String a", "a header name is an HTTP token"},
        {"@Param(header = \"Dup\") String a, @Param(header = \"dup\") String b", "already uses this header name"},
        {"@Param(header = \"Ratio\") double a", "cannot be carried exactly"},
        {"@Param(header = \"Tags\") java.util.List<String> a", "only a string, an enum, a boolean"}}) {
      JavaFileObject src = JavaFileObjects.forSourceString("h.Bad", "package h;\nimport dev.mcpapt.annotations.*;\n"
          + "public class Bad {\n  @Tool\n  public String t(" + bad[0] + ") { return \"\"; }\n}\n");
      Compilation failed = Compilations.withProcessors().compile(src);
      assertThat(failed).hadErrorCount(1);
      assertThat(failed).hadErrorContaining(Diagnostic.McpInvalidHeader.tag());
      assertThat(failed).hadErrorContaining(bad[1]);
    }
    JavaFileObject nested = JavaFileObjects.forSourceString("h.Nested", """
        package h;
        import dev.mcpapt.annotations.*;
        public class Nested {
          public record Where(@Param(header = "Region") String region) {}
          @Tool
          public String t(Where where) { return ""; }
        }
        """);
    Compilation n = Compilations.withProcessors().compile(nested);
    assertThat(n).hadErrorContaining("header is allowed only on a parameter of a @Tool method");
  }

  @Test
  void everyDiagnosticHasANegativeTest() {
    Set<Diagnostic> covered = EnumSet.copyOf(UNTESTABLE);
    cases().forEach(a -> covered.add((Diagnostic) a.get()[0]));
    FeatureDiagnosticTest.cases().forEach(a -> covered.add((Diagnostic) a.get()[0]));
    covered.addAll(coveredBy(dev.mcpapt.processor.widget.WidgetDiagnosticsTest.class));
    covered.addAll(coveredBy(dev.mcpapt.processor.widget.WidgetDataTest.class));
    covered.addAll(coveredBy(WarningTest.class));
    covered.addAll(coveredBy(SchemaRulesTest.class));
    covered.addAll(coveredBy(dev.mcpapt.processor.skill.SkillProcessingTest.class));
    covered.addAll(dev.mcpapt.processor.display.DisplayTest.COVERED);
    assertEquals(EnumSet.allOf(Diagnostic.class), covered);
  }

  /** The diagnostics covered by the {@code @Test} methods of {@code testClass} ({@link Covers}). */
  static Set<Diagnostic> coveredBy(Class<?> testClass) {
    Set<Diagnostic> covered = EnumSet.noneOf(Diagnostic.class);
    for (java.lang.reflect.Method m : testClass.getDeclaredMethods()) {
      Covers covers = m.getAnnotation(Covers.class);
      if (covers != null && m.isAnnotationPresent(Test.class)) {
        covered.addAll(java.util.Arrays.asList(covers.value()));
      }
    }
    return covered;
  }

  /** Every message links to a section of docs/diagnostics.md, so every id must have one. */
  @Test
  void everyDiagnosticIsDocumented() throws java.io.IOException {
    String doc = java.nio.file.Files.readString(
        java.nio.file.Path.of(System.getProperty("mcpapt.root"), "docs", "diagnostics.md"));
    for (Diagnostic d : Diagnostic.values()) {
      org.junit.jupiter.api.Assertions.assertTrue(doc.contains("\n## " + d.name() + "\n"), d + " has no section");
    }
  }

  @Test
  void everyErrorOfAClassIsReported() {
    JavaFileObject source = JavaFileObjects.forResource("bad/ManyErrors.java");
    Compilation compilation = Compilations.withProcessors().compile(source);
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining(Diagnostic.McpToolNotPublic.tag()).inFile(source)
        .onLineContaining("title = \"hidden\"");
    assertThat(compilation).hadErrorContaining(Diagnostic.McpInvalidToolName.tag()).inFile(source)
        .onLineContaining("no spaces allowed");
    assertThat(compilation).hadErrorContaining(Diagnostic.McpUnsupportedType.tag()).inFile(source)
        .onLineContaining("Thread thread");
  }

  @Test
  void innerAndPrivateTypesAreRejectedWithTheirReason() {
    JavaFileObject source = JavaFileObjects.forSourceLines("bad.Types",
        "package bad;",
        "import dev.mcpapt.annotations.Tool;",
        "public class Types {",
        "  public class Inner { public String name; }",
        "  private record Hidden(String name) {}",
        "  @Tool public String inner(Inner inner) { return \"\"; }",
        "  @Tool public String hidden(Hidden hidden) { return \"\"; }",
        "}");
    Compilation compilation = Compilations.withProcessors().compile(source);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("needs an instance of its outer class").inFile(source)
        .onLineContaining("Inner inner");
    assertThat(compilation).hadErrorContaining("it is not public").inFile(source).onLineContaining("Hidden hidden");
  }

  @Test
  void toolNamesMustBeUniqueAcrossTheCompilation() {
    JavaFileObject other = JavaFileObjects.forResource("bad/OtherTools.java");
    JavaFileObject more = JavaFileObjects.forResource("bad/MoreTools.java");
    Compilation compilation = Compilations.withProcessors().compile(other, more);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(Diagnostic.McpDuplicateToolName.tag() + " Tool name \"shared\" is already used by bad.MoreTools.b()")
        .inFile(other).onLineContaining("name = \"shared\"");
  }
}
