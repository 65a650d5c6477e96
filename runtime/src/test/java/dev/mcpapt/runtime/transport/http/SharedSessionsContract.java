package dev.mcpapt.runtime.transport.http;

import static dev.mcpapt.runtime.transport.http.HttpTestSupport.error;
import static dev.mcpapt.runtime.transport.http.HttpTestSupport.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.ToolHandler;
import dev.mcpapt.runtime.store.McpStore;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes of one server, each its own engine and HTTP server, sharing a {@link McpStore}: a
 * 2025-11-25 session, its notifications and its streams work whichever node a request reaches.
 */
abstract class SharedSessionsContract {
  static final String V = "2025-11-25";

  /** A fresh store for node {@code n} (the same state for every n). */
  abstract McpStore store(int n) throws Exception;

  final List<McpStore> stores = new ArrayList<>();
  HttpTestSupport a;
  HttpTestSupport b;

  /** Tools that announce changes, and the echo and steps tools. */
  static final class Tools implements McpComponent {
    @Override
    public Class<?> type() {
      return Tools.class;
    }

    @Override
    public List<ToolHandler> tools() {
      List<ToolHandler> all = new ArrayList<>(new HttpTestTools().tools());
      all.add(HttpTestTools.tool("touch", "{\"uri\":{\"type\":\"string\"}}", (args, ctx) -> {
        ctx.serverEvents().resourceUpdated(args.path("uri").asText());
        return ToolResult.text("touched");
      }));
      all.add(HttpTestTools.tool("ask", "{}", (args, ctx) -> {
        dev.mcpapt.runtime.ElicitResult r = ctx.elicit(dev.mcpapt.runtime.ElicitRequest.form("Your name?",
            dev.mcpapt.runtime.ElicitSchema.builder().required("name", dev.mcpapt.runtime.ElicitSchema.string()).build()));
        return ToolResult.text("Hello " + r.string("name").orElse("?"));
      }));
      all.add(HttpTestTools.tool("change", "{}", (args, ctx) -> {
        ctx.serverEvents().toolsChanged();
        return ToolResult.text("changed");
      }));
      return all;
    }
  }

  HttpTestSupport node(int n) throws Exception {
    McpStore s = store(n);
    stores.add(s);
    McpServer server = McpServer.builder().name("shared").version("1").component(new Tools()).store(s).build();
    return new HttpTestSupport(server, HttpOptions.builder().store(s).keepAliveInterval(Duration.ofSeconds(2)));
  }

  @BeforeEach
  void start() throws Exception {
    a = node(0);
    b = node(1);
  }

  @AfterEach
  void stop() {
    for (HttpTestSupport t : new HttpTestSupport[] {a, b}) {
      if (t != null) {
        t.close();
      }
    }
    stores.forEach(McpStore::close);
  }

  static String call(int id, String tool, String args) {
    return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
        + "\",\"arguments\":" + args + "}}";
  }

  static String[] headers(String session) {
    return new String[] {"Mcp-Session-Id", session, "MCP-Protocol-Version", V};
  }

  @Test
  void aSessionInitializedOnOneNodeIsServedByTheOther() throws Exception {
    String session = a.initialize(V);
    for (int i = 1; i <= 4; i++) {
      HttpTestSupport node = i % 2 == 0 ? a : b;
      HttpResponse<String> r = node.post(call(i, "echo", "{\"text\":\"hi " + i + "\"}"), headers(session));
      assertEquals(200, r.statusCode(), "call " + i + " on node " + (node == a ? "A" : "B") + ": " + r.body());
      assertEquals("hi " + i, json(r).path("result").path("content").get(0).path("text").asText());
    }
    HttpResponse<String> del = b.client.send(HttpRequest.newBuilder(b.uri("/mcp")).DELETE()
        .header("Mcp-Session-Id", session).header("MCP-Protocol-Version", V).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, del.statusCode(), del.body());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (true) { // the other node hears of the end through the store's fan-out
      HttpResponse<String> r = a.post(call(9, "echo", "{\"text\":\"late\"}"), headers(session));
      if (r.statusCode() == 404) {
        assertEquals(-32001, error(r, 404).path("code").asInt());
        break;
      }
      assertTrue(System.nanoTime() < deadline, "node A still serves an ended session: " + r.body());
      Thread.sleep(50);
    }
    assertEquals(404, b.post(call(10, "echo", "{}"), headers("00ff00ff00ff00ff00ff00ff00ff00ff")).statusCode());
  }

  /** Reads a GET stream on a thread, event by event. */
  static LinkedBlockingQueue<Map<String, String>> read(HttpTestSupport.SseReader reader) {
    LinkedBlockingQueue<Map<String, String>> q = new LinkedBlockingQueue<>();
    Thread t = new Thread(() -> {
      try {
        Map<String, String> e;
        while ((e = reader.nextData()) != null) {
          q.add(e);
        }
      } catch (Exception ignored) {
        // the stream ended
      }
    });
    t.setDaemon(true);
    t.start();
    return q;
  }

  @Test
  void notificationsCausedOnOneNodeReachAStreamOnTheOther() throws Exception {
    String session = a.initialize(V);
    HttpTestSupport.SseReader stream = a.openStream(HttpRequest.newBuilder(a.uri("/mcp"))
        .header("Accept", "text/event-stream").header("Mcp-Session-Id", session).header("MCP-Protocol-Version", V)
        .GET().build());
    LinkedBlockingQueue<Map<String, String>> events = read(stream);
    HttpResponse<String> sub = b.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"resources/subscribe\","
        + "\"params\":{\"uri\":\"file:///watched\"}}", headers(session));
    assertEquals(200, sub.statusCode(), sub.body());
    assertEquals(200, b.post(call(2, "touch", "{\"uri\":\"file:///other\"}"), headers(session)).statusCode());
    assertEquals(200, b.post(call(3, "touch", "{\"uri\":\"file:///watched\"}"), headers(session)).statusCode());
    assertEquals(200, b.post(call(4, "change", "{}"), headers(session)).statusCode());
    Map<String, String> first = events.poll(30, TimeUnit.SECONDS);
    assertNotNull(first, "no resources/updated on node A's stream");
    JsonNode updated = HttpTestSupport.JSON.readTree(first.get("data"));
    assertEquals("notifications/resources/updated", updated.path("method").asText());
    assertEquals("file:///watched", updated.path("params").path("uri").asText());
    assertNotNull(first.get("id"), "logged events carry ids");
    Map<String, String> second = events.poll(30, TimeUnit.SECONDS);
    assertNotNull(second, "no list_changed on node A's stream");
    assertEquals("notifications/tools/list_changed",
        HttpTestSupport.JSON.readTree(second.get("data")).path("method").asText());
    assertEquals(null, events.poll(500, TimeUnit.MILLISECONDS), "each notification once, none for file:///other");
    stream.close();

    // The stream resumed on the other node from the first event: the second again, then live.
    HttpTestSupport.SseReader resumed = b.openStream(HttpRequest.newBuilder(b.uri("/mcp"))
        .header("Accept", "text/event-stream").header("Mcp-Session-Id", session).header("MCP-Protocol-Version", V)
        .header("Last-Event-ID", first.get("id")).GET().build());
    LinkedBlockingQueue<Map<String, String>> again = read(resumed);
    Map<String, String> replayed = again.poll(30, TimeUnit.SECONDS);
    assertNotNull(replayed);
    assertEquals(second.get("id"), replayed.get("id"));
    assertEquals(200, a.post(call(5, "change", "{}"), headers(session)).statusCode());
    Map<String, String> live = again.poll(30, TimeUnit.SECONDS);
    assertNotNull(live, "a change made on node A reaches the stream now on node B");
    assertEquals("notifications/tools/list_changed",
        HttpTestSupport.JSON.readTree(live.get("data")).path("method").asText());
    assertEquals(null, again.poll(500, TimeUnit.MILLISECONDS));
    resumed.close();
  }

  @Test
  void theAnswerToAServerRequestReachesTheNodeWaitingForIt() throws Exception {
    HttpResponse<String> init = a.post("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":"
        + "{\"protocolVersion\":\"" + V + "\",\"capabilities\":{\"elicitation\":{}},"
        + "\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}");
    assertEquals(200, init.statusCode(), init.body());
    String session = init.headers().firstValue("Mcp-Session-Id").orElseThrow();
    assertEquals(202, a.post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", headers(session))
        .statusCode());
    HttpTestSupport.SseReader call = a.openStream(a.postRequest("/mcp", call(1, "ask", "{}"), headers(session)));
    Map<String, String> question = call.nextData();
    assertNotNull(question);
    JsonNode request = HttpTestSupport.JSON.readTree(question.get("data"));
    assertEquals("elicitation/create", request.path("method").asText(), question.toString());
    // The client's answer goes through the balancer to the other node.
    HttpResponse<String> answered = b.post("{\"jsonrpc\":\"2.0\",\"id\":" + request.get("id")
        + ",\"result\":{\"action\":\"accept\",\"content\":{\"name\":\"Ada\"}}}", headers(session));
    assertEquals(202, answered.statusCode(), answered.body());
    CompletableFuture<Map<String, String>> result = CompletableFuture.supplyAsync(() -> {
      try {
        return call.nextData();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    JsonNode response = HttpTestSupport.JSON.readTree(result.get(30, TimeUnit.SECONDS).get("data"));
    assertEquals(1, response.path("id").asInt(), response.toString());
    assertEquals("Hello Ada", response.path("result").path("content").get(0).path("text").asText(), response.toString());
    call.close();
  }

  @Test
  void aPostStreamBrokenOnOneNodeIsResumedOnTheOtherWithNothingLostOrTwice() throws Exception {
    String session = a.initialize(V);
    HttpTestSupport.SseReader post = a.openStream(a.postRequest("/mcp", "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":"
        + "{\"name\":\"steps\",\"arguments\":{\"steps\":6},\"_meta\":{\"progressToken\":\"p\"}}}",
        headers(session)));
    Map<String, String> firstProgress = post.nextData();
    assertNotNull(firstProgress);
    assertNotNull(firstProgress.get("id"));
    post.close(); // the connection breaks after one message; the call goes on
    HttpTestSupport.SseReader resumed = b.openStream(HttpRequest.newBuilder(b.uri("/mcp"))
        .header("Accept", "text/event-stream").header("Mcp-Session-Id", session).header("MCP-Protocol-Version", V)
        .header("Last-Event-ID", firstProgress.get("id")).GET().build());
    List<JsonNode> rest = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    ids.add(firstProgress.get("id"));
    CompletableFuture<Void> done = CompletableFuture.runAsync(() -> {
      try {
        Map<String, String> e;
        while ((e = resumed.nextData()) != null) {
          ids.add(e.get("id"));
          rest.add(HttpTestSupport.JSON.readTree(e.get("data")));
        }
      } catch (Exception ex) {
        throw new IllegalStateException(ex);
      }
    });
    done.get(60, TimeUnit.SECONDS); // the stream ends after the response
    assertEquals(ids.size(), ids.stream().distinct().count(), "an event came twice: " + ids);
    JsonNode last = rest.get(rest.size() - 1);
    assertEquals(7, last.path("id").asInt(), "the response ends the resumed stream: " + rest);
    assertEquals("did 6 steps", last.path("result").path("content").get(0).path("text").asText());
    long progress = rest.stream().filter(m -> "notifications/progress".equals(m.path("method").asText())).count();
    assertEquals(5, progress, "every progress after the first, once: " + rest);
  }
}
