package dev.mcpapt.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compiles the classes in {@code src/test/resources/good} and compares what the processor writes
 * with {@code src/test/resources/expected}. Set {@code GOLDEN_FILE_ROOT} to the test resources
 * directory to rewrite the expected files after an intended change.
 */
class GoldenFileTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static Compilation compile(String name) {
    return Compilations.withProcessors().compile(
        JavaFileObjects.forResource("good/" + name + ".java"), JavaFileObjects.forResource("good/Nullable.java"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"TaskTools", "Inventory"})
  void generatedSourceAndDescriptorMatchTheGoldens(String name) throws IOException {
    Compilation compilation = compile(name);
    assertThat(compilation).succeededWithoutWarnings();
    String source = compilation.generatedSourceFile("good." + name + "_McpFactory").orElseThrow()
        .getCharContent(true).toString();
    String descriptor = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/mcp/good." + name + ".json")
        .orElseThrow().getCharContent(true).toString();
    String root = System.getenv("GOLDEN_FILE_ROOT");
    if (root != null) {
      Files.writeString(Path.of(root, "expected", name + "_McpFactory.java"), source, StandardCharsets.UTF_8);
      Files.writeString(Path.of(root, "expected", name + ".json"), descriptor, StandardCharsets.UTF_8);
      return;
    }
    assertThat(compilation).generatedSourceFile("good." + name + "_McpFactory")
        .hasSourceEquivalentTo(JavaFileObjects.forResource("expected/" + name + "_McpFactory.java"));
    String expectedJson = resource("expected/" + name + ".json");
    assertEquals(JSON.readTree(expectedJson), JSON.readTree(descriptor));
    assertEquals(expectedJson, descriptor, "descriptor text (formatting is part of the output)");
  }

  @Test
  void servicesIndexListsEveryFactorySorted() throws IOException {
    Compilation compilation = Compilations.withProcessors().compile(
        JavaFileObjects.forResource("good/TaskTools.java"), JavaFileObjects.forResource("good/Inventory.java"),
        JavaFileObjects.forResource("good/Nullable.java"));
    assertThat(compilation).succeededWithoutWarnings();
    String services = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "",
        "META-INF/services/dev.mcpapt.runtime.spi.McpComponentFactory").orElseThrow().getCharContent(true).toString();
    assertEquals("good.Inventory_McpFactory\ngood.TaskTools_McpFactory\n", services);
  }

  @ParameterizedTest
  @ValueSource(strings = {"TaskTools", "Inventory"})
  void generatedSourcesCompileWithAllLintWarningsAsErrors(String name) throws IOException {
    Compilation generated = compile(name);
    List<JavaFileObject> sources = new ArrayList<>(generated.generatedSourceFiles());
    sources.add(JavaFileObjects.forResource("good/" + name + ".java"));
    sources.add(JavaFileObjects.forResource("good/Nullable.java"));
    Compilation strict = Compilations.withoutProcessors().withOptions("-proc:none", "-Xlint:all", "-Werror").compile(sources);
    assertThat(strict).succeededWithoutWarnings();
  }

  @ParameterizedTest
  @ValueSource(strings = {"TaskTools", "Inventory"})
  void outputIsDeterministic(String name) throws IOException {
    Compilation first = compile(name);
    Compilation second = compile(name);
    assertEquals(first.generatedFiles().size(), second.generatedFiles().size());
    for (int i = 0; i < first.generatedFiles().size(); i++) {
      JavaFileObject a = first.generatedFiles().get(i);
      JavaFileObject b = second.generatedFiles().get(i);
      if (a.getKind() != JavaFileObject.Kind.CLASS) {
        assertEquals(a.getCharContent(true).toString(), b.getCharContent(true).toString(), a.getName());
      }
    }
  }

  /** docs/generated-example.md shows the processor's output for its example class exactly. */
  @Test
  void theDocumentedExampleIsWhatTheProcessorWrites() throws IOException {
    Compilation compilation = Compilations.withProcessors().compile(JavaFileObjects.forResource("good/example/TaskTools.java"));
    assertThat(compilation).succeededWithoutWarnings();
    String doc = Files.readString(Path.of(System.getProperty("mcpapt.root"), "docs", "generated-example.md"));
    String input = resource("good/example/TaskTools.java");
    String source = compilation.generatedSourceFile("com.example.TaskTools_McpFactory").orElseThrow()
        .getCharContent(true).toString();
    String descriptor = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/mcp/com.example.TaskTools.json")
        .orElseThrow().getCharContent(true).toString();
    org.junit.jupiter.api.Assertions.assertTrue(doc.contains(input.strip()), "the example input");
    org.junit.jupiter.api.Assertions.assertTrue(doc.contains(source.strip()), "the generated factory:\n" + source);
    org.junit.jupiter.api.Assertions.assertTrue(doc.contains(descriptor.strip()), "the descriptor:\n" + descriptor);
  }

  static String resource(String name) throws IOException {
    try (var in = GoldenFileTest.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing " + name + " (run with GOLDEN_FILE_ROOT=src/test/resources to create it)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
