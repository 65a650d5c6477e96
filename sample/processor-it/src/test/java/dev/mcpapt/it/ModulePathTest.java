package dev.mcpapt.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime as a user's module sees it on the module path: its internals cannot be named, and
 * an annotated class compiled by the processor as a module is served by {@code Main}.
 */
class ModulePathTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The runtime's packages a user's module must not reach. */
  private static final List<String> INTERNAL = List.of(
      "engine", "json", "features", "input", "skills", "telemetry", "dev", "tasks.runner");

  /** What a user's module may use: one public type of each exported package. */
  private static final Map<String, String> EXPORTED = Map.of(
      "dev.mcpapt.runtime", "McpServer",
      "dev.mcpapt.annotations", "Tool",
      "dev.mcpapt.runtime.spi", "McpComponentFactory",
      "dev.mcpapt.runtime.widget", "WidgetResult",
      "dev.mcpapt.runtime.auth", "TokenVerifier",
      "dev.mcpapt.runtime.health", "HealthCheck",
      "dev.mcpapt.runtime.store", "McpStore",
      "dev.mcpapt.runtime.tasks", "TaskStore",
      "dev.mcpapt.runtime.transport.http", "McpHttpServer",
      "dev.mcpapt.runtime.transport.stdio", "StdioTransport");

  @Test
  void aUserModuleCompilesAgainstEveryExportedPackage(@TempDir Path dir) throws IOException {
    StringBuilder uses = new StringBuilder();
    int field = 0;
    for (Map.Entry<String, String> e : EXPORTED.entrySet()) {
      uses.append("  ").append(e.getKey()).append('.').append(e.getValue()).append(" f").append(field++).append(";\n");
    }
    write(dir.resolve("src/module-info.java"), "module consumer { requires dev.mcpapt.runtime; }\n");
    write(dir.resolve("src/consumer/Uses.java"), "package consumer;\nclass Uses {\n" + uses + "}\n");

    Compilation c = compile(dir.resolve("src"), dir.resolve("out"), false);
    assertTrue(c.ok(), c.output());
  }

  @Test
  void aUserModuleCannotReachAnInternalPackage(@TempDir Path dir) throws IOException {
    write(dir.resolve("src/module-info.java"), "module consumer { requires dev.mcpapt.runtime; }\n");
    for (String pkg : INTERNAL) {
      String simple = pkg.replace(".", "");
      String name = "Uses" + Character.toUpperCase(simple.charAt(0)) + simple.substring(1);
      // A wildcard import needs no class name, so only the package's visibility can fail it.
      write(dir.resolve("src/consumer/" + name + ".java"),
          "package consumer;\nimport dev.mcpapt.runtime." + pkg + ".*;\nclass " + name + " {}\n");
    }

    Compilation c = compile(dir.resolve("src"), dir.resolve("out"), false);
    assertFalse(c.ok(), "a module compiled against the runtime's internals:\n" + c.output());
    for (String pkg : INTERNAL) {
      String full = "dev.mcpapt.runtime." + pkg;
      assertTrue(c.output().contains("package " + full + " is not visible")
              && c.output().contains("module dev.mcpapt.runtime, which does not export it"),
          full + " should be reported as not exported:\n" + c.output());
    }
  }

  @Test
  void anAnnotatedModuleIsServedOverStdio(@TempDir Path dir) throws Exception {
    String module = """
        module demo.greeter {
          requires dev.mcpapt.runtime;
          provides dev.mcpapt.runtime.spi.McpComponentFactory with demo.greeter.Greeter_McpFactory;
        }
        """;
    write(dir.resolve("src/demo/greeter/Greeter.java"), """
        package demo.greeter;

        import dev.mcpapt.annotations.Tool;

        public class Greeter {
          /**
           * Greets someone.
           *
           * @param name who to greet
           */
          @Tool
          public String greet(String name) {
            return "Hello, " + name + ", from a module";
          }
        }
        """);
    // javac 17 checks a `provides` before the processor generated its class (later versions defer
    // it): the processor runs on the module without that line, then the whole module is compiled.
    write(dir.resolve("src/module-info.java"), module.replaceAll("(?m)^\\s*provides.*\n", ""));
    Compilation generate = compile(dir.resolve("src"), dir.resolve("gen"), true);
    assertTrue(generate.ok(), generate.output());
    write(dir.resolve("src/module-info.java"), module);
    try (Stream<Path> sources = Files.walk(dir.resolve("gen"))) {
      sources.filter(f -> f.toString().endsWith(".java"))
          .forEach(f -> copy(f, dir.resolve("src").resolve(dir.resolve("gen").relativize(f))));
    }
    Compilation c = compile(dir.resolve("src"), dir.resolve("out"), false);
    assertTrue(c.ok(), c.output());
    try (Stream<Path> resources = Files.walk(dir.resolve("gen"))) {
      resources.filter(f -> Files.isRegularFile(f) && !f.toString().endsWith(".java") && !f.toString().endsWith(".class"))
          .forEach(f -> copy(f, dir.resolve("out").resolve(dir.resolve("gen").relativize(f))));
    }

    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", dir.resolve("out") + File.pathSeparator + runtimeModulePath(),
        "--add-modules", "demo.greeter",
        "-m", "dev.mcpapt.runtime/dev.mcpapt.runtime.Main", "--stdio");
    Process p = new ProcessBuilder(command).redirectError(dir.resolve("stderr.txt").toFile()).start();
    try (OutputStream in = p.getOutputStream();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
          + "\"capabilities\":{},\"clientInfo\":{\"name\":\"module-test\",\"version\":\"1\"}}}");
      JsonNode init = answer(out, 1, dir);
      assertEquals("2025-11-25", init.path("result").path("protocolVersion").asText(), init.toString());
      send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
      send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"greet\","
          + "\"arguments\":{\"name\":\"Ada\"}}}");
      JsonNode call = answer(out, 2, dir);
      assertFalse(call.path("result").path("isError").asBoolean(), call.toString());
      assertEquals("Hello, Ada, from a module", call.path("result").path("content").path(0).path("text").asText(),
          call.toString());
    } finally {
      p.destroy();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
  }

  private static void send(OutputStream in, String line) throws IOException {
    in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    in.flush();
  }

  /** The response with {@code id}, skipping notifications; fails with the server's log if the stream ends. */
  private static JsonNode answer(BufferedReader out, int id, Path dir) throws IOException {
    String line;
    while ((line = out.readLine()) != null) {
      JsonNode message = JSON.readTree(line);
      if (message.path("id").asInt(-1) == id) {
        return message;
      }
    }
    throw new AssertionError("the server closed its output before answering " + id + "; its log:\n"
        + Files.readString(dir.resolve("stderr.txt")));
  }

  private record Compilation(boolean ok, String output) {}

  /** Compiles the module in {@code src}, with the processor from this test's class path when asked. */
  private static Compilation compile(Path src, Path out, boolean process) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    // The class path is set to the output: in process, javac would otherwise take this JVM's.
    List<String> args = new ArrayList<>(List.of("--release", "17", "-d", out.toString(),
        "--class-path", out.toString(), "--module-path", runtimeModulePath()));
    if (process) {
      args.addAll(List.of("--processor-path", System.getProperty("java.class.path")));
    } else {
      args.add("-proc:none");
    }
    try (Stream<Path> files = Files.walk(src)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
    }
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    int status = javac.run(null, output, output, args.toArray(String[]::new));
    return new Compilation(status == 0, output.toString(StandardCharsets.UTF_8));
  }

  /**
   * The runtime and the modules it requires, from this test's class path: the runtime's own jar
   * (or classes folder), Jackson, Jetty, SLF4J and Nimbus, all of them explicit modules.
   */
  private static String runtimeModulePath() {
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(ModulePathTest::runtimeModuleEntry)
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static boolean runtimeModuleEntry(String entry) {
    String name = Path.of(entry).getFileName().toString();
    String normalized = entry.replace('\\', '/');
    if (normalized.endsWith("/runtime/target/classes")) {
      return true;
    }
    return name.startsWith("mcp-apt-runtime-") && !name.contains("-tests")
        || name.startsWith("jackson-databind-") || name.startsWith("jackson-core-")
        || name.startsWith("jackson-annotations-")
        || name.startsWith("jetty-") || name.startsWith("slf4j-api-") || name.startsWith("slf4j-jdk14-")
        || name.startsWith("nimbus-jose-jwt-");
  }

  private static void copy(Path from, Path to) {
    try {
      Files.createDirectories(to.getParent());
      Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
