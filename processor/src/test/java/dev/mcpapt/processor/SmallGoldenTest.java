package dev.mcpapt.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One small golden per feature: {@code good/<feature>/<Class>.java} is compiled, and the factory
 * and descriptor it generates are compared with {@code <Class>_McpFactory.golden.java} and
 * {@code <Class>.json} beside it (named so that no compiler takes the golden for the class it
 * generates). Set {@code GOLDEN_FILE_ROOT} to the test resources directory to
 * rewrite them after an intended change.
 */
class SmallGoldenTest {
  /** Each feature and the class that shows it. */
  static Stream<String> goldens() {
    return Stream.of("records/Lines", "recursive/Trees", "sealed/Shapes", "time/Times", "scalars/Ids",
        "containers/Containers", "beans/Stock", "constraints/Forms", "enums/Units", "json/Raw", "async/Failing",
        "hints/Hints", "defaults/Listing", "context/Cleanup", "resources/Shelves", "templates/Books", "prompts/Advice");
  }

  static Compilation compile(Compilations.Tool tool, String golden) {
    return tool.compiler().compile(
        JavaFileObjects.forResource("good/" + golden + ".java"), JavaFileObjects.forResource("support/Nullable.java"));
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void generatedSourceAndDescriptorMatchTheGolden(String golden) throws IOException {
    assertMatchesTheGolden(Compilations.Tool.JAVAC, golden);
  }

  static void assertMatchesTheGolden(Compilations.Tool tool, String golden) throws IOException {
    String qualified = "good." + golden.replace('/', '.');
    Compilation compilation = compile(tool, golden);
    assertEquals(List.of(), Compilations.messages(compilation));
    assertThat(compilation).succeededWithoutWarnings();
    String source = compilation.generatedSourceFile(qualified + "_McpFactory").orElseThrow()
        .getCharContent(true).toString();
    String descriptor = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/mcp/" + qualified + ".json")
        .orElseThrow().getCharContent(true).toString();
    String root = System.getenv("GOLDEN_FILE_ROOT");
    if (root != null) {
      Files.writeString(Path.of(root, "good", golden + "_McpFactory.golden.java"), source, StandardCharsets.UTF_8);
      Files.writeString(Path.of(root, "good", golden + ".json"), descriptor, StandardCharsets.UTF_8);
      return;
    }
    assertThat(compilation).generatedSourceFile(qualified + "_McpFactory")
        .hasSourceEquivalentTo(JavaFileObjects.forResource("good/" + golden + "_McpFactory.golden.java"));
    String expected = GoldenFileTest.resource("good/" + golden + ".json");
    assertEquals(GoldenFileTest.JSON.readTree(expected), GoldenFileTest.JSON.readTree(descriptor));
    assertEquals(expected, descriptor, "descriptor text (formatting is part of the output)");
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void generatedSourceCompilesWithAllLintWarningsAsErrors(String golden) {
    Compilation generated = compile(Compilations.Tool.JAVAC, golden);
    List<JavaFileObject> sources = new ArrayList<>(generated.generatedSourceFiles());
    sources.add(JavaFileObjects.forResource("good/" + golden + ".java"));
    sources.add(JavaFileObjects.forResource("support/Nullable.java"));
    Compilation strict = Compilations.withoutProcessors().withOptions("-proc:none", "-Xlint:all", "-Werror").compile(sources);
    assertThat(strict).succeededWithoutWarnings();
  }

  /** Every schema of every golden is valid JSON Schema 2020-12 (checked against the meta-schema by networknt). */
  @ParameterizedTest
  @MethodSource("goldens")
  void schemasAreValidJsonSchema2020_12(String golden) throws IOException {
    var factory = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012);
    var meta = factory.getSchema(com.networknt.schema.SchemaLocation.of(com.networknt.schema.SchemaId.V202012));
    for (var tool : GoldenFileTest.JSON.readTree(GoldenFileTest.resource("good/" + golden + ".json")).path("tools")) {
      for (String key : List.of("inputSchema", "outputSchema")) {
        if (tool.has(key)) {
          var errors = meta.validate(tool.get(key));
          assertTrue(errors.isEmpty(), tool.get("name") + " " + key + ": " + errors);
        }
      }
    }
  }
}
