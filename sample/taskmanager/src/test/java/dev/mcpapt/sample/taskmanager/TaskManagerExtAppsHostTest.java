package dev.mcpapt.sample.taskmanager;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TaskManager widget hosted by the MCP Apps host library itself rather than by an emulation:
 * {@code AppBridge} and {@code PostMessageTransport} of {@code @modelcontextprotocol/ext-apps}
 * over the official TypeScript client, bundled for the browser (esbuild, into {@code
 * target/ext-apps-host}) and run in headless Chromium against the server started as its own
 * process over Streamable HTTP ({@code src/test/node/taskmanager-ext-apps-e2e.mjs}). The widget
 * renders the tasks, adds, completes, deletes after confirming, shows a call the server refuses
 * and one the host refuses, and shows hostile titles as inert text. Screenshots land in {@code
 * target/screenshots}.
 */
class TaskManagerExtAppsHostTest {
  @TempDir Path dir;
  private Process server;

  @AfterEach
  void stopServer() throws InterruptedException {
    TaskManagerProcess.stop(server);
  }

  @Test
  void theMcpAppsHostLibraryHostsTheWidget() throws Exception {
    Path nodeProject = TaskManagerProcess.root().resolve("runtime/src/test/node");
    for (String module : List.of("playwright-core", "esbuild", "@modelcontextprotocol/ext-apps", "@modelcontextprotocol/client")) {
      assertTrue(
          Files.isDirectory(nodeProject.resolve("node_modules").resolve(module)),
          "run `npm ci` in " + nodeProject + " first (.ci/setup.sh does); " + module + " is missing");
    }
    Path screenshots = Path.of("target", "screenshots").toAbsolutePath();
    Path build = Path.of("target", "ext-apps-host").toAbsolutePath();

    int port = TaskManagerProcess.freePort();
    // --cors: the host page is served from another loopback origin, as a real host's page is.
    server = TaskManagerProcess.start(port, "/readyz",
        "--http", Integer.toString(port), "--cors", "--db", dir.resolve("tasks.db").toString());

    TaskManagerProcess.runBrowserScript(
        "taskmanager-ext-apps-e2e.mjs",
        List.of(
            "--url", "http://127.0.0.1:" + port,
            "--out", screenshots.toString(),
            "--build", build.toString(),
            "--node-project", nodeProject.toString()),
        Map.of(),
        List.of(
            "the host is bundled for the browser with the library's AppBridge in it",
            "the host read the widget with the official client: one text/html;profile=mcp-app resource",
            "the widget completed the library's handshake",
            "the widget applies the theme of the library's host context",
            "the widget renders the tasks the tool result carried",
            "adding a task: the widget shows it and the server has it",
            "hostile titles appear literally",
            "no markup from a title reached the widget's DOM",
            "no script from a title ran, in the widget or the host page",
            "completing a task strikes it through, and the server has it done",
            "delete asks for confirmation",
            "cancel keeps the task, on screen and on the server",
            "confirmed delete removes the task, on screen and on the server",
            "a call the server refuses shows the server's message",
            "a call the server refuses keeps the list",
            "a call the host refuses shows the refusal",
            "a call the host refuses changes nothing",
            "the widget's tool calls went through the host's AppBridge",
            "the server's list is what the widget shows",
            "no script from a title ran by the end",
            "no errors in the page or the widget"));

    assertTrue(Files.size(build.resolve("host.js")) > 0, "the bundle is written to the build directory");
    for (String shot : List.of("ext-apps-01-rendered", "ext-apps-02-added", "ext-apps-03-confirm-delete",
        "ext-apps-04-refused-by-server", "ext-apps-05-refused-by-host")) {
      assertTrue(Files.size(screenshots.resolve(shot + ".png")) > 0, shot);
    }
  }
}
