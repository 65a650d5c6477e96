package dev.mcpapt.runtime.transport.http;

import static dev.mcpapt.runtime.transport.http.HttpTestSupport.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One HTTP+SSE session posts far more slow calls than it may have in flight. {@code /messages}
 * used to accept them all (202) into the engine's single shared queue, and another client's call
 * then waited behind the whole backlog.
 */
class HttpSseFairnessTest {
  private static HttpResponse<String> post(HttpTestSupport t, String url, String body) throws Exception {
    return t.client.send(t.postRequest(url, body), HttpResponse.BodyHandlers.ofString());
  }

  /** Opens an HTTP+SSE session and initializes it; returns its message URL. */
  private static String open(HttpTestSupport t, HttpTestSupport.SseReader sse) throws Exception {
    String url = sse.next().get("data");
    assertEquals(202, post(t, url, "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{"
        + "\"protocolVersion\":\"2024-11-05\",\"capabilities\":{},\"clientInfo\":{\"name\":\"old\",\"version\":\"1\"}}}")
        .statusCode());
    assertEquals(0, HttpTestSupport.JSON.readTree(sse.nextData().get("data")).path("id").asInt());
    assertEquals(202, post(t, url, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}").statusCode());
    return url;
  }

  @Test
  void aFloodingSessionIsHeldToItsLimitAndOthersAreStillServed() throws Exception {
    // The default limit (64) is above the 32 workers of the engine's pool on a JDK without
    // virtual threads: the other client is served because the flood runs a quarter of them at most.
    int limit = HttpOptions.defaults().maxStreamsPerSession();
    HttpTestSupport t = new HttpTestSupport(HttpOptions.builder().shutdownGrace(java.time.Duration.ofSeconds(1)));
    HttpRequest get = HttpRequest.newBuilder(t.uri("/sse")).header("Accept", "text/event-stream").GET().build();
    try (HttpTestSupport.SseReader flooder = t.openStream(get); HttpTestSupport.SseReader other = t.openStream(get)) {
      String floodUrl = open(t, flooder);
      String otherUrl = open(t, other);

      int accepted = 0;
      int refused = 0;
      for (int i = 1; i <= 200; i++) {
        HttpResponse<String> r = post(t, floodUrl, "{\"jsonrpc\":\"2.0\",\"id\":" + i
            + ",\"method\":\"tools/call\",\"params\":{\"name\":\"wait\",\"arguments\":{\"ms\":60000}}}");
        if (r.statusCode() == 202) {
          accepted++;
        } else {
          JsonNode e = error(r, 429);
          assertEquals(-32600, e.path("code").asInt());
          assertTrue(e.path("message").asText().contains("already has " + limit + " requests in flight"), r.body());
          assertEquals(i, HttpTestSupport.JSON.readTree(r.body()).path("id").asInt(), "the error names the request");
          refused++;
        }
      }
      assertEquals(limit, accepted, "calls accepted while " + limit + " are in flight");
      assertEquals(200 - limit, refused);

      // the other client's call is answered at once, not after the flood (which lasts a minute)
      long start = System.nanoTime();
      assertEquals(202, post(t, otherUrl, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\","
          + "\"params\":{\"name\":\"echo\",\"arguments\":{\"text\":\"not kept waiting\"}}}").statusCode());
      Map<String, String> answer = other.nextData();
      long ms = (System.nanoTime() - start) / 1_000_000;
      assertTrue(answer.get("data").contains("not kept waiting"), answer.toString());
      assertTrue(ms < 20_000, "the other client waited " + ms + " ms");

      // a notification is not a request in flight: still accepted
      assertEquals(202, post(t, floodUrl, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}").statusCode());
    } finally {
      t.close();
    }
  }
}
