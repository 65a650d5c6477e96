package dev.mcpapt.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.testing.Wire;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** JSON-RPC batches (2025-03-26) are capped in items and in the size of the joined answer. */
class BatchLimitsTest {
  private final Engine engine = new Engine(new Engine.Settings("batch-test", "1.0", null, null,
      30_000, "public", 100, 1 << 20, 10, 4096));

  BatchLimitsTest() {
    engine.tools().add(new TestTools().tools(), false);
  }

  @AfterEach
  void stop() {
    engine.shutdown(java.time.Duration.ofSeconds(1));
  }

  private Session session() throws Exception {
    Session s = engine.openSession(m -> {});
    send("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-03-26\","
        + "\"capabilities\":{},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}", s);
    return s;
  }

  private JsonNode send(String message, Session s) throws Exception {
    EngineApiTest.Recorder r = new EngineApiTest.Recorder();
    engine.dispatch(engine.parse(message), s, r);
    return r.await();
  }

  @Test
  void aBatchAtTheLimitIsServed() throws Exception {
    JsonNode answer = send(Wire.pingBatch(10), session());
    assertTrue(answer.isArray(), answer.toString());
    assertEquals(10, answer.size());
  }

  @Test
  void aBatchOverTheLimitIsRefusedWholeWithOneError() throws Exception {
    Session s = session();
    JsonNode answer = send(Wire.pingBatch(11), s);
    assertTrue(answer.isObject(), "one error, not one per item: " + answer);
    assertEquals(-32600, answer.path("error").path("code").asInt());
    assertEquals("Invalid request: a batch may hold at most 10 messages, this one holds 11",
        answer.path("error").path("message").asText());
    assertTrue(answer.path("id").isMissingNode() || answer.path("id").isNull(), answer.toString());
    // a million tiny items: refused from their count, without an answer per item
    String huge = "[" + "1,".repeat(999_999) + "1]";
    JsonNode refused = send(huge, s);
    assertTrue(refused.path("error").path("message").asText().contains("this one holds 1000000"), refused.toString());
    assertTrue(send(Wire.pingBatch(1), s).isArray(), "the session still serves batches");
  }

  @Test
  void answersPastTheSizeLimitAreReplacedByAnErrorEach() throws Exception {
    Session s = session();
    String big = "x".repeat(1500);
    StringBuilder b = new StringBuilder("[");
    for (int i = 1; i <= 5; i++) {
      b.append(i > 1 ? "," : "").append("{\"jsonrpc\":\"2.0\",\"id\":").append(i)
          .append(",\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":{\"text\":\"")
          .append(big).append("\"}}}");
    }
    b.append(']');
    JsonNode answer = send(b.toString(), s);
    assertEquals(5, answer.size(), "every request is answered: " + answer);
    int results = 0;
    int dropped = 0;
    for (JsonNode item : answer) {
      if (item.has("result")) {
        results++;
        assertTrue(item.toString().contains(big));
      } else {
        dropped++;
        assertEquals(-32603, item.path("error").path("code").asInt(), item.toString());
        assertTrue(item.path("error").path("message").asText().contains("exceed the limit of 4096 bytes"), item.toString());
        assertTrue(item.path("id").isInt(), "the dropped answer keeps its id: " + item);
      }
    }
    assertEquals(2, results, answer.toString());
    assertEquals(3, dropped);
    assertTrue(answer.toString().getBytes(StandardCharsets.UTF_8).length < 4096 + 3 * 300, "bounded: " + answer.toString().length());
  }

  @Test
  void theDefaultsAreSane() {
    Engine.Settings d = new Engine.Settings("n", "1", null, null, 0, "public", 100, 1 << 20);
    assertEquals(100, d.maxBatchItems());
    assertEquals(16 * 1024 * 1024, d.maxBatchResponseBytes());
    assertThrows(IllegalArgumentException.class,
        () -> new Engine.Settings("n", "1", null, null, 0, "public", 100, 1 << 20, 0, 4096));
  }
}
