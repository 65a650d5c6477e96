package dev.mcpapt.runtime.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.McpServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceMethodsTest {
  private final McpServer server = Wire.server();

  @Test
  void listsEveryResourceInUriOrderAcrossPages() {
    Wire w = Wire.legacy(server, "2025-11-25", "{}");
    List<String> uris = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Wire.Exchange e = w.call("resources/list", cursor == null ? "{}" : "{\"cursor\":\"" + cursor + "\"}");
      e.result().get("resources").forEach(r -> uris.add(r.get("uri").asText()));
      cursor = e.result().has("nextCursor") ? e.result().get("nextCursor").asText() : null;
      pages++;
    } while (cursor != null);
    assertEquals(List.of("test://empty", "test://page/0", "test://page/1", "test://page/2", "test://static-binary",
        "test://static-text"), uris);
    assertEquals(3, pages, "page size 2");
    assertEquals(-32602, w.call("resources/list", "{\"cursor\":\"bogus!\"}").error().get("code").asInt());
  }

  @Test
  void shapesDescriptorsForTheRevision() {
    JsonNode old = Wire.legacy(server, "2025-03-26", "{}").call("resources/list", "{\"cursor\":\""
        + Pages.encode("test://page/2", "resources") + "\"}").result().get("resources").get(1);
    assertEquals("test://static-text", old.get("uri").asText());
    assertFalse(old.has("title"), "title is 2025-06-18+");
    assertFalse(old.has("_meta"), "_meta is 2025-06-18+");
    JsonNode current = Wire.legacy(server, "2025-11-25", "{}").call("resources/list", "{\"cursor\":\""
        + Pages.encode("test://page/2", "resources") + "\"}").result().get("resources").get(1);
    assertEquals("Static text", current.get("title").asText());
  }

  @Test
  void readsTextBinaryAndTemplates() {
    Wire w = Wire.legacy(server, "2025-11-25", "{}");
    JsonNode text = w.call("resources/read", "{\"uri\":\"test://static-text\"}").result().get("contents").get(0);
    assertEquals("This is the content.", text.get("text").asText());
    assertEquals("text/plain", text.get("mimeType").asText());
    JsonNode blob = w.call("resources/read", "{\"uri\":\"test://static-binary\"}").result().get("contents").get(0);
    assertEquals("AQID", blob.get("blob").asText());
    JsonNode templated = w.call("resources/read", "{\"uri\":\"test://template/123/data\"}").result().get("contents").get(0);
    assertEquals("test://template/123/data", templated.get("uri").asText());
    assertEquals("{\"id\":\"123\"}", templated.get("text").asText());
    JsonNode templates = w.call("resources/templates/list", "{}").result().get("resourceTemplates");
    assertEquals("test://template/{id}/data", templates.get(0).get("uriTemplate").asText());
  }

  @Test
  void unknownResourcesGetEachRevisionsErrorWithTheUri() {
    JsonNode legacy = Wire.legacy(server, "2025-11-25", "{}").call("resources/read", "{\"uri\":\"test://nope\"}").error();
    assertEquals(-32002, legacy.get("code").asInt());
    assertEquals("test://nope", legacy.get("data").get("uri").asText());
    assertEquals("Resource not found", legacy.get("message").asText(), "the URI is in the data, not repeated");
    JsonNode missing = Wire.modern(server, "{}").call("resources/read", "{\"uri\":\"test://template/missing/data\"}").error();
    assertFalse(missing.get("message").asText().contains("test://"), missing.toString());
    assertTrue(missing.get("message").asText().startsWith("Resource not found: "), missing.toString());
    Wire modern = Wire.modern(server, "{}");
    JsonNode error = modern.call("resources/read", "{\"uri\":\"test://nope\"}").error();
    assertEquals(-32602, error.get("code").asInt());
    assertEquals("test://nope", error.get("data").get("uri").asText());
    assertEquals(-32602, modern.call("resources/read", "{\"uri\":\"test://template/missing/data\"}").error().get("code").asInt());
    assertEquals(-32602, modern.call("resources/read", "{\"uri\":\"test://empty\"}").error().get("code").asInt(),
        "an empty read is not found, never an empty contents array");
    JsonNode invalid = modern.call("resources/read", "{\"uri\":\"test://template/abc/data\"}").error();
    assertTrue(invalid.get("message").asText().contains("id: expected integer"), invalid.toString());
    assertEquals(-32602, modern.call("resources/read", "{}").error().get("code").asInt());
  }

  @Test
  void modernResultsCarryCachingHints() {
    Wire w = Wire.modern(server, "{}");
    for (String method : List.of("resources/list", "resources/templates/list")) {
      JsonNode r = w.call(method, "{}").result();
      assertTrue(r.get("ttlMs").isIntegralNumber() && r.get("ttlMs").asLong() >= 0, r.toString());
      assertEquals("complete", r.get("resultType").asText());
    }
    JsonNode read = w.call("resources/read", "{\"uri\":\"test://static-text\"}").result();
    assertTrue(read.has("ttlMs") && read.has("cacheScope"), read.toString());
    assertFalse(Wire.legacy(server, "2025-11-25", "{}").call("resources/read", "{\"uri\":\"test://static-text\"}")
        .result().has("ttlMs"), "no caching hints before 2026-07-28");
  }

  @Test
  void updatesReachOnlySubscribedSessions() throws Exception {
    Wire subscribed = Wire.legacy(server, "2025-11-25", "{}");
    Wire other = Wire.legacy(server, "2025-11-25", "{}");
    assertEquals(0, subscribed.call("resources/subscribe", "{\"uri\":\"test://static-text\"}").result().size());
    server.events().resourceUpdated("test://static-text");
    server.events().resourceUpdated("test://static-binary");
    assertEquals(1, subscribed.sessionMessages.size());
    assertEquals("notifications/resources/updated", subscribed.sessionMessages.get(0).get("method").asText());
    assertEquals("test://static-text", subscribed.sessionMessages.get(0).get("params").get("uri").asText());
    assertEquals(0, other.sessionMessages.size());
    subscribed.call("resources/unsubscribe", "{\"uri\":\"test://static-text\"}");
    server.events().resourceUpdated("test://static-text");
    assertEquals(1, subscribed.sessionMessages.size());
    assertEquals(-32601, Wire.modern(server, "{}").call("resources/subscribe", "{\"uri\":\"test://x\"}").error().get("code").asInt(),
        "2026-07-28 replaced resources/subscribe with subscriptions/listen");
  }

  @Test
  void declaresTheCapabilities() {
    Wire w = Wire.legacy(server, "2025-11-25", "{}");
    JsonNode init = w.call("initialize", Wire.params("{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
        + "\"clientInfo\":{\"name\":\"x\",\"version\":\"1\"}}")).response();
    // a second initialize on the same session may be refused; capabilities are checked on a fresh one instead
    Wire fresh = Wire.legacy(Wire.server(), "2025-11-25", "{}");
    JsonNode discover = Wire.modern(server, "{}").call("server/discover", "{}").result().get("capabilities");
    assertTrue(discover.get("resources").get("subscribe").asBoolean(), discover.toString());
    assertTrue(discover.get("prompts").get("listChanged").asBoolean(), discover.toString());
    assertTrue(discover.has("completions") && discover.has("logging"), discover.toString());
    assertTrue(init != null && fresh != null);
  }
}
