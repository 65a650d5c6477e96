package dev.mcpapt.runtime.transport.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.testing.Wire;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** JSON-RPC batches on a 2025-03-26 session over Streamable HTTP: at most 100 messages. */
class BatchHttpTest {
  static HttpTestSupport t;

  @BeforeAll
  static void start() throws Exception {
    t = new HttpTestSupport();
  }

  @AfterAll
  static void stop() {
    t.close();
  }

  @Test
  void oneHundredMessagesAreServedAndMoreAreRefusedWhole() throws Exception {
    String session = t.initialize("2025-03-26");
    HttpResponse<String> ok = t.post(Wire.pingBatch(100), "Mcp-Session-Id", session, "MCP-Protocol-Version", "2025-03-26");
    assertEquals(200, ok.statusCode(), ok.body());
    JsonNode answers = HttpTestSupport.json(ok);
    assertTrue(answers.isArray(), ok.body());
    assertEquals(100, answers.size());

    HttpResponse<String> tooMany = t.post(Wire.pingBatch(101), "Mcp-Session-Id", session, "MCP-Protocol-Version", "2025-03-26");
    JsonNode error = HttpTestSupport.error(tooMany, tooMany.statusCode());
    assertTrue(tooMany.statusCode() == 200 || tooMany.statusCode() == 400, tooMany.body());
    assertEquals(-32600, error.path("code").asInt());
    assertEquals("Invalid request: a batch may hold at most 100 messages, this one holds 101", error.path("message").asText());

    String million = "[" + "1,".repeat(999_999) + "1]";
    HttpResponse<String> huge = t.post(million, "Mcp-Session-Id", session, "MCP-Protocol-Version", "2025-03-26");
    assertTrue(huge.body().length() < 1000, "one short error, not an answer per item: " + huge.body().length());
    assertTrue(HttpTestSupport.error(huge, huge.statusCode()).path("message").asText().contains("holds 1000000"));

    assertEquals(200, t.post(Wire.pingBatch(2), "Mcp-Session-Id", session, "MCP-Protocol-Version", "2025-03-26").statusCode(),
        "the session still serves batches");
  }
}
