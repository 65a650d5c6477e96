package dev.mcpapt.runtime.transport.http;

import static dev.mcpapt.runtime.transport.http.HttpTestSupport.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.health.HealthCheck;
import dev.mcpapt.runtime.health.HealthStatus;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@code /healthz} and {@code /readyz} on the embedded server. */
class ProbesHttpTest {
  private static HttpResponse<String> get(HttpTestSupport t, String path) throws Exception {
    return t.client.send(HttpRequest.newBuilder(t.uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode body(HttpResponse<String> r) throws Exception {
    assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
    assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
    return JSON.readTree(r.body());
  }

  @Test
  void aliveAndReadyWithNoChecks() throws Exception {
    HttpTestSupport t = new HttpTestSupport();
    try {
      HttpResponse<String> alive = get(t, "/healthz");
      assertEquals(200, alive.statusCode());
      assertEquals("{\"status\":\"alive\"}", alive.body());
      HttpResponse<String> ready = get(t, "/readyz");
      assertEquals(200, ready.statusCode());
      assertEquals("ready", body(ready).path("status").asText());
    } finally {
      t.close();
    }
  }

  @Test
  void probesAnswerWhateverTheHostAndOriginWhileMcpRefusesThem() throws Exception {
    HttpTestSupport t = new HttpTestSupport();
    try (RawConnection c = new RawConnection(t.http.port(), 20_000)) {
      String foreign = "Host: 10.1.2.3:8080\r\nOrigin: https://evil.example\r\n";
      c.send("GET /readyz HTTP/1.1\r\n" + foreign + "\r\n");
      RawConnection.Response ready = c.read();
      assertEquals(200, ready.status(), ready.body());
      c.send("GET /healthz HTTP/1.1\r\n" + foreign + "\r\n");
      assertEquals(200, c.read().status());
      c.send("GET /mcp HTTP/1.1\r\n" + foreign + "Accept: text/event-stream\r\n\r\n");
      assertEquals(403, c.read().status(), "the MCP endpoint still checks Host and Origin");
    } finally {
      t.close();
    }
  }

  @Test
  void everyCheckMustBeUpAndEachOneIsNamedWithItsReason() throws Exception {
    AtomicBoolean databaseUp = new AtomicBoolean(true);
    HttpTestSupport t = new HttpTestSupport(HttpOptions.builder()
        .healthCheck(HealthCheck.named("database", () -> databaseUp.get()
            ? HealthStatus.up("answered in 1 ms") : HealthStatus.down("connection refused")))
        .healthCheck(HealthCheck.named("cache", HealthStatus::up)));
    try {
      HttpResponse<String> ready = get(t, "/readyz");
      assertEquals(200, ready.statusCode(), ready.body());
      JsonNode b = body(ready);
      assertEquals("ready", b.path("status").asText());
      assertEquals("database", b.path("checks").get(0).path("name").asText());
      assertEquals("up", b.path("checks").get(0).path("status").asText());
      assertEquals("answered in 1 ms", b.path("checks").get(0).path("reason").asText());
      assertEquals("cache", b.path("checks").get(1).path("name").asText());

      databaseUp.set(false);
      HttpResponse<String> down = get(t, "/readyz");
      assertEquals(503, down.statusCode(), down.body());
      b = body(down);
      assertEquals("not ready", b.path("status").asText());
      assertEquals("down", b.path("checks").get(0).path("status").asText());
      assertEquals("connection refused", b.path("checks").get(0).path("reason").asText());
      assertEquals("up", b.path("checks").get(1).path("status").asText());
      assertEquals(200, get(t, "/healthz").statusCode(), "a dependency down does not make the process dead");

      databaseUp.set(true);
      assertEquals(200, get(t, "/readyz").statusCode(), "ready again once the dependency is back");
    } finally {
      t.close();
    }
  }

  @Test
  void aCheckThatThrowsIsDownWithoutLeakingTheException() throws Exception {
    HttpTestSupport t = new HttpTestSupport(HttpOptions.builder()
        .healthCheck(HealthCheck.named("store", () -> {
          throw new IllegalStateException("jdbc:postgresql://secret-host/db password=hunter2");
        })));
    try {
      HttpResponse<String> r = get(t, "/readyz");
      assertEquals(503, r.statusCode());
      JsonNode b = body(r);
      assertEquals("down", b.path("checks").get(0).path("status").asText());
      assertEquals("the check failed", b.path("checks").get(0).path("reason").asText());
      assertFalse(r.body().contains("hunter2") || r.body().contains("Exception"), r.body());
    } finally {
      t.close();
    }
  }

  @Test
  void aHungCheckIsDownWithinTheTimeoutAndIsNotStartedAgainWhileItHangs() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger runs = new AtomicInteger();
    HttpTestSupport t = new HttpTestSupport(HttpOptions.builder()
        .healthCheckTimeout(Duration.ofMillis(300))
        .healthCheck(HealthCheck.named("slow", () -> {
          runs.incrementAndGet();
          release.await();
          return HealthStatus.up();
        })));
    try {
      for (int i = 0; i < 3; i++) {
        long start = System.nanoTime();
        HttpResponse<String> r = get(t, "/readyz");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(503, r.statusCode(), r.body());
        assertEquals("no answer within 300 ms", body(r).path("checks").get(0).path("reason").asText());
        assertTrue(millis < 10_000, "the probe is bounded by the check timeout, took " + millis + " ms");
      }
      assertEquals(1, runs.get(), "probes join the hung run instead of starting new ones");
      release.countDown();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      int status = 0;
      while (System.nanoTime() < deadline && (status = get(t, "/readyz").statusCode()) != 200) {
        Thread.sleep(50);
      }
      assertEquals(200, status, "ready once the check answers");
    } finally {
      release.countDown();
      t.close();
    }
  }

  @Test
  void onlyGetAndHead() throws Exception {
    HttpTestSupport t = new HttpTestSupport();
    try (RawConnection c = new RawConnection(t.http.port(), 20_000)) {
      RawConnection.Response post = c.post("/readyz", "{}");
      assertEquals(405, post.status());
      assertEquals("GET, HEAD", post.header("Allow"));
      HttpResponse<String> head = t.client.send(HttpRequest.newBuilder(t.uri("/readyz"))
          .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, head.statusCode());
      assertEquals("", head.body());
    } finally {
      t.close();
    }
  }

  @Test
  void probesCanBeTurnedOffAndTheirPathsAreNotMcpPaths() throws Exception {
    HttpTestSupport t = new HttpTestSupport(HttpOptions.builder().probes(false));
    try {
      assertEquals(404, get(t, "/healthz").statusCode());
      assertEquals(404, get(t, "/readyz").statusCode());
    } finally {
      t.close();
    }
    assertThrows(IllegalArgumentException.class, () -> HttpOptions.builder().mcpPath("/readyz").build());
    HttpOptions.builder().probes(false).mcpPath("/readyz").build();
  }

  @Test
  void readinessFailsAtOnceWhenStoppingWhileRequestsInFlightFinish() throws Exception {
    AtomicInteger checked = new AtomicInteger();
    HttpTestSupport t = new HttpTestSupport(HttpOptions.builder().shutdownGrace(Duration.ofSeconds(20))
        .healthCheck(HealthCheck.named("counted", () -> {
          checked.incrementAndGet();
          return HealthStatus.up();
        })));
    try {
      CompletableFuture<HttpResponse<String>> inFlight = t.startWait(2000);
      assertEquals(200, get(t, "/readyz").statusCode());
      int before = checked.get();
      CompletableFuture<Void> closing = CompletableFuture.runAsync(t.http::close);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!t.http.isDraining() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      HttpResponse<String> ready = get(t, "/readyz");
      assertEquals(503, ready.statusCode(), ready.body());
      assertEquals("draining", body(ready).path("status").asText());
      assertEquals(before, checked.get(), "no check runs while draining");
      assertEquals(200, get(t, "/healthz").statusCode(), "still alive while draining");
      assertFalse(inFlight.isDone(), "the call is still running while readiness already fails");
      HttpResponse<String> r = inFlight.get(30, TimeUnit.SECONDS);
      assertEquals(200, r.statusCode(), r.body());
      assertTrue(r.body().contains("waited 2000"), r.body());
      closing.get(30, TimeUnit.SECONDS);
    } finally {
      t.close();
    }
  }
}
