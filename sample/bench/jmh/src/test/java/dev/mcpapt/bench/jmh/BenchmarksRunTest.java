package dev.mcpapt.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Each benchmark's set-up and one invocation, so a broken benchmark fails the build instead of the
 * next measurement run. Nothing is timed.
 */
class BenchmarksRunTest {
  @Test
  void hotPathAnswersEveryCall() throws Exception {
    HotPathBenchmark bench = new HotPathBenchmark();
    bench.setUp(); // checks every response
    try {
      assertTrue(new String(bench.callSmall(), StandardCharsets.UTF_8).contains("\"text\":\"hello\""));
      assertTrue(new String(bench.callLargeObject(), StandardCharsets.UTF_8).contains("ACME Corporation: 100 lines"));
      assertTrue(new String(bench.callLargeText(), StandardCharsets.UTF_8).contains("\"text\":\"xxxx"));
      assertTrue(bench.generatedSmall().content().size() == 1);
      assertTrue(bench.generatedLargeObject().content().size() == 1);
    } finally {
      bench.tearDown();
    }
  }

  @Test
  void compilesTheGeneratedToolsWithAndWithoutTheProcessor() throws Exception {
    ProcessorBenchmark bench = new ProcessorBenchmark();
    bench.tools = 60;
    bench.setUp(); // checks that the processor ran: one generated factory per class
    try {
      Path plain = bench.plainJavac();
      assertTrue(Files.isRegularFile(plain.resolve("bench/generated/Catalog0.class")));
      assertTrue(Files.notExists(plain.resolve("META-INF/services/dev.mcpapt.runtime.spi.McpComponentFactory")));
      bench.deleteOutput();
      Path processed = bench.javacWithProcessor();
      assertTrue(Files.isRegularFile(processed.resolve("META-INF/services/dev.mcpapt.runtime.spi.McpComponentFactory")));
      bench.deleteOutput();
    } finally {
      bench.tearDown();
    }
  }

  @Test
  void theReplayWritesWhatTheProcessorWrote() throws Exception {
    ProcessorBenchmark bench = new ProcessorBenchmark();
    bench.tools = 60;
    bench.setUp();
    try {
      Path processed = bench.javacWithProcessor();
      byte[] descriptor = Files.readAllBytes(processed.resolve("META-INF/mcp/bench.generated.Catalog0.json"));
      byte[] services = Files.readAllBytes(processed.resolve("META-INF/services/dev.mcpapt.runtime.spi.McpComponentFactory"));
      bench.deleteOutput();
      // The same factories, compiled, and the same resources: the replay costs javac what the processor's output does.
      Path replayed = bench.replayed(false);
      assertTrue(Files.isRegularFile(replayed.resolve("bench/generated/Catalog0_McpFactory.class")));
      assertArrayEquals(descriptor, Files.readAllBytes(replayed.resolve("META-INF/mcp/bench.generated.Catalog0.json")));
      assertArrayEquals(services, Files.readAllBytes(
          replayed.resolve("META-INF/services/dev.mcpapt.runtime.spi.McpComponentFactory")));
      assertTrue(Files.size(replayed.resolve("bench/generated/Catalog0_McpFactory.class")) > 4_000);
      bench.deleteOutput();
      Path empty = bench.replayed(true);
      assertTrue(Files.size(empty.resolve("bench/generated/Catalog0_McpFactory.class")) < 400);
      bench.deleteOutput();
    } finally {
      bench.tearDown();
    }
  }
}
