package dev.mcpapt.runtime.transport.http;

import static dev.mcpapt.runtime.transport.http.HttpTestSupport.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A full session table and clients that open sessions fast. A full table used to refuse every
 * new session (503) until idle ones expired, up to 30 minutes later.
 */
class SessionLimitsHttpTest {
  static final String VERSION = "2025-11-25";

  private static HttpResponse<String> call(HttpTestSupport t, String session, String tool, String arguments)
      throws Exception {
    return t.post("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
        + "\",\"arguments\":" + arguments + "}}", "Mcp-Session-Id", session, "MCP-Protocol-Version", VERSION);
  }

  private static HttpRequest getStream(HttpTestSupport t, String session) {
    return HttpRequest.newBuilder(t.uri("/mcp")).header("Mcp-Session-Id", session)
        .header("Accept", "text/event-stream").header("MCP-Protocol-Version", VERSION).GET().build();
  }

  @Test
  void aFullTableEvictsTheLeastRecentlyUsedIdleSessionNeverABusyOne() throws Exception {
    HttpTestSupport t = new HttpTestSupport(HttpOptions.builder().maxSessions(5).sessionRateLimit(0, 1));
    try {
      List<String> s = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        s.add(t.initialize(VERSION));
      }
      // s0 has its GET stream open, s1 a call in flight; s2, s3, s4 are idle, s2 the least recently used
      try (HttpTestSupport.SseReader stream = t.openStream(getStream(t, s.get(0)))) {
        HttpTestTools.waitStarted = new CountDownLatch(1);
        CompletableFuture<HttpResponse<String>> inFlight = t.client.sendAsync(t.postRequest("/mcp",
            "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/call\",\"params\":{\"name\":\"wait\",\"arguments\":{\"ms\":3000}}}",
            "Mcp-Session-Id", s.get(1), "MCP-Protocol-Version", VERSION), HttpResponse.BodyHandlers.ofString());
        assertTrue(HttpTestTools.waitStarted.await(10, TimeUnit.SECONDS), "the call started");
        assertEquals(200, call(t, s.get(3), "echo", "{\"text\":\"recent\"}").statusCode()); // s3 used lately
        assertEquals(200, call(t, s.get(4), "echo", "{\"text\":\"recent\"}").statusCode());

        String n1 = t.initialize(VERSION); // evicts s2, the least recently used idle session
        error(call(t, s.get(2), "echo", "{\"text\":\"x\"}"), 404);
        String n2 = t.initialize(VERSION); // evicts s3
        error(call(t, s.get(3), "echo", "{\"text\":\"x\"}"), 404);
        assertEquals(5, t.http.sessionCount());

        assertEquals(200, call(t, s.get(0), "echo", "{\"text\":\"busy\"}").statusCode(), "the session with a stream stays");
        HttpResponse<String> waited = inFlight.get(20, TimeUnit.SECONDS);
        assertEquals(200, waited.statusCode(), waited.body());
        assertTrue(waited.body().contains("waited 3000"), waited.body());
        assertEquals(200, call(t, n1, "echo", "{\"text\":\"new\"}").statusCode());
        assertEquals(200, call(t, n2, "echo", "{\"text\":\"new\"}").statusCode());
      }
    } finally {
      t.close();
    }
  }

  @Test
  void aTableOfBusySessionsRefusesANewOneWith503() throws Exception {
    HttpTestSupport t = new HttpTestSupport(HttpOptions.builder().maxSessions(2).sessionRateLimit(0, 1));
    try {
      String a = t.initialize(VERSION);
      String b = t.initialize(VERSION);
      try (HttpTestSupport.SseReader sa = t.openStream(getStream(t, a));
          HttpTestSupport.SseReader sb = t.openStream(getStream(t, b))) {
        HttpResponse<String> r = t.post("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\""
            + VERSION + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}");
        JsonNode e = error(r, 503);
        assertTrue(e.path("message").asText().contains("sessions are open and busy"), e.toString());
        assertEquals("5", r.headers().firstValue("Retry-After").orElse(""));
      }
    } finally {
      t.close();
    }
  }

  @Test
  void oneClientOpeningSessionsTooFastGets429WithRetryAfter() throws Exception {
    HttpTestSupport t = new HttpTestSupport(HttpOptions.builder().sessionRateLimit(1, 3));
    try {
      for (int i = 0; i < 3; i++) {
        t.initialize(VERSION); // the burst
      }
      HttpResponse<String> r = t.post("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\""
          + VERSION + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}");
      JsonNode e = error(r, 429);
      assertTrue(e.path("message").asText().contains("faster than 1 per second"), e.toString());
      long retry = Long.parseLong(r.headers().firstValue("Retry-After").orElse("0"));
      assertTrue(retry >= 1, "Retry-After: " + retry);
      // HTTP+SSE sessions count against the same budget
      HttpResponse<String> sse = t.client.send(HttpRequest.newBuilder(t.uri("/sse")).header("Accept", "text/event-stream")
          .GET().build(), HttpResponse.BodyHandlers.ofString());
      error(sse, 429);
      assertTrue(sse.headers().firstValue("Retry-After").isPresent());

      Thread.sleep(TimeUnit.SECONDS.toMillis(retry) + 100); // a token is back by then, however slow the machine
      String session = t.initialize(VERSION);
      // requests within an open session are not limited
      for (int i = 0; i < 20; i++) {
        assertEquals(200, call(t, session, "echo", "{\"text\":\"" + i + "\"}").statusCode());
      }
    } finally {
      t.close();
    }
  }
}
