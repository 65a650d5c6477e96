package dev.mcpapt.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** {@code @Tool(task = ...)}: written to the descriptor as {@code execution.taskSupport}, and to the handler. */
class TaskToolsTest {
  private static final JavaFileObject SOURCE = JavaFileObjects.forSourceLines("good.Jobs",
      "package good;",
      "import dev.mcpapt.annotations.TaskSupport;",
      "import dev.mcpapt.annotations.Tool;",
      "import dev.mcpapt.runtime.McpContext;",
      "public class Jobs {",
      "  /** Plain. */ @Tool public String plain() { return \"\"; }",
      "  /** Never a task. */ @Tool(task = TaskSupport.FORBIDDEN) public String never() { return \"\"; }",
      "  /** Maybe a task. */ @Tool(task = TaskSupport.OPTIONAL) public String maybe() { return \"\"; }",
      "  /** Always a task. */",
      "  @Tool(task = TaskSupport.REQUIRED, taskStartedByMethod = true)",
      "  public String always(McpContext context) { context.startTask(); return \"\"; }",
      "}");

  @Test
  void taskSupportIsWrittenOnlyWhenATaskIsAllowed() throws IOException {
    Compilation compilation = Compilations.withProcessors().compile(SOURCE);
    assertThat(compilation).succeededWithoutWarnings();
    String json = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/mcp/good.Jobs.json")
        .orElseThrow().getCharContent(true).toString();
    JsonNode tools = new ObjectMapper().readTree(json).get("tools");
    assertFalse(tools.get(0).has("execution"), "plain");
    assertFalse(tools.get(1).has("execution"), "forbidden is the default and is left out");
    assertEquals("optional", tools.get(2).path("execution").path("taskSupport").asText());
    assertEquals("required", tools.get(3).path("execution").path("taskSupport").asText());
  }

  @Test
  void onlyAMethodThatStartsItsTaskSaysSo() throws IOException {
    Compilation compilation = Compilations.withProcessors().compile(SOURCE);
    String source = compilation.generatedSourceFile("good.Jobs_McpFactory").orElseThrow()
        .getCharContent(true).toString();
    int marked = source.split("startingTheirOwnTask\\(", -1).length - 1;
    assertEquals(1, marked, source);
    assertTrue(source.contains(".startingTheirOwnTask(\"always\")"), source);
  }

  @Test
  void generatedSourceCompilesWithAllLintWarningsAsErrors() {
    Compilation generated = Compilations.withProcessors().compile(SOURCE);
    List<JavaFileObject> sources = new ArrayList<>(generated.generatedSourceFiles());
    sources.add(SOURCE);
    assertThat(Compilations.withoutProcessors().withOptions("-proc:none", "-Xlint:all", "-Werror").compile(sources))
        .succeededWithoutWarnings();
  }
}
