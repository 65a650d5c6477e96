package dev.mcpapt.sample.taskmanager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mcpapt.runtime.testing.AuthorizationServer;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two users and a read-only one in headless Chromium, each in a browser context of their own,
 * using the TaskManager behind sign-in through the dev host with their access token in its
 * "Access token" field ({@code src/test/node/taskmanager-oauth-e2e.mjs}); the server is the
 * launcher in its own JVM with {@code --dev --oauth-issuer --oauth-resource}, the tokens come
 * from a real authorization server on loopback, and who owns what is read back over JDBC.
 */
class TaskManagerOAuthBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BOTH = TaskTools.READ_SCOPE + " " + TaskTools.WRITE_SCOPE;

  @TempDir Path dir;
  private Process server;
  private AuthorizationServer as;

  @AfterEach
  void stop() throws InterruptedException {
    TaskManagerProcess.stop(server);
    if (as != null) {
      as.close();
    }
  }

  @Test
  void twoUsersEachSeeOnlyTheirOwnTasksInTheWidgetAndAReadOnlyUserCannotAdd() throws Exception {
    Path nodeProject = TaskManagerProcess.root().resolve("runtime/src/test/node");
    assertTrue(
        Files.isDirectory(nodeProject.resolve("node_modules/playwright-core")),
        "run `npm ci` in " + nodeProject + " first (.ci/setup.sh does)");
    as = new AuthorizationServer();
    String issuer = as.issuer("default");
    int port = TaskManagerProcess.freePort();
    String resource = "http://127.0.0.1:" + port + "/mcp";
    Path database = dir.resolve("tasks.db");
    server = TaskManagerProcess.start(port, "/dev/", "--http", Integer.toString(port), "--dev",
        "--oauth-issuer", issuer, "--oauth-resource", resource, "--db", database.toString());

    String tokens = JSON.writeValueAsString(Map.of(
        "alice", as.token("default", "alice", resource, BOTH),
        "bob", as.token("default", "bob", resource, BOTH),
        "reader", as.token("default", "reader", resource, TaskTools.READ_SCOPE)));
    List<String> required = new ArrayList<>(List.of(
        "signed out, the dev host cannot connect and says why",
        "the log shows the 401 challenge with the metadata URL",
        "alice adds tasks in the widget",
        "bob starts with an empty list, not alice's",
        "bob adds a task in the widget",
        "alice's refreshed widget shows only her tasks",
        "the token survives a reload of the tab",
        "the read-only user's add is refused in the widget",
        "the refused add keeps the list",
        "the log shows the 403 challenge"));
    for (String user : List.of("alice", "bob", "reader")) {
      required.add(user + ": the token never shows in the log");
      required.add(user + ": the token is kept in sessionStorage only");
      required.add(user + ": the widget cannot read the token");
      required.add(user + ": no errors in the page or the widget");
    }
    JsonNode report = TaskManagerProcess.runBrowserScript("taskmanager-oauth-e2e.mjs",
        List.of("--url", "http://127.0.0.1:" + port, "--out", Path.of("target", "screenshots").toAbsolutePath().toString(),
            "--node-project", nodeProject.toString()),
        Map.of("TASKMANAGER_TOKENS", tokens), required);
    assertEquals("[\"Alice: pay the rent\",\"Alice: call the bank\"]", report.get("alice").toString());
    assertEquals("[\"Bob: fix the bike\"]", report.get("bob").toString());
    assertEquals("[]", report.get("reader").toString());

    // What each widget showed is what the database holds for that user, and nothing else is there.
    Map<String, List<String>> expected = new LinkedHashMap<>();
    expected.put(issuer + " alice", List.of("Alice: pay the rent", "Alice: call the bank"));
    expected.put(issuer + " bob", List.of("Bob: fix the bike"));
    assertEquals(expected, readDatabase(database));
  }

  /** Owner → titles in id order, read with plain JDBC. */
  private static Map<String, List<String>> readDatabase(Path database) throws Exception {
    Map<String, List<String>> tasks = new LinkedHashMap<>();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT owner, title FROM tasks ORDER BY id")) {
      while (rows.next()) {
        tasks.computeIfAbsent(rows.getString(1), o -> new ArrayList<>()).add(rows.getString(2));
      }
    }
    return tasks;
  }
}
