package dev.mcpapt.runtime.transport.http;

import static dev.mcpapt.runtime.transport.http.HttpTestSupport.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP+SSE transport of 2024-11-05: GET /sse, then POST /messages?sessionId=... */
class HttpSseTransportTest {
  static HttpTestSupport t;

  @BeforeAll
  static void start() throws Exception {
    // keep-alive comments are how a closed stream is noticed: make them frequent
    t = new HttpTestSupport(HttpOptions.builder().keepAliveInterval(java.time.Duration.ofMillis(200)));
  }

  @AfterAll
  static void stop() {
    t.close();
  }

  static HttpResponse<String> send(String endpoint, String body) throws Exception {
    return t.client.send(t.postRequest(endpoint, body), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theStreamAnnouncesTheEndpointAndCarriesEveryAnswer() throws Exception {
    HttpRequest get = HttpRequest.newBuilder(t.uri("/sse")).header("Accept", "text/event-stream").GET().build();
    int before = t.http.sessionCount();
    try (HttpTestSupport.SseReader sse = t.openStream(get)) {
      Map<String, String> endpoint = sse.next();
      assertEquals("endpoint", endpoint.get("event"));
      String url = endpoint.get("data");
      assertTrue(url.startsWith("/messages?sessionId="), url);

      HttpResponse<String> r = send(url, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
          + "\"protocolVersion\":\"2024-11-05\",\"capabilities\":{},\"clientInfo\":{\"name\":\"old\",\"version\":\"1\"}}}");
      assertEquals(202, r.statusCode());
      JsonNode init = HttpTestSupport.JSON.readTree(sse.nextData().get("data"));
      assertEquals("2024-11-05", init.path("result").path("protocolVersion").asText());
      assertEquals(202, send(url, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}").statusCode());

      send(url, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"steps\",\"arguments\":{\"steps\":2},"
          + "\"_meta\":{\"progressToken\":\"p\"}}}");
      JsonNode progress = HttpTestSupport.JSON.readTree(sse.nextData().get("data"));
      assertEquals("notifications/progress", progress.path("method").asText());
      assertTrue(progress.path("params").path("message").isMissingNode(), "2024-11-05 progress has no message");
      JsonNode next;
      do {
        next = HttpTestSupport.JSON.readTree(sse.nextData().get("data"));
      } while (!next.has("id"));
      assertEquals(2, next.path("id").asInt());
      assertEquals("did 2 steps", next.path("result").path("content").get(0).path("text").asText());

      JsonNode e = error(send(url, "{oops"), 400);
      assertEquals(-32700, e.path("code").asInt());
      assertEquals(before + 1, t.http.sessionCount());
    }
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (t.http.sessionCount() > before && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(before, t.http.sessionCount(), "closing the stream ends the session");
  }

  @Test
  void unknownSessionsGet404() throws Exception {
    JsonNode e = error(send("/messages?sessionId=nope", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}"), 404);
    assertEquals(-32001, e.path("code").asInt());
    error(send("/messages", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}"), 400);
  }
}
