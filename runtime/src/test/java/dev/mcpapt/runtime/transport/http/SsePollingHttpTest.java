package dev.mcpapt.runtime.transport.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SSE polling (2025-11-25, SEP-1699): a request still running after {@code ssePollAfter} has its
 * connection closed after a {@code retry} field, and the client gets everything by resuming with
 * {@code Last-Event-ID}.
 */
class SsePollingHttpTest {
  static HttpTestSupport t;

  @BeforeAll
  static void start() throws Exception {
    t = new HttpTestSupport(HttpOptions.builder().ssePollAfter(Duration.ofMillis(200)));
  }

  @AfterAll
  static void stop() {
    t.close();
  }

  @Test
  void aLongRequestReleasesItsConnectionAndTheClientPolls() throws Exception {
    String session = t.initialize("2025-11-25");
    HttpRequest post = t.postRequest("/mcp", "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":"
        + "{\"name\":\"steps\",\"arguments\":{\"steps\":30}}}", "Mcp-Session-Id", session, "MCP-Protocol-Version", "2025-11-25");
    // 30 steps of 20 ms: still running when the server lets the connection go at 200 ms
    HttpResponse<String> first = t.client.send(post, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, first.statusCode());
    assertEquals("text/event-stream", first.headers().firstValue("Content-Type").orElse(""));
    List<String> lines = first.body().lines().toList();
    assertTrue(lines.get(0).startsWith("id: ") && lines.get(1).equals("data: "), "a priming event first: " + lines);
    assertTrue(lines.contains("retry: " + PostChannel.POLL_RETRY_MILLIS), "a retry field before closing: " + lines);
    assertTrue(!first.body().contains("\"id\":7"), "the response is not on the first connection");
    String lastId = null;
    for (String l : lines) {
      if (l.startsWith("id: ")) {
        lastId = l.substring(4);
      }
    }
    assertNotNull(lastId);

    HttpRequest resume = HttpRequest.newBuilder(t.uri("/mcp")).timeout(Duration.ofSeconds(20))
        .header("Mcp-Session-Id", session).header("Accept", "text/event-stream")
        .header("MCP-Protocol-Version", "2025-11-25").header("Last-Event-ID", lastId).GET().build();
    HttpResponse<String> second = t.client.send(resume, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, second.statusCode());
    List<JsonNode> messages = new ArrayList<>();
    for (String l : first.body().lines().toList()) {
      if (l.startsWith("data: {")) {
        messages.add(HttpTestSupport.JSON.readTree(l.substring(6)));
      }
    }
    for (String l : second.body().lines().toList()) {
      if (l.startsWith("data: {")) {
        messages.add(HttpTestSupport.JSON.readTree(l.substring(6)));
      }
    }
    JsonNode last = messages.get(messages.size() - 1);
    assertEquals(7, last.path("id").asInt(), "the response arrives on the resumed stream: " + second.body());
    assertEquals("did 30 steps", last.path("result").path("content").get(0).path("text").asText());
    long progress = messages.stream().filter(m -> "notifications/progress".equals(m.path("method").asText())).count();
    assertEquals(0, progress, "no progress was asked for");
    long logs = messages.stream().filter(m -> "notifications/message".equals(m.path("method").asText())).count();
    assertEquals(0, logs, "no log level was set");
  }

  @Test
  void aQuickRequestKeepsItsConnection() throws Exception {
    String session = t.initialize("2025-11-25");
    HttpResponse<String> r = t.post("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"tools/call\",\"params\":"
        + "{\"name\":\"echo\",\"arguments\":{\"text\":\"hi\"}}}", "Mcp-Session-Id", session, "MCP-Protocol-Version", "2025-11-25");
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("\"id\":8") && !r.body().contains("retry:"), r.body());
  }
}
