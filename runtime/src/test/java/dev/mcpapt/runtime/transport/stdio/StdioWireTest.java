package dev.mcpapt.runtime.transport.stdio;

import static dev.mcpapt.runtime.testing.Wire.modern;
import static dev.mcpapt.runtime.testing.Wire.modernToolCall;
import static dev.mcpapt.runtime.testing.Wire.notification;

import static dev.mcpapt.runtime.testing.Wire.params;
import static dev.mcpapt.runtime.testing.Wire.request;
import static dev.mcpapt.runtime.testing.Wire.toolCall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.testing.ServerProcess;
import dev.mcpapt.runtime.testing.SpecSchemas;
import dev.mcpapt.runtime.testing.Wire;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Drives {@code Main --stdio} in a child JVM with raw lines. Every message the server writes is
 * validated against the schema of the revision in use (see {@link ServerProcess}).
 */
class StdioWireTest {
  private ServerProcess server;

  @BeforeEach
  void start() throws Exception {
    SpecSchemas.require();
    server = ServerProcess.start("--stdio");
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static ObjectNode args(String json) {
    try {
      return (ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private void assertAlive() {
    JsonNode pong = server.request(modern("alive-" + System.nanoTime(), "server/discover"));
    assertTrue(pong.has("result"), () -> "server stopped serving: " + pong);
  }

  private static String text(JsonNode callResponse) {
    return callResponse.path("result").path("content").path(0).path("text").asText();
  }

  // ------------------------------------------------------------------ legacy revisions

  @ParameterizedTest
  @ValueSource(strings = {"2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25"})
  void legacySessionListsAndCallsToolsShapedForItsRevision(String revision) {
    JsonNode init = server.initialize(revision);
    assertEquals(revision, init.path("protocolVersion").asText());
    assertTrue(init.path("capabilities").path("tools").path("listChanged").asBoolean());
    assertFalse(init.has("resultType"), "legacy results carry no resultType");

    JsonNode list = server.request(request(1, "tools/list"));
    JsonNode tools = list.path("result").path("tools");
    List<String> names = new ArrayList<>();
    tools.forEach(t -> names.add(t.path("name").asText()));
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(null);
    assertEquals(sorted, names, "tools are listed in name order");
    JsonNode add = find(tools, "add");
    boolean structured = revision.compareTo("2025-06-18") >= 0;
    assertEquals(structured, add.has("outputSchema"));
    assertEquals(structured, add.has("title"));
    assertEquals(revision.compareTo("2025-03-26") >= 0, add.has("annotations"));
    JsonNode weather = find(tools, "weather");
    assertEquals(revision.compareTo("2025-11-25") >= 0, weather.has("icons"));
    assertEquals(revision.equals("2025-11-25"), weather.has("execution"));

    JsonNode sum = server.request(toolCall(2, "add", args("{\"a\":2,\"b\":40}")));
    assertEquals("{\"sum\":42}", text(sum), "the structured value's JSON is the text fallback");
    assertEquals(structured, sum.path("result").has("structuredContent"));
    if (structured) {
      assertEquals(42, sum.path("result").path("structuredContent").path("sum").asInt());
    }
    assertFalse(sum.path("result").path("isError").asBoolean());

    JsonNode ping = server.request(request(3, "ping"));
    assertEquals(0, ping.path("result").size());

    JsonNode discover = server.request(request(4, "server/discover"));
    assertEquals(-32601, discover.path("error").path("code").asInt(), "server/discover is not a legacy method");
  }

  private static JsonNode find(JsonNode tools, String name) {
    for (JsonNode t : tools) {
      if (name.equals(t.path("name").asText())) {
        return t;
      }
    }
    throw new AssertionError("no tool " + name + " in " + tools);
  }

  @Test
  void initializeWithAnUnknownVersionNegotiatesTheNewestLegacyRevision() {
    ObjectNode init = request(1, "initialize");
    params(init).put("protocolVersion", "2099-01-01").putObject("capabilities");
    params(init).putObject("clientInfo").put("name", "c").put("version", "1");
    JsonNode r = server.request(init);
    assertEquals("2025-11-25", r.path("result").path("protocolVersion").asText());
    JsonNode again = server.request(init.put("id", 2));
    assertEquals(-32600, again.path("error").path("code").asInt(), "a second initialize is refused");
  }

  @Test
  void requestsBeforeInitializeWithoutMetaAreRefused() {
    JsonNode r = server.request(request(1, "tools/list"));
    assertEquals(-32602, r.path("error").path("code").asInt());
    assertTrue(r.path("error").path("message").asText().contains("initialize"));
    assertEquals(0, server.request(request(2, "ping")).path("result").size(), "ping works before initialize");
  }

  // ------------------------------------------------------------------ tool results and errors

  @Test
  void toolFailuresAreToolResultsAndNeverCarryStackTraces() {
    server.initialize("2025-11-25");
    JsonNode invalid = server.request(toolCall(1, "add", args("{\"a\":\"x\"}")));
    assertTrue(invalid.path("result").path("isError").asBoolean());
    String message = text(invalid);
    assertTrue(message.contains("a: expected integer"), message);
    assertTrue(message.contains("b: required"), message);

    JsonNode failed = server.request(toolCall(2, "fail", null));
    assertTrue(failed.path("result").path("isError").asBoolean());
    assertTrue(text(failed).contains("database is down"), text(failed));
    assertFalse(failed.toString().contains("at dev.mcpapt"), "no stack trace to the client");

    JsonNode refused = server.request(toolCall(3, "refuse", null));
    assertTrue(refused.path("result").path("isError").asBoolean());
    assertEquals("Not allowed today", text(refused));

    JsonNode unknown = server.request(toolCall(4, "nope", null));
    assertEquals(-32602, unknown.path("error").path("code").asInt());
    assertEquals("Unknown tool: nope", unknown.path("error").path("message").asText());

    JsonNode meta = server.request(toolCall(5, "weather", null));
    assertEquals("t1", meta.path("result").path("_meta").path("com.example/trace").asText());
    assertEquals("sunny", meta.path("result").path("structuredContent").path("sky").asText());

    assertAlive();
    assertTrue(server.stderr().contains("database is down"), "the failure is logged");
  }

  @Test
  void strayPrintsGoToStderrNotToTheProtocolStream() {
    JsonNode r = server.request(modernToolCall(1, "shout", null));
    assertEquals("shouted", text(r));
    assertAlive();
  }

  // ------------------------------------------------------------------ the modern revision

  @Test
  void modernRequestsAreStatelessAndCarryResultTypeAndServerInfo() {
    JsonNode discover = server.request(modern(1, "server/discover"));
    JsonNode result = discover.path("result");
    assertEquals("complete", result.path("resultType").asText());
    assertEquals("2026-07-28", result.path("supportedVersions").path(0).asText());
    assertTrue(result.path("capabilities").has("tools"));
    assertTrue(result.path("_meta").path("io.modelcontextprotocol/serverInfo").has("name"));
    assertTrue(result.has("ttlMs"));

    JsonNode list = server.request(modern(2, "tools/list"));
    assertEquals("complete", list.path("result").path("resultType").asText());
    assertEquals("public", list.path("result").path("cacheScope").asText());
    JsonNode ttl = list.path("result").get("ttlMs");
    assertTrue(ttl != null && ttl.isIntegralNumber() && ttl.asLong() >= 0, () -> "ttlMs: " + list);
    assertFalse(find(list.path("result").path("tools"), "weather").has("execution"));

    JsonNode call = server.request(modernToolCall(3, "weather", null));
    JsonNode meta = call.path("result").path("_meta");
    assertEquals("t1", meta.path("com.example/trace").asText(), "the tool's result _meta is kept");
    assertTrue(meta.has("io.modelcontextprotocol/serverInfo"), "serverInfo joins it");
  }

  @Test
  void unsupportedProtocolVersionsAreNamedWithTheSupportedOnes() {
    ObjectNode r = modern(1, "tools/list");
    params(r).with("_meta").put("io.modelcontextprotocol/protocolVersion", "1900-01-01");
    JsonNode e = server.request(r).path("error");
    assertEquals(-32022, e.path("code").asInt());
    assertEquals("1900-01-01", e.path("data").path("requested").asText());
    assertTrue(e.path("data").path("supported").toString().contains("2026-07-28"));

    ObjectNode noCaps = modern(2, "tools/list");
    ((ObjectNode) params(noCaps).get("_meta")).remove("io.modelcontextprotocol/clientCapabilities");
    assertEquals(-32602, server.request(noCaps).path("error").path("code").asInt());

    JsonNode ping = server.request(modern(3, "ping"));
    assertEquals(-32601, ping.path("error").path("code").asInt(), "ping is gone in 2026-07-28");
  }

  @Test
  void oneProcessServesALegacySessionAndModernRequestsSideBySide() {
    server.initialize("2025-06-18");
    JsonNode legacy = server.request(request(1, "tools/list"));
    assertFalse(legacy.path("result").has("resultType"));
    JsonNode modern = server.request(modern(2, "tools/list"));
    assertEquals("complete", modern.path("result").path("resultType").asText());
  }

  @Test
  void logMessagesFollowTheRequestsLogLevel() {
    ObjectNode call = modernToolCall(1, "echo", args("{\"text\":\"hi\"}"));
    ((ObjectNode) params(call).get("_meta")).put("io.modelcontextprotocol/logLevel", "debug");
    server.send(call);
    JsonNode first = server.receive(Duration.ofSeconds(10));
    assertEquals("notifications/message", first.path("method").asText(), "the log message comes before the response");
    assertEquals("info", first.path("params").path("level").asText());
    JsonNode response = server.receive(Duration.ofSeconds(10));
    assertEquals("hi", text(response));

    JsonNode quiet = server.request(modernToolCall(2, "echo", args("{\"text\":\"ho\"}")));
    assertEquals("ho", text(quiet), "without a log level, no notifications/message precedes the response");
  }

  @Test
  void progressNotificationsPrecedeTheResponse() {
    ObjectNode call = modernToolCall(1, "sleep", args("{\"ms\":10}"));
    ((ObjectNode) params(call).get("_meta")).put("progressToken", "p1");
    server.send(call);
    JsonNode p1 = server.receive(Duration.ofSeconds(10));
    JsonNode p2 = server.receive(Duration.ofSeconds(10));
    JsonNode done = server.receive(Duration.ofSeconds(10));
    assertEquals("notifications/progress", p1.path("method").asText());
    assertEquals("p1", p1.path("params").path("progressToken").asText());
    assertEquals("notifications/progress", p2.path("method").asText());
    assertEquals("slept 10", text(done));
  }

  // ------------------------------------------------------------------ concurrency and cancellation

  @Test
  void aBlockedCallBlocksNothingElseAndResponsesComeOutOfOrder() {
    server.send(modernToolCall(1, "await_signal", args("{\"key\":\"k1\"}")));
    JsonNode signal = server.request(modernToolCall(2, "signal", args("{\"key\":\"k1\"}")));
    assertEquals("signal k1", text(signal));
    JsonNode awaited = server.responseTo(Wire.object().numberNode(1));
    assertEquals("signalled k1", text(awaited));
  }

  @Test
  void cancelledNotificationInterruptsTheCallAndSuppressesItsResponse() {
    server.initialize("2025-11-25");
    server.send(toolCall(7, "wait_cancel", args("{\"key\":\"c1\"}")));
    assertEquals("true", text(server.request(toolCall(8, "started", args("{\"key\":\"c1\"}")))));
    ObjectNode cancel = notification("notifications/cancelled");
    cancel.putObject("params").put("requestId", 7).put("reason", "user gave up");
    server.send(cancel);
    assertEquals("true", text(server.request(toolCall(9, "was_interrupted", args("{\"key\":\"c1\"}")))));
    JsonNode ping = server.request(request(10, "ping"));
    assertTrue(ping.has("result"));
    List<String> rest = server.drain();
    assertTrue(rest.stream().noneMatch(l -> l.contains("\"id\":7")), "no response for the cancelled call: " + rest);
  }

  @Test
  void aFloodOfPipelinedCallsIsAnsweredOncePerRequest() {
    int calls = 6000; // more than the transport serves at once: the reader waits, nothing is lost
    for (int i = 0; i < calls; i++) {
      ObjectNode call = modernToolCall(i, "add", args("{\"a\":" + i + ",\"b\":1}"));
      server.send(call);
    }
    java.util.BitSet seen = new java.util.BitSet(calls);
    for (int i = 0; i < calls; i++) {
      JsonNode r = server.receive(Duration.ofSeconds(60));
      int id = r.path("id").asInt();
      assertFalse(seen.get(id), "answered twice: " + id);
      seen.set(id);
      assertEquals(id + 1, r.path("result").path("structuredContent").path("sum").asInt());
    }
    assertEquals(calls, seen.cardinality());
  }

  @Test
  void duplicateIdsOfRequestsInFlightAreRefused() {
    server.send(modernToolCall(5, "await_signal", args("{\"key\":\"dup\"}")));
    JsonNode dup = server.request(modernToolCall(5, "echo", args("{\"text\":\"x\"}")));
    assertEquals(-32600, dup.path("error").path("code").asInt());
    server.request(modernToolCall(6, "signal", args("{\"key\":\"dup\"}")));
    assertEquals("signalled dup", text(server.responseTo(Wire.object().numberNode(5))));
  }

  @Test
  void anIdIsFreeAgainAsSoonAsItsAnswerArrives() {
    // A client that numbers nothing (or always uses the same id) sends the next request the moment
    // it reads the previous answer; the id must never be reported as still in use.
    for (int i = 0; i < 2_000; i++) {
      JsonNode r = server.request(modernToolCall(77, "echo", args("{\"text\":\"again " + i + "\"}")));
      assertFalse(r.has("error"), () -> "call with a reused id refused: " + r);
      assertEquals("again " + i, text(r));
    }
  }

  // ------------------------------------------------------------------ bad input

  private JsonNode errorFor(String line) {
    server.sendLine(line);
    JsonNode r = server.receive(Duration.ofSeconds(15));
    assertTrue(r.has("error"), () -> "expected an error for " + abbreviate(line) + ", got " + r);
    return r;
  }

  private static String abbreviate(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }

  @Test
  void garbageLinesGetParseErrorsAndTheServerKeepsReading() {
    for (String garbage : List.of("not json", "{", "{\"jsonrpc\":\"2.0\",", "}{", "{} {}", "\u0000\u0001", "[1,2", "nul")) {
      JsonNode r = errorFor(garbage);
      assertEquals(-32700, r.path("error").path("code").asInt(), garbage);
      assertFalse(r.has("id"));
    }
    server.sendLine("");
    server.sendLine("   ");
    assertAlive();
  }

  @Test
  void wrongJsonTypesGetInvalidRequestOrInvalidParams() {
    String[][] cases = {
        {"42", "-32600"},
        {"\"text\"", "-32600"},
        {"null", "-32600"},
        {"{}", "-32600"},
        {"{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"ping\"}", "-32600"},
        {"{\"jsonrpc\":2.0,\"id\":1,\"method\":\"ping\"}", "-32600"},
        {"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":5}", "-32600"},
        {"{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"ping\"}", "-32600"},
        {"{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"ping\"}", "-32600"},
        {"{\"jsonrpc\":\"2.0\",\"id\":true,\"method\":\"ping\"}", "-32600"},
        {"{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"ping\"}", "-32600"},
        {"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"result\":{}}", "-32600"},
        {"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":[]}", "-32602"},
        {"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":\"x\"}", "-32602"},
        {"{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":7}", "-32600"},
        {"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":5}}", "-32602"},
        {"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":\"x\"}}", "-32602"},
        {"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\"}", "-32602"},
        {"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":{\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":2026}}}", "-32022"},
    };
    for (String[] c : cases) {
      JsonNode r = errorFor(c[0]);
      assertEquals(Integer.parseInt(c[1]), r.path("error").path("code").asInt(), c[0] + " -> " + r);
    }
    ObjectNode strangeCancel = notification("notifications/cancelled");
    strangeCancel.putObject("params").putObject("requestId");
    server.send(strangeCancel); // ignored: notifications get no response
    ObjectNode nullName = modern(0, "tools/call");
    params(nullName).putNull("name");
    assertEquals(-32602, server.request(nullName).path("error").path("code").asInt());
    ObjectNode badName = modern(1, "tools/call");
    params(badName).put("name", 5);
    assertEquals(-32602, server.request(badName).path("error").path("code").asInt());
    ObjectNode badArgs = modernToolCall(2, "add", null);
    params(badArgs).put("arguments", "a=1");
    assertEquals(-32602, server.request(badArgs).path("error").path("code").asInt());
    ObjectNode arrayArgs = modernToolCall(3, "add", null);
    params(arrayArgs).putArray("arguments").add(1);
    assertEquals(-32602, server.request(arrayArgs).path("error").path("code").asInt());
    ObjectNode badCursor = modern(4, "tools/list");
    params(badCursor).put("cursor", 5);
    assertEquals(-32602, server.request(badCursor).path("error").path("code").asInt());
    ObjectNode unknownCursor = modern(5, "tools/list");
    params(unknownCursor).put("cursor", "not-a-cursor!");
    assertEquals(-32602, server.request(unknownCursor).path("error").path("code").asInt());
    ObjectNode badMeta = modern(6, "tools/list");
    params(badMeta).put("_meta", "x");
    assertEquals(-32602, server.request(badMeta).path("error").path("code").asInt());
    assertAlive();
  }

  @Test
  void aTenMegabyteLineIsRefusedWithoutStoppingTheServer() {
    StringBuilder sb = new StringBuilder(10 * 1024 * 1024 + 100);
    sb.append("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":{\"text\":\"");
    while (sb.length() < 10 * 1024 * 1024) {
      sb.append("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
    }
    sb.append("\"}}}");
    server.sendRaw((sb + "\n").getBytes(StandardCharsets.UTF_8));
    JsonNode r = server.receive(Duration.ofSeconds(30));
    assertEquals(-32600, r.path("error").path("code").asInt());
    assertTrue(r.path("error").path("message").asText().contains("exceeds the limit"), r.toString());
    assertAlive();
  }

  @Test
  void deepNestingIsAParseErrorNotACrash() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    JsonNode r = errorFor(deep);
    assertEquals(-32700, r.path("error").path("code").asInt());
    String deepParams = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":{\"a\":" + "{\"a\":".repeat(5000)
        + "1" + "}".repeat(5000) + "}}";
    assertEquals(-32700, errorFor(deepParams).path("error").path("code").asInt());
    assertAlive();
  }

  @Test
  void unknownMethodsAndStrayResponses() {
    JsonNode r = server.request(modern(1, "tools/explode"));
    assertEquals(-32601, r.path("error").path("code").asInt());
    assertEquals("Method not found: tools/explode", r.path("error").path("message").asText());
    server.sendLine("{\"jsonrpc\":\"2.0\",\"id\":99,\"result\":{}}");
    server.sendLine("{\"jsonrpc\":\"2.0\",\"id\":\"s-1\",\"error\":{\"code\":-1,\"message\":\"no\"}}");
    server.sendLine("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/unknown\"}");
    assertAlive();
  }

  @Test
  void batchesOnlyWhereTheRevisionAllowsThem() {
    server.initialize("2025-06-18");
    JsonNode refused = errorFor("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]");
    assertEquals(-32600, refused.path("error").path("code").asInt());
    assertTrue(refused.path("error").path("message").asText().contains("2025-06-18"));
    assertEquals(-32600, errorFor("[]").path("error").path("code").asInt());
    assertAlive();
  }

  @Test
  void batchesOn20250326() {
    server.initialize("2025-03-26");
    server.send(request(1, "tools/list")); // registers the ids for validation
    server.responseTo(Wire.object().numberNode(1));
    server.sendLine("[{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"},"
        + "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/unknown\"},"
        + "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"nope\"}]");
    JsonNode batch = server.receive(Duration.ofSeconds(10));
    assertTrue(batch.isArray(), batch.toString());
    assertEquals(2, batch.size());
  }

  @Test
  void batchesOverOneHundredMessagesAreRefusedWhole() {
    server.initialize("2025-03-26");
    StringBuilder b = new StringBuilder("[");
    for (int i = 1; i <= 101; i++) {
      b.append(i > 1 ? "," : "").append("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/unknown\"}");
    }
    JsonNode refused = errorFor(b.append(']').toString());
    assertEquals(-32600, refused.path("error").path("code").asInt());
    assertEquals("Invalid request: a batch may hold at most 100 messages, this one holds 101",
        refused.path("error").path("message").asText());
    server.sendLine("[" + "1,".repeat(499_999) + "1]");
    assertTrue(server.receive(Duration.ofSeconds(15)).path("error").path("message").asText().contains("holds 500000"));
    assertAlive();
  }

  // ------------------------------------------------------------------ shutdown

  @Test
  void exitsCleanlyAtEndOfInputAfterFinishingCallsInFlight() throws Exception {
    server.send(modernToolCall(1, "sleep", args("{\"ms\":300}")));
    int exit = server.closeAndWait(Duration.ofSeconds(20));
    assertEquals(0, exit, server.stderr());
    List<String> out = server.drain();
    assertTrue(out.stream().anyMatch(l -> l.contains("slept 300")), "the call in flight was answered: " + out);
  }

  @Test
  void sigtermLetsCallsInFlightFinish() throws Exception {
    ObjectNode call = modernToolCall(1, "sleep", args("{\"ms\":500}"));
    ((ObjectNode) params(call).get("_meta")).put("progressToken", 1);
    server.send(call);
    assertEquals("notifications/progress", server.receive(Duration.ofSeconds(10)).path("method").asText());
    server.process().toHandle().destroy(); // SIGTERM; Process.destroy() would also close our end of its pipes
    assertTrue(server.process().waitFor(20, java.util.concurrent.TimeUnit.SECONDS));
    List<String> out = server.drain();
    assertTrue(out.stream().anyMatch(l -> l.contains("slept 500")), "the call in flight was answered: " + out
        + "\n" + server.stderr());
  }

}
