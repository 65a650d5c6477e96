package dev.mcpapt.runtime.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.runtime.engine.ServerEngines;
import dev.mcpapt.runtime.testing.NodeClients;
import dev.mcpapt.runtime.testing.ServerProcess;
import dev.mcpapt.runtime.transport.http.HttpOptions;
import dev.mcpapt.runtime.transport.http.McpHttpServer;
import org.junit.jupiter.api.Test;

/**
 * The official TypeScript v2 client ({@code @modelcontextprotocol/client}) against tasks over
 * stdio and Streamable HTTP (see {@code tasks-client-v2.mjs}).
 */
class TypeScriptV2ClientTasksTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ObjectNode stdio(String era) {
    ObjectNode config = JSON.createObjectNode().put("transport", "stdio").put("era", era)
        .put("command", ServerProcess.javaBinary());
    config.putArray("args").add("-cp").add(ServerProcess.testClassPath()).add(TaskTestServer.class.getName());
    return config;
  }

  private static JsonNode overHttp(String era) throws Exception {
    McpServer server = TaskTestServer.server(null, 3_600_000);
    McpHttpServer http = McpHttpServer.start(ServerEngines.of(server), HttpOptions.builder().port(0).build(), null);
    try {
      return NodeClients.run("tasks-client-v2.mjs",
          JSON.createObjectNode().put("transport", "http").put("era", era).put("url", http.uri().toString()), 120);
    } finally {
      http.close();
      server.close();
    }
  }

  @Test
  void extensionOverStdio() throws Exception {
    check(NodeClients.run("tasks-client-v2.mjs", stdio("modern"), 120));
  }

  @Test
  void extensionOverHttp() throws Exception {
    check(overHttp("modern"));
  }

  @Test
  void legacyTasksOverStdio() throws Exception {
    checkLegacy(NodeClients.run("tasks-client-v2.mjs", stdio("legacy"), 120));
  }

  @Test
  void legacyTasksOverHttp() throws Exception {
    checkLegacy(overHttp("legacy"));
  }

  private static void checkLegacy(JsonNode report) {
    assertFalse(report.has("fatal"), report::toString);
    assertEquals("legacy", report.path("era").asText(), report::toString);
    assertTrue(report.path("legacyTasksCapability").path("requests").path("tools").path("call").isObject(), report::toString);
    JsonNode s = report.path("steps");
    assertEquals(-32601, s.path("requiredWithoutTask").path("code").asInt(), s::toString);
    JsonNode completes = s.path("completes").path("value");
    assertEquals("working", completes.path("created").asText(), s::toString);
    assertEquals(60000, completes.path("ttl").asInt(), s::toString);
    assertEquals("worked 0.5 s", completes.path("text").asText(), s::toString);
    assertEquals("completed", completes.path("status").asText(), s::toString);
    assertTrue(completes.path("related").asBoolean(), s::toString);
    assertEquals("Hello, Grace!", s.path("asksOnTasksResult").path("value").asText(),
        "the client's elicitation handler answered the task's question: " + s);
    assertEquals(2, s.path("lists").path("value").asInt(), "the two tasks this session created so far: " + s);
    assertEquals("cancelled", s.path("cancels").path("value").asText(), s::toString);
  }

  private static void check(JsonNode report) {
    assertFalse(report.has("fatal"), report::toString);
    assertEquals("modern", report.path("era").asText(), report::toString);
    assertTrue(report.path("extensions").path("io.modelcontextprotocol/tasks").isObject(), report::toString);
    assertTrue(report.path("legacyTasksCapability").isNull(), report::toString);
    JsonNode s = report.path("steps");
    assertEquals("plain", s.path("plainCall").path("value").asText(), s::toString);
    assertEquals("worked 0 s", s.path("optionalWithoutExtension").path("value").asText(), s::toString);
    assertEquals(-32021, s.path("requiredWithoutExtension").path("code").asInt(), s::toString);
    assertEquals(-32021, s.path("getWithoutExtension").path("code").asInt(), s::toString);
    assertEquals(-32602, s.path("getUnknown").path("code").asInt(), s::toString);
    // This client version refuses a CreateTaskResult from callTool: proof the server answered with a task.
    assertFalse(s.path("clientDecodesTaskResult").path("ok").asBoolean(), s::toString);
    assertTrue(s.path("clientDecodesTaskResult").path("message").asText().contains("task"), s::toString);

    JsonNode completes = s.path("completes").path("value");
    assertEquals("task", completes.path("resultType").asText(), s::toString);
    assertEquals("completed", completes.path("status").asText(), s::toString);
    assertEquals("worked 0.5 s", completes.path("text").asText(), s::toString);

    JsonNode asks = s.path("asksThroughUpdate").path("value");
    assertEquals("input_required", asks.path("waiting").asText(), s::toString);
    assertEquals("elicitation/create", asks.path("method").asText(), s::toString);
    assertEquals(0, asks.path("ack").size(), "tasks/update answers an empty acknowledgement: " + s);
    assertEquals("Hello, Ada!", asks.path("text").asText(), s::toString);

    JsonNode cancels = s.path("cancels").path("value");
    assertEquals(0, cancels.path("ack").size(), s::toString);
    assertEquals("cancelled", cancels.path("status").asText(), s::toString);
  }
}
