package dev.mcpapt.sample.taskmanager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
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
    TaskManagerProcess.stop(server);
  }

  @Test
  void aUserManagesTasksInTheWidgetAndNothingIsLostOnACrash() throws Exception {
    Path root = TaskManagerProcess.root();
    Path nodeProject = root.resolve("runtime/src/test/node");
    assertTrue(
        Files.isDirectory(nodeProject.resolve("node_modules/playwright-core")),
        "run `npm ci` in " + nodeProject + " first (.ci/setup.sh does)");
    Path database = dir.resolve("tasks.db");
    Path screenshots = Path.of("target", "screenshots").toAbsolutePath();

    int port = TaskManagerProcess.freePort();
    server = startServer(port, database);
    JsonNode edit = runBrowser(nodeProject, port, "edit", screenshots, null);
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
    port = TaskManagerProcess.freePort();
    server = startServer(port, database);
    JsonNode verify = runBrowser(nodeProject, port, "verify", screenshots, JSON.writeValueAsString(shown));
    assertEquals(0, verify.get("failed").size(), verify.toString());
    assertEquals(stored, readDatabase(database));

    for (String shot : List.of("01-empty", "02-added", "04-confirm-delete", "05-refused-blank", "06-deleted-underneath", "08-chatgpt-mode", "09-after-restart")) {
      assertTrue(Files.size(screenshots.resolve(shot + ".png")) > 0, shot);
    }
  }

  private JsonNode runBrowser(Path nodeProject, int port, String phase, Path screenshots, String expect) throws Exception {
    List<String> args = new ArrayList<>(List.of(
        "--url", "http://127.0.0.1:" + port,
        "--phase", phase,
        "--out", screenshots.toString(),
        "--node-project", nodeProject.toString()));
    if (expect != null) {
      args.add("--expect");
      args.add(expect);
    }
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
    return TaskManagerProcess.runBrowserScript("taskmanager-e2e.mjs", args, Map.of(), required);
  }

  /** Title → done, in id order, read with plain JDBC. */
  private static Map<String, Boolean> readDatabase(Path database) throws Exception {
    Map<String, Boolean> tasks = new LinkedHashMap<>();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT title, done, owner FROM tasks ORDER BY id")) {
      while (rows.next()) {
        // Without sign-in, every task is the local list's.
        assertEquals(TaskStore.LOCAL_OWNER, rows.getString(3), rows.getString(1));
        tasks.put(rows.getString(1), rows.getBoolean(2));
      }
    }
    return tasks;
  }

  /** The launcher serving HTTP with the dev host. */
  private static Process startServer(int port, Path database) throws Exception {
    return TaskManagerProcess.start(port, "/dev/", "--http", Integer.toString(port), "--dev", "--db", database.toString());
  }
}
