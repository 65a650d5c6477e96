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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compiles the blackbox module's classes ({@code sample/processor-it}, which the runtime tests
 * serve) for the lint check, the services index and determinism, and the documented example for
 * {@code docs/generated-example.md}. What the processor writes for each feature is compared with
 * a small golden of its own ({@link SmallGoldenTest}).
 */
class GoldenFileTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static final String PACKAGE = "dev.mcpapt.it";

  /** A source of the blackbox module. */
  static JavaFileObject input(String name) {
    Path file = Path.of(System.getProperty("mcpapt.root"), "sample", "processor-it", "src", "main", "java", "dev", "mcpapt",
        "it", name + ".java");
    try {
      return JavaFileObjects.forResource(file.toUri().toURL());
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  static Compilation compile(String name) {
    return compile(Compilations.Tool.JAVAC, name);
  }

  static Compilation compile(Compilations.Tool tool, String name) {
    return tool.compiler().compile(input(name), input("Nullable"));
  }

  @Test
  void servicesIndexListsEveryFactorySorted() throws IOException {
    Compilation compilation = Compilations.withProcessors().compile(
        input("TaskTools"), input("Inventory"), input("Nullable"));
    assertThat(compilation).succeededWithoutWarnings();
    String services = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "",
        "META-INF/services/dev.mcpapt.runtime.spi.McpComponentFactory").orElseThrow().getCharContent(true).toString();
    assertEquals("dev.mcpapt.it.Inventory_McpFactory\ndev.mcpapt.it.TaskTools_McpFactory\n", services);
  }

  @ParameterizedTest
  @ValueSource(strings = {"TaskTools", "Inventory"})
  void generatedSourcesCompileWithAllLintWarningsAsErrors(String name) throws IOException {
    Compilation generated = compile(name);
    List<JavaFileObject> sources = new ArrayList<>(generated.generatedSourceFiles());
    sources.add(input(name));
    sources.add(input("Nullable"));
    Compilation strict = Compilations.withoutProcessors().withOptions("-proc:none", "-Xlint:all", "-Werror").compile(sources);
    assertThat(strict).succeededWithoutWarnings();
  }

  /**
   * Two JVMs whose identity hash codes differ (the default, and every object hashing alike) write
   * the same files: an iteration over a hash of elements or other identity-hashed objects would
   * show. (Two compilations in one JVM would mostly see the same hashes.)
   */
  @ParameterizedTest
  @ValueSource(strings = {"TaskTools", "Inventory"})
  void outputIsDeterministic(String name, @TempDir Path dir) throws Exception {
    Path first = dump(dir.resolve("first"), name);
    Path second = dump(dir.resolve("second"), name, "-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=2");
    List<Path> files = files(first);
    assertEquals(files, files(second));
    org.junit.jupiter.api.Assertions.assertTrue(files.size() >= 2, () -> "generated files: " + files);
    for (Path file : files) {
      assertEquals(Files.readString(first.resolve(file)), Files.readString(second.resolve(file)), file.toString());
    }
  }

  private static Path dump(Path out, String name, String... jvmOptions) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvmOptions));
    command.add("-Dmcpapt.root=" + System.getProperty("mcpapt.root"));
    command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        GeneratedFilesDump.class.getName(), out.toString(), name));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
    return out;
  }

  private static List<Path> files(Path root) throws IOException {
    try (var walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }

  /** docs/generated-example.md shows the processor's output for its example class exactly. */
  @Test
  void theDocumentedExampleIsWhatTheProcessorWrites() throws IOException {
    assertDocumentedExample(Compilations.Tool.JAVAC);
  }

  static void assertDocumentedExample(Compilations.Tool tool) throws IOException {
    Compilation compilation = tool.compiler().compile(JavaFileObjects.forResource("good/example/TaskTools.java"));
    assertEquals(List.of(), Compilations.messages(compilation));
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
