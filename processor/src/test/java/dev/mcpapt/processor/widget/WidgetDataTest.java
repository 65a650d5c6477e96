package dev.mcpapt.processor.widget;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.mcpapt.processor.Covers;
import dev.mcpapt.processor.Compilations;
import dev.mcpapt.processor.diag.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Typed widget data ({@code TypedWidgetResult<T, D>}): the writer the processor generates for
 * {@code D} and the {@code Meta} type of the {@code .d.ts}, against goldens, and the errors for a
 * {@code D} that cannot be a result's {@code _meta}. Set {@code GOLDEN_FILE_ROOT} to the test
 * resources directory to rewrite the goldens after an intended change.
 */
public class WidgetDataTest {
  /** The compiler these cases run under; {@code EclipseWidgetDataTest} runs them under ecj. */
  Compilations.Tool tool() {
    return Compilations.Tool.JAVAC;
  }

  private Compilation compile(JavaFileObject... sources) {
    return tool().compiler().compile(sources);
  }

  @Test
  void theWriterAndTheDeclarationsMatchTheGoldens() throws IOException {
    Compilation c = compile(JavaFileObjects.forResource("widgetdata/Board.java"));
    assertThat(c).succeededWithoutWarnings();
    String source = c.generatedSourceFile("widgetdata.Board_McpFactory").orElseThrow().getCharContent(true).toString();
    String declarations = c.generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/mcp/widgetdata.Board.d.ts")
        .orElseThrow().getCharContent(true).toString();
    String root = System.getenv("GOLDEN_FILE_ROOT");
    if (root != null) {
      Files.writeString(Path.of(root, "expected", "widgetdata", "Board_McpFactory.java"), source, StandardCharsets.UTF_8);
      Files.writeString(Path.of(root, "expected", "widgetdata", "Board.d.ts"), declarations, StandardCharsets.UTF_8);
      return;
    }
    assertThat(c).generatedSourceFile("widgetdata.Board_McpFactory")
        .hasSourceEquivalentTo(JavaFileObjects.forResource("expected/widgetdata/Board_McpFactory.java"));
    assertEquals(resource("expected/widgetdata/Board.d.ts"), declarations);
  }

  private static JavaFileObject tool(String types, String returnType) {
    return Compilations.source("wd.Bad", """
        package wd;

        import dev.mcpapt.annotations.Tool;
        import dev.mcpapt.runtime.widget.TypedWidgetResult;

        public class Bad {
          public record Summary(int total) {}
        """ + types + """

          /** Shows something. */
          @Tool
          public %s show() { return null; }
        }
        """.formatted(returnType));
  }

  @Test
  @Covers(Diagnostic.McpInvalidWidgetData)
  void dataThatIsNotAnObjectIsRefusedWithTheWayToFixIt() {
    for (String data : new String[] {
        "java.util.List<Summary>", "java.util.Map<String, Summary>", "String", "Kind",
        "com.fasterxml.jackson.databind.JsonNode", "java.util.Optional<Summary>", "Shape"}) {
      JavaFileObject src = tool("""
            public enum Kind { A, B }
            public sealed interface Shape permits Dot {}
            public record Dot(int x) implements Shape {}
          """, "TypedWidgetResult<Summary, " + data + ">");
      Compilation c = compile(src);
      assertThat(c).hadErrorCount(1);
      assertThat(c).hadErrorContaining(Diagnostic.McpInvalidWidgetData.tag() + " The widget data of show, ")
          .inFile(src).onLineContaining("public TypedWidgetResult");
      assertThat(c).hadErrorContaining("declare a record whose components are those keys");
      assertThat(c).hadErrorContaining(Diagnostic.McpInvalidWidgetData.link());
    }
  }

  @Test
  @Covers(Diagnostic.McpInvalidWidgetData)
  void propertyNamesMustBeMetaKeysAServerMayUse() {
    String[][] cases = {
        {"io.modelcontextprotocol/progress", "uses a prefix reserved for MCP itself (its second label is modelcontextprotocol)"},
        {"dev.mcp/x", "uses a prefix reserved for MCP itself (its second label is mcp)"},
        {"_private", "is not a valid _meta key"},
        {"two words", "is not a valid _meta key"},
        {"1abc/x", "is not a valid _meta key"}};
    for (String[] k : cases) {
      JavaFileObject src = tool("""
            public record View(@com.fasterxml.jackson.annotation.JsonProperty("%s") int value, String fine) {}
          """.formatted(k[0]), "TypedWidgetResult<Summary, View>");
      Compilation c = compile(src);
      assertThat(c).hadErrorCount(1);
      assertThat(c).hadErrorContaining("its property \"" + k[0] + "\" (value) " + k[1])
          .inFile(src).onLineContaining("public TypedWidgetResult");
      assertThat(c).hadErrorContaining("; give it another name with @JsonProperty.");
    }
    // Prefixed keys of one's own, and a second label that only contains "mcp", are fine.
    Compilation ok = compile(tool("""
            public record View(@com.fasterxml.jackson.annotation.JsonProperty("com.example.mcp/a") int a,
                @com.fasterxml.jackson.annotation.JsonProperty("openai/closeWidget") boolean close,
                @com.fasterxml.jackson.annotation.JsonProperty("com.mcpx/b") int b) {}
          """, "TypedWidgetResult<Summary, View>"));
    assertThat(ok).succeeded();
  }

  @Test
  void aValueNoJsonCanCarryIsNamedWithItsPathAndReason() {
    JavaFileObject src = tool("""
            public record Inner(Object anything) {}
            public record View(java.util.List<Inner> items) {}
          """, "TypedWidgetResult<Summary, View>");
    Compilation c = compile(src);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining(Diagnostic.McpUnsupportedType.tag()
            + " Inner.anything (in View.items (in widget data of show)[]): java.lang.Object cannot be carried as JSON")
        .inFile(src).onLineContaining("public TypedWidgetResult");
    assertThat(c).hadErrorContaining("declare a concrete type, or JsonNode to accept any JSON");
  }

  @Test
  void theTypeArgumentsAreNeeded() {
    JavaFileObject src = tool("", "TypedWidgetResult");
    Compilation c = compile(src);
    assertThat(c).hadErrorContaining(Diagnostic.McpUnsupportedType.tag())
        .inFile(src).onLineContaining("public TypedWidgetResult");
    assertThat(c).hadErrorContaining("TypedWidgetResult needs its type arguments, e.g. TypedWidgetResult<TaskSummary, TaskBoard>");
  }

  @Test
  void theStructuredValueFollowsTheRulesOfWidgetResult() {
    JavaFileObject src = tool("public record View(int a) {}", "TypedWidgetResult<String, View>");
    Compilation c = compile(src);
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("a WidgetResult carries structuredContent").inFile(src)
        .onLineContaining("public TypedWidgetResult");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = WidgetDataTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
