package dev.mcpapt.runtime.transport.http;

import static dev.mcpapt.runtime.transport.http.HttpTestSupport.error;
import static dev.mcpapt.runtime.transport.http.HttpTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Session expiry and graceful shutdown. */
class LifecycleHttpTest {
  @Test
  void idleSessionsExpire() throws Exception {
    HttpTestSupport t = new HttpTestSupport(HttpOptions.builder().sessionIdleTimeout(Duration.ofMillis(200)));
    try {
      String session = t.initialize("2025-06-18");
      assertEquals(1, t.http.sessionCount());
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (t.http.sessionCount() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertEquals(0, t.http.sessionCount(), "the idle session expired");
      error(t.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}", "Mcp-Session-Id", session), 404);
    } finally {
      t.close();
    }
  }

  @Test
  void closingDrainsRequestsInFlightAndRefusesNewOnes() throws Exception {
    HttpTestSupport t = new HttpTestSupport(HttpOptions.builder().shutdownGrace(Duration.ofSeconds(20)));
    try {
      CompletableFuture<HttpResponse<String>> inFlight = t.startWait(1500);
      CompletableFuture<Void> closing = CompletableFuture.runAsync(t.http::close);
      Thread.sleep(200);
      try {
        HttpResponse<String> refused = t.modern(2, "tools/list", null, "");
        error(refused, 503);
      } catch (ConnectException e) {
        // also acceptable: the port is already closed to new connections
      }
      HttpResponse<String> r = inFlight.get(30, TimeUnit.SECONDS);
      assertEquals(200, r.statusCode(), r.body());
      assertEquals("waited 1500", json(r).path("result").path("content").get(0).path("text").asText());
      closing.get(30, TimeUnit.SECONDS);
    } finally {
      t.close();
    }
  }
}
