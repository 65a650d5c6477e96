package dev.mcpapt.runtime.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.McpServer;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromptAndCompletionTest {
  private final McpServer server = Wire.server();

  @Test
  void listsPromptsShapedPerRevision() {
    JsonNode current = Wire.legacy(server, "2025-11-25", "{}").call("prompts/list", "{}").result().get("prompts");
    assertEquals("asks", current.get(0).get("name").asText());
    JsonNode page2 = Wire.legacy(server, "2025-11-25", "{}").call("prompts/list",
        "{\"cursor\":\"" + Pages.encode("asks", "prompts") + "\"}").result().get("prompts");
    assertEquals(List.of("simple", "with_args"), List.of(page2.get(0).get("name").asText(), page2.get(1).get("name").asText()));
    assertEquals("First", page2.get(1).get("arguments").get(0).get("title").asText());
    JsonNode old = Wire.legacy(server, "2025-03-26", "{}").call("prompts/list",
        "{\"cursor\":\"" + Pages.encode("asks", "prompts") + "\"}").result().get("prompts").get(1);
    assertFalse(old.has("title"));
    assertFalse(old.get("arguments").get(0).has("title"), "argument titles are 2025-06-18+");
    assertTrue(old.get("arguments").get(0).get("required").asBoolean());
  }

  @Test
  void rendersEveryContentKind() {
    JsonNode r = Wire.legacy(server, "2025-11-25", "{}")
        .call("prompts/get", "{\"name\":\"with_args\",\"arguments\":{\"arg1\":\"x\",\"arg2\":\"y\"}}").result();
    assertEquals("about x", r.get("description").asText());
    JsonNode m = r.get("messages");
    assertEquals("arg1=x arg2=y", m.get(0).get("content").get("text").asText());
    assertEquals("assistant", m.get(1).get("role").asText());
    assertEquals("image", m.get(1).get("content").get("type").asText());
    assertEquals("audio", m.get(2).get("content").get("type").asText());
    assertEquals("resource", m.get(3).get("content").get("type").asText());
    assertEquals("embedded", m.get(3).get("content").get("resource").get("text").asText());
    JsonNode old = Wire.legacy(server, "2024-11-05", "{}")
        .call("prompts/get", "{\"name\":\"with_args\",\"arguments\":{\"arg1\":\"x\"}}").result().get("messages").get(2);
    assertEquals("text", old.get("content").get("type").asText(), "no audio before 2025-03-26");
  }

  @Test
  void badPromptRequestsAreInvalidParams() {
    Wire w = Wire.modern(server, "{}");
    assertEquals(-32602, w.call("prompts/get", "{\"name\":\"nope\"}").error().get("code").asInt());
    JsonNode missing = w.call("prompts/get", "{\"name\":\"with_args\"}").error();
    assertEquals(-32602, missing.get("code").asInt());
    assertTrue(missing.get("message").asText().contains("arg1: required"), missing.toString());
    assertEquals(-32602, w.call("prompts/get", "{\"name\":\"with_args\",\"arguments\":{\"arg1\":3}}").error().get("code").asInt());
    assertEquals(-32602, w.call("prompts/get", "{\"name\":\"with_args\",\"arguments\":[]}").error().get("code").asInt());
  }

  @Test
  void completesPromptArgumentsAndTemplateVariables() {
    Wire w = Wire.legacy(server, "2025-11-25", "{}");
    JsonNode c = w.call("completion/complete",
        "{\"ref\":{\"type\":\"ref/prompt\",\"name\":\"with_args\"},\"argument\":{\"name\":\"arg1\",\"value\":\"par\"}}")
        .result().get("completion");
    assertEquals("[\"paris\",\"park\",\"party\"]", c.get("values").toString());
    assertFalse(c.get("hasMore").asBoolean());
    JsonNode many = w.call("completion/complete",
        "{\"ref\":{\"type\":\"ref/resource\",\"uri\":\"test://template/{id}/data\"},\"argument\":{\"name\":\"id\",\"value\":\"7\"},"
            + "\"context\":{\"arguments\":{}}}").result().get("completion");
    assertEquals(100, many.get("values").size());
    assertEquals(250, many.get("total").asInt());
    assertTrue(many.get("hasMore").asBoolean());
    JsonNode none = w.call("completion/complete",
        "{\"ref\":{\"type\":\"ref/prompt\",\"name\":\"simple\"},\"argument\":{\"name\":\"x\",\"value\":\"\"}}").result();
    assertEquals(0, none.get("completion").get("values").size());
    assertEquals(-32602, w.call("completion/complete",
        "{\"ref\":{\"type\":\"ref/prompt\",\"name\":\"nope\"},\"argument\":{\"name\":\"x\",\"value\":\"\"}}").error().get("code").asInt());
    assertEquals(-32602, w.call("completion/complete", "{\"ref\":{\"type\":\"ref/other\"}}").error().get("code").asInt());
  }
}
