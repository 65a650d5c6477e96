package dev.mcpapt.blackbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.testing.ServerProcess;
import dev.mcpapt.runtime.testing.SpecSchemas;
import dev.mcpapt.runtime.testing.Wire;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Generated tools over the wire on the stateless 2026-07-28 revision (which the official clients do
 * not speak yet), with raw lines, including malformed ones. Every server message is validated.
 */
class BlackboxWireTest {
  private ServerProcess server;

  @BeforeEach
  void start() throws Exception {
    SpecSchemas.require();
    server = ServerProcess.start(ServerProcess.javaBinary(), Launch.appClassPath(), List.of(), "--stdio");
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static ObjectNode call(Object id, String tool, String arguments) {
    ObjectNode r = Wire.modernToolCall(id, tool, null);
    try {
      Wire.params(r).set("arguments", new com.fasterxml.jackson.databind.ObjectMapper().readTree(arguments));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
    return r;
  }

  @Test
  void generatedToolsServeTheModernRevision() {
    JsonNode discover = server.request(Wire.modern("d", "server/discover")).path("result");
    assertEquals("complete", discover.path("resultType").asText());
    assertTrue(discover.path("capabilities").has("tools"));

    JsonNode list = server.request(Wire.modern(1, "tools/list")).path("result");
    assertTrue(list.has("ttlMs"));
    assertEquals("add", list.path("tools").path(0).path("name").asText());
    assertTrue(list.path("tools").path(0).has("outputSchema"));

    JsonNode sum = server.request(call(2, "add", "{\"a\":20,\"b\":22}")).path("result");
    assertEquals(42, sum.path("structuredContent").path("sum").asInt());
    assertEquals("{\"sum\":42}", sum.path("content").path(0).path("text").asText());

    JsonNode invalid = server.request(call(3, "add", "{\"a\":true}")).path("result");
    assertTrue(invalid.path("isError").asBoolean());
    assertTrue(invalid.path("content").path(0).path("text").asText().contains("b"), invalid.toString());
  }

  @Test
  void malformedInputIsAnsweredAndTheServerKeepsServing() {
    for (String line : List.of("garbage", "{\"jsonrpc\":\"2.0\",\"id\":[1],\"method\":\"tools/list\"}", "[]", "17",
        "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/call\",\"params\":{\"name\":\"add\",\"arguments\":[]}}")) {
      server.sendLine(line);
      JsonNode r = server.receive(Duration.ofSeconds(15));
      assertTrue(r.has("error"), () -> line + " -> " + r);
    }
    JsonNode ok = server.request(call(10, "greet", "{\"name\":\"Ada\"}"));
    assertEquals("Hello, Ada!", ok.path("result").path("content").path(0).path("text").asText());
    assertFalse(server.stderr().contains("Exception in thread"), server.stderr());
  }
}
