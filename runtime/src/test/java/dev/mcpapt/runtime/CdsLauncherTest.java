package dev.mcpapt.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Main --cds}: a real launcher JVM over stdio, on the JDK the tests run on. */
class CdsLauncherTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String INPUT = String.join("\n",
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
          + "\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}",
      "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
      "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}", "");

  @TempDir Path dir;

  @Test
  void theFlagIsTakenOutOfTheServersArguments() {
    assertArrayEquals(new String[] {"--stdio"}, CdsLauncher.withoutFlag(new String[] {"--cds", "--stdio"}));
    assertArrayEquals(new String[] {"--stdio"}, CdsLauncher.withoutFlag(new String[] {"--stdio", "--cds=a.jsa"}));
    assertEquals(Path.of("a.jsa"), CdsLauncher.archive("--cds=a.jsa"));
    assertTrue(CdsLauncher.archive("--cds").toString().endsWith(".jsa"));
  }

  @Test
  void theServerAnswersOverStdioWithTheArchiveOnJava19AndLaterAndWithoutItBefore() throws Exception {
    Path archive = dir.resolve("server.jsa");
    Run first = serve(archive);
    first.assertAnswered();
    if (Runtime.version().feature() >= 19) {
      assertTrue(Files.size(archive) > 0, "the first run wrote the archive; stderr: " + first.stderr);
      Run second = serve(archive);
      second.assertAnswered();
    } else {
      assertTrue(first.stderr.contains("--cds needs Java 19 or later"), first.stderr);
    }
  }

  private record Run(List<String> stdout, String stderr, int status) {
    void assertAnswered() throws IOException {
      assertEquals(0, status, stderr);
      assertEquals(2, stdout.size(), "only protocol messages on stdout: " + stdout + "\nstderr: " + stderr);
      JsonNode list = JSON.readTree(stdout.get(1));
      assertEquals(2, list.path("id").asInt(), stdout.get(1));
      assertTrue(list.path("result").path("tools").isArray(), stdout.get(1));
    }
  }

  /** The test's class path with every directory packed into a jar: the JVM archives classes from jars only. */
  private String jarredClassPath() throws IOException {
    List<String> entries = new java.util.ArrayList<>();
    int n = 0;
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path path = Path.of(entry);
      if (!Files.isDirectory(path)) {
        entries.add(entry);
        continue;
      }
      Path jar = dir.resolve("dir" + n++ + ".jar");
      if (!Files.exists(jar)) {
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
            java.util.stream.Stream<Path> files = Files.walk(path)) {
          for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
            out.putNextEntry(new java.util.jar.JarEntry(path.relativize(f).toString().replace('\\', '/')));
            Files.copy(f, out);
            out.closeEntry();
          }
        }
      }
      entries.add(jar.toString());
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  private Run serve(Path archive) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Path in = dir.resolve("in.txt");
    Files.writeString(in, INPUT);
    Process p = new ProcessBuilder(java.toString(), "-cp", jarredClassPath(),
        "dev.mcpapt.runtime.Main", "--cds=" + archive, "--stdio")
        .redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the server exits at the end of its input");
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    return new Run(lines, Files.readString(err), p.exitValue());
  }
}
