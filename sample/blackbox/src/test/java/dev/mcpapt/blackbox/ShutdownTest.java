package dev.mcpapt.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A real SIGTERM to {@code Main --http} in a child JVM, as an orchestrator stops a replica: the
 * readiness probe fails at once, new requests are refused, long-lived streams end so their
 * clients reconnect elsewhere, requests in flight finish within the grace period, and the process
 * exits.
 */
class ShutdownTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String META = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
      + "\"io.modelcontextprotocol/clientCapabilities\":{}}";
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  private HttpResponse<String> get(HttpServer server, String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(server.base() + path)).timeout(Duration.ofSeconds(20))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest post(HttpServer server, String body, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.mcpUrl)).timeout(Duration.ofSeconds(120))
        .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return b.build();
  }

  /** A stateless 2026-07-28 tools/call, sent without waiting. */
  private CompletableFuture<HttpResponse<String>> call(HttpServer server, int id, String tool, String arguments) {
    String body = "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
        + "\",\"arguments\":" + arguments + "," + META + "}}";
    return client.sendAsync(post(server, body, "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call",
        "Mcp-Name", tool), HttpResponse.BodyHandlers.ofString());
  }

  private static String resultText(HttpResponse<String> r) throws IOException {
    String body = r.body();
    int data = body.lastIndexOf("data: ");
    JsonNode m = JSON.readTree(data >= 0 ? body.substring(data + 6).strip() : body);
    return m.path("result").path("content").path(0).path("text").asText();
  }

  private void awaitStarted(HttpServer server, String key) throws Exception {
    HttpResponse<String> started = call(server, 99, "work_started", "{\"key\":\"" + key + "\"}").get(30, TimeUnit.SECONDS);
    assertEquals("true", resultText(started), started.body());
  }

  @Test
  void sigtermFailsReadinessEndsStreamsAndLetsRequestsInFlightFinish() throws Exception {
    HttpServer server = HttpServer.start("--shutdown-grace", "60s");
    try {
      // a 2025-11-25 session with its GET stream open
      HttpResponse<String> init = client.send(post(server, "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\","
          + "\"params\":{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}"),
          HttpResponse.BodyHandlers.ofString());
      String session = init.headers().firstValue("Mcp-Session-Id").orElseThrow();
      assertEquals(202, client.send(post(server, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
          "Mcp-Session-Id", session, "MCP-Protocol-Version", "2025-11-25"), HttpResponse.BodyHandlers.ofString()).statusCode());
      HttpResponse<InputStream> stream = client.send(HttpRequest.newBuilder(URI.create(server.mcpUrl))
          .header("Accept", "text/event-stream").header("Mcp-Session-Id", session)
          .header("MCP-Protocol-Version", "2025-11-25").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
      assertEquals(200, stream.statusCode());
      CompletableFuture<Void> streamEnded = CompletableFuture.runAsync(() -> {
        try (InputStream in = stream.body()) {
          in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
          // a reset ends the stream too
        }
      });

      CompletableFuture<HttpResponse<String>> work = call(server, 1, "work", "{\"key\":\"drain\",\"millis\":6000}");
      awaitStarted(server, "drain");
      assertEquals(200, get(server, "/readyz").statusCode());

      server.terminate();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      HttpResponse<String> ready = get(server, "/readyz");
      while (ready.statusCode() == 200 && System.nanoTime() < deadline) {
        Thread.sleep(20);
        ready = get(server, "/readyz");
      }
      assertEquals(503, ready.statusCode(), ready.body());
      assertEquals("draining", JSON.readTree(ready.body()).path("status").asText());
      assertFalse(work.isDone(), "readiness fails while the call is still running");
      assertEquals(200, get(server, "/healthz").statusCode(), "alive while draining");

      HttpResponse<String> refused = call(server, 2, "add", "{\"a\":1,\"b\":2}").get(20, TimeUnit.SECONDS);
      assertEquals(503, refused.statusCode(), refused.body());
      assertEquals(-32603, JSON.readTree(refused.body()).path("error").path("code").asInt(), refused.body());
      assertEquals("close", refused.headers().firstValue("Connection").orElse(""));

      streamEnded.get(20, TimeUnit.SECONDS);

      HttpResponse<String> worked = work.get(60, TimeUnit.SECONDS);
      assertEquals(200, worked.statusCode(), worked.body());
      assertEquals("worked 6000 ms", resultText(worked));

      int code = server.awaitExit(60);
      assertTrue(code == 0 || code == 143, "the process exits after draining, code " + code + "\n" + server.log());
    } finally {
      server.close();
    }
  }

  @Test
  void theGracePeriodBoundsRequestsThatDoNotFinishAndTheyAreAnsweredWithAnError() throws Exception {
    HttpServer server = HttpServer.start("--shutdown-grace", "1s");
    try {
      CompletableFuture<HttpResponse<String>> work = call(server, 1, "work", "{\"key\":\"stuck\",\"millis\":300000}");
      awaitStarted(server, "stuck");
      long start = System.nanoTime();
      server.terminate();
      int code = server.awaitExit(60);
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
      assertTrue(code == 0 || code == 143, "the process exits, code " + code + "\n" + server.log());
      assertTrue(seconds < 60, "a five-minute call does not hold the stop beyond the grace period: " + seconds + " s");
      HttpResponse<String> cut = work.get(30, TimeUnit.SECONDS);
      assertEquals(200, cut.statusCode(), cut.body());
      JsonNode error = JSON.readTree(cut.body()).path("error");
      assertEquals(-32603, error.path("code").asInt(), cut.body());
      assertTrue(error.path("message").asText().contains("stopped before this request finished"), cut.body());
      assertEquals(1, JSON.readTree(cut.body()).path("id").asInt(), "the error answers the cut call");
    } finally {
      server.close();
    }
  }
}
