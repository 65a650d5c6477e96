package dev.mcpapt.runtime.telemetry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mcpapt.runtime.testing.ServerProcess;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Main --stdio} in a child JVM whose class path lacks the OpenTelemetry jars serves
 * requests without loading one OpenTelemetry class (the JVM's class-load log says so); with them,
 * the same requests load the API and the observer, so the log would show a leak.
 */
class WithoutOpenTelemetryTest {
  private static final String REQUESTS = String.join("\n",
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
          + "\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}",
      "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
      "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}",
      "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"none\",\"arguments\":{}}}",
      "");

  /** Runs the requests; returns the names of the classes the JVM loaded. */
  private static String run(String classPath, Path dir) throws Exception {
    Path log = dir.resolve("classes.log");
    Path out = dir.resolve("out.txt");
    Process p = new ProcessBuilder(ServerProcess.javaBinary(), "-XX:TieredStopAtLevel=1",
        "-Xlog:class+load=info:file=" + log, "-cp", classPath, "dev.mcpapt.runtime.Main", "--stdio")
        .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(REQUESTS.getBytes(StandardCharsets.UTF_8));
    }
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the server ends with its input");
    String answers = Files.readString(out);
    assertTrue(answers.contains("\"id\":2,\"result\":{\"tools\""), answers);
    assertTrue(answers.contains("\"id\":3,\"error\""), answers);
    return Files.readString(log);
  }

  @Test
  void noOpenTelemetryClassIsLoadedWhenTheApiIsAbsent(@TempDir Path dir) throws Exception {
    List<String> kept = new ArrayList<>();
    int dropped = 0;
    for (String e : ServerProcess.testClassPath().split(File.pathSeparator)) {
      if (e.contains("opentelemetry")) {
        dropped++;
      } else {
        kept.add(e);
      }
    }
    assertTrue(dropped > 0, "the test class path has the OpenTelemetry jars to leave out");
    String loaded = run(String.join(File.pathSeparator, kept), dir);
    assertTrue(loaded.contains("dev.mcpapt.runtime.telemetry.Telemetry "), "the presence check ran");
    assertFalse(loaded.contains("io.opentelemetry"), "an OpenTelemetry class was loaded");
    assertFalse(loaded.contains("OpenTelemetryObserver"), "the observer was loaded");
  }

  @Test
  void withTheApiTheObserverIsLoaded(@TempDir Path dir) throws Exception {
    String loaded = run(ServerProcess.testClassPath(), dir);
    assertTrue(loaded.contains("dev.mcpapt.runtime.telemetry.OpenTelemetryObserver "), "the observer is used");
    assertTrue(loaded.contains("io.opentelemetry.api.GlobalOpenTelemetry "), "the global OpenTelemetry is read");
  }
}
