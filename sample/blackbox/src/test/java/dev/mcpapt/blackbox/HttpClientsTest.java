package dev.mcpapt.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.testing.NodeClients;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientSseClientTransport;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official MCP clients over HTTP against {@code Main --http} (a child JVM on loopback): the
 * Java SDK with its Streamable HTTP and HTTP+SSE transports, and the TypeScript SDK
 * ({@code runtime/src/test/node/http-client.mjs}) with {@code StreamableHTTPClientTransport} and
 * {@code SSEClientTransport}.
 */
class HttpClientsTest {
  static HttpServer server;

  @BeforeAll
  static void start() throws Exception {
    server = HttpServer.start("--allowed-origin", "https://app.example.com");
  }

  @AfterAll
  static void stop() throws Exception {
    int code = server.stop();
    assertTrue(code == 0 || code == 143, "SIGTERM stops the server gracefully, exit code " + code);
  }

  private static String text(McpSchema.CallToolResult r) {
    return ((McpSchema.TextContent) r.content().get(0)).text();
  }

  private static void drive(McpClientTransport transport, String expectedRevision) throws Exception {
    List<McpSchema.ProgressNotification> progress = new CopyOnWriteArrayList<>();
    try (McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30))
        .progressConsumer(progress::add).jsonSchemaValidator(new OutputSchemaValidator()).build()) {
      McpSchema.InitializeResult init = client.initialize();
      assertEquals(expectedRevision, init.protocolVersion());
      List<String> names = new ArrayList<>();
      client.listTools().tools().forEach(t -> names.add(t.name()));
      assertTrue(names.containsAll(List.of("add", "divide", "greet", "work", "await", "signal")), names.toString());

      assertEquals("{\"sum\":42}", text(client.callTool(new McpSchema.CallToolRequest("add", Map.of("a", 2, "b", 40)))));
      McpSchema.CallToolResult divide = client.callTool(new McpSchema.CallToolRequest("divide",
          Map.of("dividend", 1, "divisor", 0)));
      assertEquals(Boolean.TRUE, divide.isError());

      McpSchema.CallToolResult worked = client.callTool(McpSchema.CallToolRequest.builder().name("work")
          .arguments(Map.of("key", "java-http-" + expectedRevision + transport.getClass().getSimpleName(), "millis", 20))
          .progressToken("p-" + expectedRevision).build());
      assertEquals("worked 20 ms", text(worked));
      // the client hands notifications to the consumer asynchronously: the last may land after the result
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (progress.size() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertEquals(2, progress.size(), progress.toString());

      String key = "java-" + transport.getClass().getSimpleName() + "-" + expectedRevision;
      // The blocked call waits on a thread of its own, not in the common pool: on JDK 25 (unlike
      // 17) the HttpClient completes every sendAsync future in that pool, even when it has a single
      // worker (two CPUs), and this SDK reads no response before that future completes. A call
      // blocking the pool's only worker would hold back every answer, its own included.
      ExecutorService caller = Executors.newSingleThreadExecutor();
      try {
        CompletableFuture<McpSchema.CallToolResult> blocked = CompletableFuture.supplyAsync(
            () -> client.callTool(new McpSchema.CallToolRequest("await", Map.of("key", key))), caller);
        assertEquals("signalled " + key, text(client.callTool(new McpSchema.CallToolRequest("signal", Map.of("key", key)))));
        assertEquals("released " + key, text(blocked.get(30, TimeUnit.SECONDS)));
      } finally {
        caller.shutdownNow();
      }
      client.ping();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-03-26", "2025-06-18", "2025-11-25"})
  void javaSdkOverStreamableHttp(String revision) throws Exception {
    drive(HttpClientStreamableHttpTransport.builder(server.base()).endpoint("/mcp")
        .supportedProtocolVersions(List.of(revision)).build(), revision);
  }

  @Test
  void javaSdkOverHttpSse() throws Exception {
    McpClientTransport sse = HttpClientSseClientTransport.builder(server.base()).sseEndpoint("/sse").build();
    drive(sse, sse.protocolVersions().get(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-03-26", "2025-06-18", "2025-11-25"})
  void typeScriptSdkOverStreamableHttp(String revision) throws Exception {
    JsonNode report = runTs("streamable", server.mcpUrl, revision);
    assertEquals(revision, report.path("protocolVersion").asText(), report.toString());
    assertFalse(report.path("sessionId").asText("").isEmpty(), "a session id was issued");
    checkSteps(report, "streamable");
    JsonNode terminate = report.path("steps").path("terminate");
    assertTrue(terminate.path("ok").asBoolean(), terminate.toString());
    assertNull(terminate.path("value").textValue(), "DELETE ended the session");
  }

  @Test
  void typeScriptSdkOverHttpSse() throws Exception {
    JsonNode report = runTs("sse", server.base() + "/sse", "2024-11-05");
    checkSteps(report, "sse");
  }

  @Test
  void originsAreCheckedAsConfigured() throws Exception {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    String discover = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"server/discover\",\"params\":{\"_meta\":{"
        + "\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\",\"io.modelcontextprotocol/clientCapabilities\":{}}}}";
    java.util.function.Function<String, java.net.http.HttpResponse<String>> post = origin -> {
      try {
        return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.mcpUrl))
            .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
            .header("MCP-Protocol-Version", "2026-07-28").header("Mcp-Method", "server/discover").header("Origin", origin)
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(discover)).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    };
    assertEquals(200, post.apply("https://app.example.com").statusCode());
    java.net.http.HttpResponse<String> evil = post.apply("https://evil.example.com");
    assertEquals(403, evil.statusCode());
    assertTrue(evil.body().contains("\"code\":-32600") && evil.body().contains("evil.example.com"), evil.body());
  }

  private static JsonNode runTs(String transport, String url, String revision) throws Exception {
    ObjectNode config = JsonNodeFactory.instance.objectNode().put("url", url).put("transport", transport)
        .put("revision", revision);
    JsonNode report = NodeClients.run("http-client.mjs", config, 120);
    assertNotNull(report);
    assertFalse(report.has("fatal"), () -> report.path("fatal").asText());
    return report;
  }

  private static void checkSteps(JsonNode report, String transport) {
    JsonNode s = report.path("steps");
    for (String step : List.of("list", "add", "greet", "divideByZero", "progress", "concurrency", "cancellation", "ping")) {
      assertTrue(s.path(step).path("ok").asBoolean(), () -> step + " failed: " + s.path(step));
    }
    assertEquals("{\"sum\":42}", s.path("add").path("value").path("text").asText());
    assertEquals("Hello, HTTP!", s.path("greet").path("value").asText());
    assertTrue(s.path("divideByZero").path("value").path("isError").asBoolean());
    // The server sends both progress notifications before the response; the TypeScript client may
    // drop the last one when the response arrives in the same chunk (it handles notifications later).
    JsonNode updates = s.path("progress").path("value").path("updates");
    assertEquals(0, updates.path(0).asInt(), s.path("progress").toString());
    assertTrue(updates.size() <= 2 && updates.path(updates.size() - 1).asInt() <= 50, s.path("progress").toString());
    String key = "http-" + transport;
    assertEquals("[\"signalled " + key + "\",\"released " + key + "\"]", s.path("concurrency").path("value").toString());
    JsonNode cancel = s.path("cancellation").path("value");
    assertEquals("true", cancel.path("started").asText());
    assertEquals("aborted", cancel.path("outcome").asText());
    assertEquals("true", cancel.path("interrupted").asText(), "notifications/cancelled interrupted the call");
    assertEquals("pong", s.path("ping").path("value").asText());
  }
}
