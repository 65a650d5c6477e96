package dev.mcpapt.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark in smoke mode, as CI runs it: every tool starts, talks to every server over both
 * transports, checks every answer and writes a report. Nothing here depends on how fast anything
 * is; the assertions are about completeness and correctness only.
 */
class LoadClientSmokeTest {
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private static final String CLASS_PATH = System.getProperty("java.class.path");
  private static final Path BENCH = Path.of(System.getProperty("mcpapt.root", "../../.."), "sample", "bench");

  /** A class of this module's tests, on the test class path. */
  private static String command(String mainClass, String args) {
    return "'" + JAVA + "' -cp '" + CLASS_PATH + "' " + mainClass + " " + args;
  }

  /** A server's runnable jar, as the reactor packaged it before this module's tests. */
  private static String jar(String module, String args) {
    Path jar = BENCH.resolve(module).resolve("target").resolve("bench-" + module + ".jar").toAbsolutePath();
    assertTrue(Files.isRegularFile(jar), jar + " is missing: build with -am so the reactor packages it first");
    return "'" + JAVA + "' -jar '" + jar + "' " + args;
  }

  @Test
  void measuresTheFloorAndTheOfficialSdkOverStdioAndHttp(@TempDir Path out) throws Exception {
    Options options =
        Options.parse(
            new String[] {
              // the SDK serves no 2026-07-28 requests: its stateless scenario is left out here
              "--smoke", "--stall", "2", "--out", out.toString(), "--ratio-to", "floor", "--modern-clients", "none",
              "--server", "floor",
              "--stdio", jar("floor", "--stdio"),
              "--http", jar("floor", "--http {port}"),
              "--server", "sdk",
              "--stdio", jar("echo-sdk", "--stdio"),
              "--http", jar("echo-sdk", "--http {port}"),
            });
    Report report = LoadClient.run(options);

    for (String server : List.of("floor", "sdk")) {
      for (String metric : List.of("start_ms", "cold_calls_per_s", "seq_calls_per_s", "seq_p99_us", "pipe_lost", "rss_mb")) {
        assertEquals(1, report.values(server, "stdio", metric).length, server + " stdio " + metric);
      }
      for (String metric : List.of("start_ms", "cold_calls_per_s", "c1_calls_per_s", "c1_p99_us", "c2_calls_per_s", "rss_mb")) {
        assertEquals(1, report.values(server, "http", metric).length, server + " http " + metric);
      }
      assertTrue(report.median(server, "stdio", "seq_calls_per_s") > 0, server + " answered no call");
      assertTrue(report.median(server, "http", "rss_mb") > 1, server + " has no RSS reading");
    }
    // The floor never loses a pipelined response. The SDK sometimes does (the report says so).
    assertEquals(0.0, report.median("floor", "stdio", "pipe_lost"), "the floor lost a pipelined response");
    assertEquals(1, report.values("floor", "stdio", "pipe_calls_per_s").length);
    String markdown = Files.readString(out.resolve("report.md"));
    assertTrue(markdown.contains("| floor |"), markdown);
    assertTrue(markdown.contains("| sdk |"), markdown);
    assertTrue(markdown.contains("Ratios to **floor**"), markdown);
    if (report.median("sdk", "stdio", "pipe_lost") > 0) {
      assertTrue(markdown.contains("| sdk | ") && markdown.contains("stalls: "), markdown);
    } else {
      assertFalse(markdown.contains("Problems seen"), markdown);
    }
    String json = Files.readString(out.resolve("report.json"));
    assertTrue(json.contains("\"seq_calls_per_s\""), json);
  }

  @Test
  void measuresMcpAptOverStdioAndHttp(@TempDir Path out) throws Exception {
    Options options =
        Options.parse(
            new String[] {
              "--smoke", "--stall", "2", "--out", out.toString(),
              "--server", "mcp-apt",
              "--stdio", jar("echo-mcpapt", "--stdio"),
              "--http", jar("echo-mcpapt", "--http {port}"),
            });
    Report report = LoadClient.run(options);

    for (String metric : List.of("start_ms", "cold_calls_per_s", "seq_calls_per_s", "seq_p99_us", "pipe_calls_per_s", "rss_mb")) {
      assertEquals(1, report.values("mcp-apt", "stdio", metric).length, "stdio " + metric);
    }
    for (String metric : List.of("start_ms", "cold_calls_per_s", "c1_calls_per_s", "c1_p99_us", "c2_calls_per_s",
        "m2_calls_per_s", "m2_p99_us", "rss_mb")) {
      assertEquals(1, report.values("mcp-apt", "http", metric).length, "http " + metric);
    }
    assertEquals(0.0, report.median("mcp-apt", "stdio", "pipe_lost"), "a pipelined response was lost");
    // Every scenario over both transports completed: no connection closed under a client, no
    // response lost (a failed scenario is listed under "Problems seen").
    String markdown = Files.readString(out.resolve("report.md"));
    assertTrue(markdown.contains("| mcp-apt |"), markdown);
    assertFalse(markdown.contains("Problems seen"), markdown);
  }

  @Test
  void reportsAResponseLostUnderPipelining(@TempDir Path out) throws Exception {
    Options options =
        Options.parse(
            new String[] {
              "--smoke", "--stall", "1", "--out", out.toString(),
              "--server", "dropping", "--stdio", command(DroppingServer.class.getName(), ""),
            });
    Report report = LoadClient.run(options);

    assertEquals(1, report.values("dropping", "stdio", "seq_calls_per_s").length, "sequential calls work");
    assertEquals(1.0, report.median("dropping", "stdio", "pipe_lost"));
    String markdown = Files.readString(out.resolve("report.md"));
    assertTrue(markdown.contains("stalls: 1 response(s) lost in 1/1 rounds"), markdown);
    assertTrue(markdown.contains("stopped answering with 1 response(s) outstanding"), markdown);
  }

  @Test
  void reportsAServerThatExitsWithoutAnswering(@TempDir Path out) throws Exception {
    // A process that exits without answering is reported at once (one that hangs, after a minute).
    Options options = Options.parse(
        new String[] {
          "--smoke", "--out", out.toString(),
          "--server", "silent", "--stdio", "true", "--http", "true",
        });
    Report report = LoadClient.run(options);

    assertEquals(0, report.values("silent", "stdio", "start_ms").length);
    String markdown = Files.readString(out.resolve("report.md"));
    assertTrue(markdown.contains("silent stdio, round 1: the server exited with status 0"), markdown);
    assertTrue(markdown.contains("silent http, round 1: java.io.IOException: the server exited with status 0"), markdown);
  }
}
