package dev.mcpapt.runtime.transport.http;

import static dev.mcpapt.runtime.transport.http.HttpTestSupport.error;
import static dev.mcpapt.runtime.transport.http.HttpTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.ToolHandler;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Streamable HTTP with sessions (2025-03-26 to 2025-11-25) on the same endpoint. */
class SessionHttpTest {
  static HttpTestSupport t;

  @BeforeAll
  static void start() throws Exception {
    t = new HttpTestSupport(HttpOptions.builder().maxSessions(200));
  }

  @AfterAll
  static void stop() {
    t.close();
  }

  private static String call(int id, String tool, String args) {
    return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
        + "\",\"arguments\":" + args + ",\"_meta\":{\"progressToken\":" + id + "}}}";
  }

  @Test
  void initializeIssuesASessionThatLaterRequestsNeed() throws Exception {
    String session = t.initialize("2025-06-18");
    HttpResponse<String> r = t.post(call(1, "echo", "{\"text\":\"hi\"}"), "Mcp-Session-Id", session,
        "MCP-Protocol-Version", "2025-06-18");
    assertEquals(200, r.statusCode());
    assertEquals("hi", json(r).path("result").path("content").get(0).path("text").asText());
    assertTrue(json(r).path("result").path("resultType").isMissingNode(), "legacy results have no resultType");

    JsonNode e = error(t.post(call(2, "echo", "{}")), 400); // neither a session nor per-request _meta
    assertEquals(-32602, e.path("code").asInt());
    assertTrue(e.path("message").asText().contains("initialize"), e.toString());
    e = error(t.post(call(3, "echo", "{}"), "Mcp-Session-Id", "0123456789abcdef"), 404);
    assertEquals(-32001, e.path("code").asInt());
    e = error(t.post(call(4, "echo", "{}"), "Mcp-Session-Id", session, "MCP-Protocol-Version", "1999-01-01"), 400);
    assertTrue(e.path("message").asText().contains("MCP-Protocol-Version"), e.toString());
  }

  @Test
  void deleteEndsTheSession() throws Exception {
    String session = t.initialize("2025-11-25");
    HttpResponse<String> d = t.client.send(HttpRequest.newBuilder(t.uri("/mcp")).header("Mcp-Session-Id", session)
        .DELETE().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, d.statusCode());
    error(t.post(call(1, "echo", "{}"), "Mcp-Session-Id", session), 404);
    HttpResponse<String> again = t.client.send(HttpRequest.newBuilder(t.uri("/mcp")).header("Mcp-Session-Id", session)
        .DELETE().build(), HttpResponse.BodyHandlers.ofString());
    error(again, 404);
    HttpResponse<String> get = t.client.send(HttpRequest.newBuilder(t.uri("/mcp")).header("Mcp-Session-Id", session)
        .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofString());
    error(get, 404);
  }

  @Test
  void theGetStreamCarriesNotificationsNotTiedToARequest() throws Exception {
    String session = t.initialize("2025-11-25");
    HttpRequest get = HttpRequest.newBuilder(t.uri("/mcp")).header("Mcp-Session-Id", session)
        .header("Accept", "text/event-stream").header("MCP-Protocol-Version", "2025-11-25").GET().build();
    try (HttpTestSupport.SseReader sse = t.openStream(get)) {
      Map<String, String> priming = sse.next();
      assertNotNull(priming.get("id"), "2025-11-25 streams start with a priming event id");
      HttpResponse<String> second = t.client.send(get, HttpResponse.BodyHandlers.ofString());
      error(second, 409);
      t.server.addComponent(new Extra());
      Map<String, String> event = sse.nextData();
      assertEquals("notifications/tools/list_changed", HttpTestSupport.JSON.readTree(event.get("data")).path("method").asText());
      assertNotNull(event.get("id"));
    } finally {
      t.server.removeComponent(Extra.class);
    }
  }

  @Test
  void aBrokenStreamResumesWithLastEventId() throws Exception {
    String session = t.initialize("2025-11-25");
    int steps = 25;
    HttpRequest post = t.postRequest("/mcp", call(42, "steps", "{\"steps\":" + steps + "}"),
        "Mcp-Session-Id", session, "MCP-Protocol-Version", "2025-11-25");
    List<JsonNode> received = new ArrayList<>();
    String lastId;
    try (HttpTestSupport.SseReader sse = t.openStream(post)) {
      Map<String, String> priming = sse.next();
      assertEquals("", priming.getOrDefault("data", ""));
      lastId = priming.get("id");
      for (int i = 0; i < 3; i++) {
        Map<String, String> e = sse.nextData();
        received.add(HttpTestSupport.JSON.readTree(e.get("data")));
        lastId = e.get("id");
      }
    } // the connection breaks here, mid-call
    HttpRequest resume = HttpRequest.newBuilder(t.uri("/mcp")).timeout(Duration.ofSeconds(20))
        .header("Mcp-Session-Id", session).header("Accept", "text/event-stream")
        .header("MCP-Protocol-Version", "2025-11-25").header("Last-Event-ID", lastId).GET().build();
    try (HttpTestSupport.SseReader sse = t.openStream(resume)) {
      Map<String, String> e;
      while ((e = sse.nextData()) != null) {
        received.add(HttpTestSupport.JSON.readTree(e.get("data")));
      }
    }
    JsonNode last = received.get(received.size() - 1);
    assertEquals(42, last.path("id").asInt(), "the response arrives after resumption");
    assertEquals("did " + steps + " steps", last.path("result").path("content").get(0).path("text").asText());
    long progress = received.stream().filter(n -> "notifications/progress".equals(n.path("method").asText())).count();
    assertEquals(steps, progress, "every progress notification exactly once: " + received);

    HttpRequest unknown = HttpRequest.newBuilder(t.uri("/mcp")).header("Mcp-Session-Id", session)
        .header("Accept", "text/event-stream").header("Last-Event-ID", "999-1").GET().build();
    error(t.client.send(unknown, HttpResponse.BodyHandlers.ofString()), 400);
  }

  @Test
  void manyConcurrentClients() throws Exception {
    int clients = 40;
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int n = c;
        results.add(pool.submit(() -> {
          String session = t.initialize(n % 2 == 0 ? "2025-11-25" : "2025-03-26");
          StringBuilder out = new StringBuilder();
          for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = t.post(call(i, "echo", "{\"text\":\"c" + n + "-" + i + "\"}"),
                "Mcp-Session-Id", session);
            out.append(json(r).path("result").path("content").get(0).path("text").asText()).append(',');
          }
          HttpResponse<String> s = t.modern(99, "tools/call", "echo", "\"name\":\"echo\",\"arguments\":{\"text\":\"m" + n + "\"}");
          out.append(json(s).path("result").path("content").get(0).path("text").asText());
          return out.toString();
        }));
      }
      for (int c = 0; c < clients; c++) {
        assertEquals("c" + c + "-0,c" + c + "-1,c" + c + "-2,c" + c + "-3,c" + c + "-4,m" + c, results.get(c).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A component added at run time, to make the tool list change. */
  static final class Extra implements McpComponent {
    @Override
    public Class<?> type() {
      return Extra.class;
    }

    @Override
    public List<ToolHandler> tools() {
      return List.of(HttpTestTools.tool("extra", "{}", (a, c) -> ToolResult.text("extra")));
    }
  }
}
