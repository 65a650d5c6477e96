package dev.mcpapt.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.McpError;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.ToolHandler;
import dev.mcpapt.runtime.testing.SpecSchemas;
import dev.mcpapt.runtime.testing.TestHandlers;
import dev.mcpapt.testing.schema.WireValidator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The transport-facing API of {@link Engine}, in process, as the HTTP transport uses it. */
class EngineApiTest {
  private final Engine engine = new Engine(new Engine.Settings("api-test", "1.0", null, "Use the tools.",
      30_000, "public", 2, 1 << 20));

  EngineApiTest() {
    engine.tools().add(new TestTools().tools(), false);
  }

  @AfterEach
  void stop() {
    engine.shutdown(java.time.Duration.ofSeconds(1));
  }

  /** Records what the engine sends for one request, in order. */
  static final class Recorder implements RequestChannel {
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<JsonNode> messages = new CopyOnWriteArrayList<>();
    final CompletableFuture<JsonNode> response = new CompletableFuture<>();

    @Override
    public void message(byte[] message) {
      assertFalse(response.isDone(), "a message after the response");
      events.add("message");
      messages.add(parse(message));
    }

    @Override
    public void response(byte[] response) {
      assertFalse(this.response.isDone(), "two responses");
      events.add("response");
      this.response.complete(parse(response));
    }

    @Override
    public void abandoned() {
      events.add("abandoned");
      response.complete(null);
    }

    JsonNode await() throws Exception {
      return response.get(10, TimeUnit.SECONDS);
    }
  }

  static JsonNode parse(byte[] json) {
    try {
      return Json.mapper().readTree(json);
    } catch (Exception e) {
      throw new AssertionError(new String(json, StandardCharsets.UTF_8), e);
    }
  }

  private static String modern(Object id, String method, String params) {
    String meta = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
        + "\"io.modelcontextprotocol/clientCapabilities\":{},\"progressToken\":\"pt\","
        + "\"io.modelcontextprotocol/logLevel\":\"info\"}";
    return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":{" + meta
        + (params.isEmpty() ? "" : "," + params) + "}}";
  }

  private JsonNode send(String message, Session session) throws Exception {
    Recorder r = new Recorder();
    engine.dispatch(engine.parse(message), session, r);
    return r.await();
  }

  private static void assertValid(String revision, JsonNode message, String method) {
    WireValidator v = SpecSchemas.validator(revision);
    List<String> problems = v.validateServerMessage(message, method);
    assertTrue(problems.isEmpty(), () -> String.join("\n", problems) + "\n" + message);
  }

  /** {@code handler}, declared never to block ({@code @Tool(nonBlocking = true)}). */
  private static ToolHandler nonBlocking(ToolHandler handler) {
    return new ToolHandler() {
      @Override
      public String name() {
        return handler.name();
      }

      @Override
      public ObjectNode descriptor() {
        return handler.descriptor();
      }

      @Override
      public CompletionStage<ToolResult> call(JsonNode arguments, McpContext context) throws Exception {
        return handler.call(arguments, context);
      }

      @Override
      public boolean nonBlocking() {
        return true;
      }
    };
  }

  private static ObjectNode descriptor(String name) {
    ObjectNode d = Json.object().put("name", name);
    d.putObject("inputSchema").put("type", "object");
    return d;
  }

  @Test
  void aToolDeclaredNonBlockingRunsOnTheDispatchingThreadAndOthersOnAWorker() throws Exception {
    SpecSchemas.require();
    Map<String, Thread> ranOn = new ConcurrentHashMap<>();
    engine.tools().add(List.of(
        nonBlocking(TestHandlers.tool(descriptor("quick"), (a, c) -> {
          ranOn.put("quick", Thread.currentThread());
          return ToolResult.text("ok");
        })),
        TestHandlers.tool(descriptor("plain"), (a, c) -> {
          ranOn.put("plain", Thread.currentThread());
          return ToolResult.text("ok");
        })), false);
    Recorder quick = new Recorder();
    engine.dispatch(engine.parse(modern(1, "tools/call", "\"name\":\"quick\",\"arguments\":{}")), null, quick);
    assertTrue(quick.response.isDone(), "answered before dispatch returned");
    assertSame(Thread.currentThread(), ranOn.get("quick"));
    JsonNode answer = quick.await();
    assertEquals("ok", answer.path("result").path("content").path(0).path("text").asText());
    assertValid("2026-07-28", answer, "tools/call");

    Recorder plain = new Recorder();
    engine.dispatch(engine.parse(modern(2, "tools/call", "\"name\":\"plain\",\"arguments\":{}")), null, plain);
    assertEquals("ok", plain.await().path("result").path("content").path(0).path("text").asText());
    assertNotSame(Thread.currentThread(), ranOn.get("plain"), "a tool not declared nonBlocking runs on a worker");
  }

  @Test
  void aToolDeclaredNonBlockingThatAsksTheClientGetsAToolErrorInsteadOfWaitingForever() throws Exception {
    dev.mcpapt.runtime.features.ServerFeatures.install(engine, dev.mcpapt.runtime.features.ServerFeatures.Settings.defaults());
    engine.tools().add(List.of(nonBlocking(TestHandlers.tool(descriptor("asks"),
        (a, c) -> ToolResult.text("roots: " + c.roots().size())))), false);
    Session s = engine.openSession(m -> {});
    send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
        + "\"capabilities\":{\"roots\":{}},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}", s);
    JsonNode answer = send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"asks\","
        + "\"arguments\":{}}}", s);
    assertTrue(answer.path("result").path("isError").asBoolean(), answer.toString());
    assertTrue(answer.toString().contains("nonBlocking"), answer.toString());
  }

  @Test
  void requestsRunOnVirtualThreadsWhenTheJdkHasThem() {
    assertEquals(Runtime.version().feature() >= 21, engine.usesVirtualThreads());
  }

  @Test
  void parseClassifiesMessagesAndExposesWhatHttpHeadersMirror() {
    Inbound call = engine.parse(modern(1, "tools/call", "\"name\":\"echo\""));
    assertEquals(Inbound.Kind.REQUEST, call.kind());
    assertEquals("tools/call", call.method());
    assertEquals("echo", call.nameParam());
    assertEquals("2026-07-28", call.metaProtocolVersion());
    assertEquals(Inbound.Kind.NOTIFICATION, engine.parse("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}").kind());
    assertEquals(Inbound.Kind.RESPONSE, engine.parse("{\"jsonrpc\":\"2.0\",\"id\":\"s-1\",\"result\":{}}").kind());
    assertEquals(Inbound.Kind.BATCH, engine.parse("[{\"jsonrpc\":\"2.0\",\"method\":\"x\"}]").kind());
    Inbound bad = engine.parse("{oops");
    assertEquals(Inbound.Kind.INVALID, bad.kind());
    assertEquals(-32700, parse(bad.errorResponse()).path("error").path("code").asInt());
    Inbound wrongParams = engine.parse("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/list\",\"params\":[1]}");
    assertEquals(Inbound.Kind.INVALID, wrongParams.kind());
    JsonNode e = parse(wrongParams.errorResponse());
    assertEquals(7, e.path("id").asInt(), "the id is kept when it could be read");
    assertEquals(-32602, e.path("error").path("code").asInt());
  }

  @Test
  void revisionOfAModernRequestIsItsMetaVersionAndOfALegacyOneTheSessions() throws Exception {
    assertEquals(Revision.V2026_07_28, engine.revisionOf(engine.parse(modern(1, "tools/list", "")), null));
    McpError unsupported = assertThrows(McpError.class, () -> engine.revisionOf(engine.parse(
        modern(1, "tools/list", "").replace("2026-07-28", "2030-01-01")), null));
    assertEquals(-32022, unsupported.code());
    assertEquals("2030-01-01", unsupported.data().path("requested").asText());
    McpError noMeta = assertThrows(McpError.class, () -> engine.revisionOf(engine.parse(
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}"), null));
    assertEquals(-32602, noMeta.code());

    Session s = engine.openSession(m -> {});
    send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-03-26\","
        + "\"capabilities\":{},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}", s);
    assertEquals(Revision.V2025_03_26, s.revision());
    assertEquals(Revision.V2025_03_26, engine.revisionOf(engine.parse("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}"), s));
  }

  @Test
  void statelessRequestsNeedNoSessionAndTheirMessagesPrecedeTheResponse() throws Exception {
    SpecSchemas.require();
    Recorder r = new Recorder();
    RequestContext inFlight = engine.dispatch(engine.parse(modern(1, "tools/call",
        "\"name\":\"sleep\",\"arguments\":{\"ms\":5}")), null, r);
    assertNotNull(inFlight);
    JsonNode response = r.await();
    assertEquals(List.of("message", "message", "response"), r.events);
    for (JsonNode m : r.messages) {
      assertEquals("notifications/progress", m.path("method").asText());
      assertValid("2026-07-28", m, null);
    }
    assertEquals("complete", response.path("result").path("resultType").asText());
    assertValid("2026-07-28", response, "tools/call");

    Recorder log = new Recorder();
    engine.dispatch(engine.parse(modern(2, "tools/call", "\"name\":\"echo\",\"arguments\":{\"text\":\"x\"}")), null, log);
    log.await();
    assertEquals(List.of("message", "response"), log.events);
    assertEquals("notifications/message", log.messages.get(0).path("method").asText());
  }

  @Test
  void aTransportCancelsARequestItsClientLeft() throws Exception {
    Recorder r = new Recorder();
    RequestContext call = engine.dispatch(engine.parse(modern(1, "tools/call",
        "\"name\":\"wait_cancel\",\"arguments\":{\"key\":\"api\"}")), null, r);
    JsonNode started = send(modern(2, "tools/call", "\"name\":\"started\",\"arguments\":{\"key\":\"api\"}"), null);
    assertEquals("true", started.path("result").path("content").path(0).path("text").asText());
    call.cancel("stream closed");
    assertNull(r.await(), "no response after cancellation");
    assertEquals(List.of("abandoned"), r.events);
    assertTrue(TestTools.interrupted("api"), "the call's thread was interrupted");
    assertTrue(call.isCancelled());
  }

  @Test
  void serverToClientRequestsGoThroughTheRequestChannelAndClientResponsesComplete() throws Exception {
    engine.register("test/roots", Engine.legacyRevisions(), false, ctx -> {
      JsonNode roots = ctx.session().request("roots/list", null, ctx).get(10, TimeUnit.SECONDS);
      return CompletableFuture.completedFuture((g, c) -> g.writeNumberField("count", roots.path("roots").size()));
    });
    Session s = engine.openSession(m -> {});
    send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
        + "\"capabilities\":{\"roots\":{}},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}", s);
    Recorder r = new Recorder();
    engine.dispatch(engine.parse("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"test/roots\"}"), s, r);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (r.messages.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    JsonNode request = r.messages.get(0);
    assertEquals("roots/list", request.path("method").asText());
    assertValid("2025-06-18", request, null);
    Recorder ack = new Recorder();
    engine.dispatch(engine.parse("{\"jsonrpc\":\"2.0\",\"id\":" + request.get("id") + ",\"result\":{\"roots\":[{\"uri\":\"file:///a\"}]}}"), s, ack);
    assertNull(ack.await(), "a client response produces nothing on its channel");
    assertEquals(1, r.await().path("result").path("count").asInt());
  }

  @Test
  void toolChangesAreBroadcastToInitializedSessionsAndListeners() throws Exception {
    List<JsonNode> sessionMessages = new CopyOnWriteArrayList<>();
    List<String> heard = new CopyOnWriteArrayList<>();
    engine.addBroadcastListener((method, params) -> heard.add(method));
    Session fresh = engine.openSession(m -> sessionMessages.add(parse(m)));
    Session ready = engine.openSession(m -> sessionMessages.add(parse(m)));
    send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2024-11-05\","
        + "\"capabilities\":{},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}", ready);
    ToolHandler extra = new TestTools.Simple("zz_extra", (a, c) -> dev.mcpapt.runtime.ToolResult.text("x"));
    engine.tools().add(List.of(extra), true);
    assertEquals(1, sessionMessages.size(), "only the initialized session hears it");
    assertEquals("notifications/tools/list_changed", sessionMessages.get(0).path("method").asText());
    assertValid("2024-11-05", sessionMessages.get(0), null);
    assertEquals(List.of("notifications/tools/list_changed"), heard);
    assertThrows(IllegalArgumentException.class, () -> engine.tools().add(List.of(extra), true), "duplicate name");
    assertTrue(engine.tools().remove(List.of("zz_extra"), true));
    assertEquals(2, sessionMessages.size());
    fresh.close();
  }

  @Test
  void toolsListPagesInNameOrderWithCursorsThatSurviveChanges() throws Exception {
    SpecSchemas.require();
    List<String> expected = new ArrayList<>();
    new TestTools().tools().forEach(t -> expected.add(t.name()));
    Collections.sort(expected);
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode r = send(modern(pages, "tools/list", cursor == null ? "" : "\"cursor\":\"" + cursor + "\""), null);
      assertValid("2026-07-28", r, "tools/list");
      assertEquals(30_000, r.path("result").path("ttlMs").asLong());
      r.path("result").path("tools").forEach(t -> seen.add(t.path("name").asText()));
      cursor = r.path("result").path("nextCursor").asText(null);
      pages++;
      if (pages == 2) {
        engine.tools().remove(List.of(expected.get(0)), false); // before the cursor: the walk is unaffected
      }
    } while (cursor != null);
    assertEquals(expected, seen);
    assertEquals((expected.size() + 1) / 2, pages);
    JsonNode bad = send(modern(99, "tools/list", "\"cursor\":\"%%%\""), null);
    assertEquals(-32602, bad.path("error").path("code").asInt());
  }

  @Test
  void batchesAnswerWithOneArrayOn20250326() throws Exception {
    Session s = engine.openSession(m -> {});
    send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-03-26\","
        + "\"capabilities\":{},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}", s);
    JsonNode batch = send("[{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"add\",\"arguments\":{\"a\":1,\"b\":2}}},"
        + "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"},{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\"},"
        + "{\"bad\":true}]", s);
    assertTrue(batch.isArray(), batch.toString());
    assertEquals(3, batch.size());
    assertEquals("{\"sum\":3}", batch.path(0).path("result").path("content").path(0).path("text").asText());
    assertEquals(-32600, batch.path(2).path("error").path("code").asInt());
    JsonNode onlyNotifications = send("[{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}]", s);
    assertNull(onlyNotifications);
  }

  @Test
  void discoverAdvertisesVersionsCapabilitiesAndIdentity() throws Exception {
    SpecSchemas.require();
    JsonNode r = send(modern(1, "server/discover", ""), null);
    assertValid("2026-07-28", r, "server/discover");
    JsonNode result = r.path("result");
    assertEquals("Use the tools.", result.path("instructions").asText());
    assertEquals("api-test", result.path("_meta").path("io.modelcontextprotocol/serverInfo").path("name").asText());
    // only what a request may name without a handshake: older revisions need initialize
    assertEquals("[\"2026-07-28\"]", result.path("supportedVersions").toString());
  }

  @Test
  void capabilitiesAreWrittenOnlyInRevisionsThatDefineThem() throws Exception {
    engine.capability("completions", Json.object(), Revision.V2025_03_26);
    Session old = engine.openSession(m -> {});
    JsonNode init = send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2024-11-05\","
        + "\"capabilities\":{},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}", old);
    // the handshake must have succeeded, or "no completions" would say nothing
    assertEquals("2024-11-05", init.path("result").path("protocolVersion").asText(), init::toString);
    assertTrue(init.path("result").path("capabilities").isObject(), init::toString);
    assertFalse(init.path("result").path("capabilities").has("completions"));
    JsonNode modern = send(modern(2, "server/discover", ""), null);
    assertTrue(modern.path("result").path("capabilities").has("completions"));
    engine.register("x/only-new", EnumSet.of(Revision.V2026_07_28), true, c -> CompletableFuture.completedFuture(Result.empty()));
    JsonNode legacy = send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"x/only-new\"}", old);
    assertEquals(-32601, legacy.path("error").path("code").asInt());
  }

}
