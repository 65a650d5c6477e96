package dev.mcpapt.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.McpError;
import dev.mcpapt.runtime.spi.ToolHandler;
import dev.mcpapt.runtime.testing.FuzzChecks;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Coverage-guided fuzzing of the request parser and dispatch: any bytes, as one message of a
 * 2025-03-26 session (which also takes batches) and as a stateless 2026-07-28 request. Never an
 * exception, never an internal error, and every answer is JSON-RPC whose messages name no
 * internals. Seeds: {@code src/test/resources/dev/mcpapt/runtime/engine/InboundFuzzTestInputs}.
 */
class InboundFuzzTest {
  private static final Set<Integer> PARSE_CODES = Set.of(McpError.PARSE_ERROR, McpError.INVALID_REQUEST, McpError.INVALID_PARAMS);
  private static final Engine ENGINE = new Engine(new Engine.Settings("fuzz", "1.0", null, null,
      1000, "public", 10, 1 << 20, 20, 64 * 1024));

  static {
    // The quick, pure tools only: no sleeping or failing on purpose.
    Set<String> quick = Set.of("add", "echo", "simple", "refuse", "weather");
    List<ToolHandler> tools = new TestTools().tools().stream().filter(t -> quick.contains(t.name())).collect(Collectors.toList());
    ENGINE.tools().add(tools, false);
  }

  @FuzzTest(maxDuration = "5m")
  void parseAndDispatch(byte[] message) throws Exception {
    Inbound in = ENGINE.parse(message);
    assertNotNull(in.kind());
    String input = new String(message, StandardCharsets.UTF_8);
    if (in.kind() == Inbound.Kind.INVALID) {
      JsonNode error = EngineApiTest.parse(in.errorResponse()).path("error");
      assertTrue(PARSE_CODES.contains(error.path("code").asInt()), error.toString());
      FuzzChecks.assertNoInternals(error.path("message").asText(), input);
      return;
    }
    if (in.kind() == Inbound.Kind.BATCH) {
      assertTrue(in.batch().size() <= ENGINE.settings().maxBatchItems());
    }
    Session session = ENGINE.openSession(m -> {});
    try {
      answer(ENGINE.parse("{\"jsonrpc\":\"2.0\",\"id\":\"init\",\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
          + "\"2025-03-26\",\"capabilities\":{},\"clientInfo\":{\"name\":\"fuzz\",\"version\":\"1\"}}}"), session, "");
      answer(in, session, input);
    } finally {
      session.close();
    }
    answer(in, null, input);
  }

  /** Dispatches and checks the answer, if the message gets one. */
  private static void answer(Inbound in, Session session, String input) throws Exception {
    EngineApiTest.Recorder r = new EngineApiTest.Recorder();
    RequestContext running = ENGINE.dispatch(in, session, r);
    JsonNode response = r.response.get(10, TimeUnit.SECONDS);
    if (running != null) {
      running.cancel("fuzz: done");
    }
    if (response == null) {
      return;
    }
    for (JsonNode one : response.isArray() ? response : List.of(response)) {
      assertEquals("2.0", one.path("jsonrpc").asText(), one.toString());
      JsonNode error = one.get("error");
      if (error != null) {
        assertNotEquals(McpError.INTERNAL_ERROR, error.path("code").asInt(), "an internal error: " + one);
        FuzzChecks.assertNoInternals(error.path("message").asText(), input);
      } else {
        assertTrue(one.has("result"), one.toString());
      }
    }
  }
}
