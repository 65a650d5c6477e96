package dev.mcpapt.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Resources, templates, prompts and completions: the generated factory and descriptor of
 * {@code good/Library.java} against {@code expected/}, and the generated source under
 * {@code -Xlint:all -Werror}. Set {@code GOLDEN_FILE_ROOT} to rewrite the expected files.
 */
class FeaturesGoldenTest {
  private static Compilation compile() {
    return compile(Compilations.Tool.JAVAC);
  }

  private static Compilation compile(Compilations.Tool tool) {
    return tool.compiler().compile(JavaFileObjects.forResource("good/Library.java"));
  }

  @Test
  void generatedSourceAndDescriptorMatchTheGoldens() throws IOException {
    assertMatchesTheGoldens(Compilations.Tool.JAVAC);
  }

  static void assertMatchesTheGoldens(Compilations.Tool tool) throws IOException {
    Compilation compilation = compile(tool);
    assertEquals(List.of(), Compilations.messages(compilation));
    assertThat(compilation).succeededWithoutWarnings();
    String source = compilation.generatedSourceFile("good.Library_McpFactory").orElseThrow()
        .getCharContent(true).toString();
    String descriptor = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/mcp/good.Library.json")
        .orElseThrow().getCharContent(true).toString();
    String root = System.getenv("GOLDEN_FILE_ROOT");
    if (root != null) {
      Files.writeString(Path.of(root, "expected", "Library_McpFactory.java"), source, StandardCharsets.UTF_8);
      Files.writeString(Path.of(root, "expected", "Library.json"), descriptor, StandardCharsets.UTF_8);
      return;
    }
    assertThat(compilation).generatedSourceFile("good.Library_McpFactory")
        .hasSourceEquivalentTo(JavaFileObjects.forResource("expected/Library_McpFactory.java"));
    assertEquals(GoldenFileTest.resource("expected/Library.json"), descriptor);
  }

  @Test
  void generatedSourceCompilesWithAllLintWarningsAsErrors() {
    Compilation generated = compile();
    List<JavaFileObject> sources = new ArrayList<>(generated.generatedSourceFiles());
    sources.add(JavaFileObjects.forResource("good/Library.java"));
    Compilation strict = Compilations.withoutProcessors().withOptions("-proc:none", "-Xlint:all", "-Werror")
        .compile(sources);
    assertThat(strict).succeededWithoutWarnings();
  }

  @Test
  void aClassWithOnlyResourcesIsRegisteredForDiscovery() throws IOException {
    Compilation compilation = compile();
    String services = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "",
        "META-INF/services/dev.mcpapt.runtime.spi.McpComponentFactory").orElseThrow().getCharContent(true).toString();
    assertEquals("good.Library_McpFactory\n", services);
  }
}
