package dev.mcpapt.runtime.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.Content;
import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.runtime.PromptMessage.Role;
import dev.mcpapt.runtime.SamplingRequest;
import dev.mcpapt.runtime.ToolResult;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Sampling with tools (2025-11-25 on): the server offers tools, the client's model asks to use
 * one, the server runs it and sends the result back; only to clients that declared
 * {@code sampling.tools}. Every message is checked against the revision's schema.
 */
class SamplingWithToolsTest {
  private static final String TOOLS_CAP = "{\"sampling\":{\"tools\":{}}}";
  private static final ObjectNode WEATHER_SCHEMA = FidelityTools.WEATHER_SCHEMA;
  private final McpServer server = FidelityTools.server();

  private static final String TOOL_USE = "{\"role\":\"assistant\",\"model\":\"m\",\"stopReason\":\"toolUse\","
      + "\"content\":[{\"type\":\"tool_use\",\"id\":\"call-1\",\"name\":\"get_weather\",\"input\":{\"city\":\"Paris\"}}]}";
  private static final String FINAL = "{\"role\":\"assistant\",\"model\":\"m\",\"stopReason\":\"endTurn\","
      + "\"content\":{\"type\":\"text\",\"text\":\"It is sunny.\"}}";

  @Test
  void legacySessionsSendToolsAndToolResults() {
    Wire w = Wire.legacy(server, "2025-11-25", TOOLS_CAP);
    List<JsonNode> asked = new CopyOnWriteArrayList<>();
    w.responder = request -> {
      asked.add(request.get("params"));
      return Wire.parse(asked.size() == 1 ? TOOL_USE : FINAL);
    };
    JsonNode r = w.call("tools/call", "{\"name\":\"forecast\",\"arguments\":{}}").result();
    assertEquals("toolUse|It is sunny.", r.get("content").get(0).get("text").asText(), r.toString());
    JsonNode first = asked.get(0);
    assertEquals("get_weather", first.get("tools").get(0).get("name").asText());
    assertEquals(WEATHER_SCHEMA, first.get("tools").get(0).get("inputSchema"));
    assertEquals("auto", first.get("toolChoice").get("mode").asText());
    JsonNode messages = asked.get(1).get("messages");
    assertEquals(3, messages.size());
    assertEquals("tool_use", messages.get(1).get("content").get("type").asText());
    JsonNode result = messages.get(2).get("content");
    assertEquals("tool_result", result.get("type").asText());
    assertEquals("call-1", result.get("toolUseId").asText());
    assertEquals("Sunny in Paris", result.get("content").get(0).get("text").asText());
  }

  @Test
  void modernRequestsAskInRounds() {
    Wire w = Wire.modern(server, TOOLS_CAP);
    JsonNode r1 = w.call("tools/call", "{\"name\":\"forecast\",\"arguments\":{}}").result();
    JsonNode first = r1.get("inputRequests").get("first").get("params");
    assertEquals("get_weather", first.get("tools").get(0).get("name").asText());
    ObjectNode retry = Wire.params("{\"name\":\"forecast\",\"arguments\":{},\"inputResponses\":{\"first\":" + TOOL_USE + "}}");
    retry.set("requestState", r1.get("requestState"));
    JsonNode r2 = w.call("tools/call", retry).result();
    JsonNode second = r2.get("inputRequests").get("second").get("params");
    assertEquals("tool_result", second.get("messages").get(2).get("content").get("type").asText());
    ObjectNode last = Wire.params("{\"name\":\"forecast\",\"arguments\":{},\"inputResponses\":{\"second\":" + FINAL + "}}");
    last.set("requestState", r2.get("requestState"));
    assertEquals("toolUse|It is sunny.", w.call("tools/call", last).result().get("content").get(0).get("text").asText());
  }

  @Test
  void clientsWithoutSamplingToolsAreNotSentTools() {
    Wire legacy = Wire.legacy(server, "2025-11-25", "{\"sampling\":{}}");
    List<JsonNode> asked = new CopyOnWriteArrayList<>();
    legacy.responder = request -> {
      asked.add(request);
      return Wire.parse(FINAL);
    };
    JsonNode r = legacy.call("tools/call", "{\"name\":\"forecast\",\"arguments\":{}}").result();
    assertTrue(r.get("isError").asBoolean());
    assertTrue(r.get("content").get(0).get("text").asText().contains("sampling.tools"), r.toString());
    assertTrue(asked.isEmpty(), "nothing was sent");

    JsonNode older = Wire.legacy(server, "2025-06-18", TOOLS_CAP).call("tools/call", "{\"name\":\"forecast\",\"arguments\":{}}").result();
    assertTrue(older.get("content").get(0).get("text").asText().contains("2025-11-25"), older.toString());

    JsonNode modern = Wire.modern(server, "{\"sampling\":{}}").call("tools/call", "{\"name\":\"forecast\",\"arguments\":{}}").error();
    assertEquals(-32021, modern.get("code").asInt());
    assertTrue(modern.get("data").get("requiredCapabilities").get("sampling").get("tools").isObject(), modern.toString());
  }

  @Test
  void toolUsesMustBeAnsweredByToolResultsOnly() {
    Content.ToolUse use = new Content.ToolUse("u1", "get_weather", Fixtures.json("{\"city\":\"Oslo\"}"));
    assertThrows(IllegalStateException.class, () -> SamplingRequest.builder().user("q").maxTokens(5)
        .message(Role.ASSISTANT, use).build());
    assertThrows(IllegalStateException.class, () -> SamplingRequest.builder().user("q").maxTokens(5)
        .message(Role.ASSISTANT, use).message(Role.USER, Content.ToolUseResult.text("other", "x")).build());
    assertThrows(IllegalArgumentException.class, () -> SamplingRequest.builder()
        .message(Role.USER, Content.ToolUseResult.text("u1", "x"), Content.text("and more")));
    assertThrows(IllegalArgumentException.class, () -> ToolResult.of(List.of(use)));
    assertFalse(SamplingRequest.of("plain", 5).usesTools());
  }
}
