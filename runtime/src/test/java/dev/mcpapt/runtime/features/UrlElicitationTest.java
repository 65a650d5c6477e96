package dev.mcpapt.runtime.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpServer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * URL elicitation: {@code -32042} and {@code notifications/elicitation/complete} with the
 * request's {@code elicitationId} in 2025-11-25, input requests in 2026-07-28.
 */
class UrlElicitationTest {
  private static final String URL_CAP = "{\"elicitation\":{\"url\":{}}}";
  private final McpServer server = FidelityTools.server();

  @Test
  void theErrorListsTheElicitationsAndCompletionReachesOnlyThatClient() {
    Wire ada = Wire.legacy(server, "2025-11-25", URL_CAP);
    Wire other = Wire.legacy(server, "2025-11-25", URL_CAP);
    JsonNode error = ada.call("tools/call", "{\"name\":\"files\",\"arguments\":{\"user\":\"ada\"}}").error();
    assertEquals(-32042, error.get("code").asInt());
    JsonNode e = error.get("data").get("elicitations").get(0);
    assertEquals("url", e.get("mode").asText());
    assertEquals("conn-ada", e.get("elicitationId").asText());
    assertEquals("https://mcp.example.com/connect?e=conn-ada", e.get("url").asText());
    assertEquals("Connect your Example Co account", e.get("message").asText());

    FidelityTools.CONNECTED.add("ada");
    server.events().elicitationComplete("conn-ada");
    server.events().elicitationComplete("conn-ada"); // once only
    server.events().elicitationComplete("unknown");
    List<JsonNode> done = ada.sessionMessages.stream()
        .filter(m -> "notifications/elicitation/complete".equals(m.path("method").asText())).toList();
    assertEquals(1, done.size(), ada.sessionMessages.toString());
    assertEquals("conn-ada", done.get(0).get("params").get("elicitationId").asText());
    SchemaCheck.of("2025-11-25").assertValid(done.get(0), null);
    assertTrue(other.sessionMessages.stream().noneMatch(m -> m.path("method").asText().startsWith("notifications/elicitation")));

    assertEquals("files of ada", ada.call("tools/call", "{\"name\":\"files\",\"arguments\":{\"user\":\"ada\"}}")
        .result().get("content").get(0).get("text").asText(), "the retry succeeds");
  }

  @Test
  void aSentUrlElicitationCarriesItsIdAndCanBeCompleted() {
    Wire w = Wire.legacy(server, "2025-11-25", URL_CAP);
    w.responder = request -> {
      assertEquals("pay-1", request.get("params").get("elicitationId").asText());
      return Wire.parse("{\"action\":\"accept\"}");
    };
    assertEquals("ACCEPT", w.call("tools/call", "{\"name\":\"asks_url\",\"arguments\":{}}").result()
        .get("content").get(0).get("text").asText());
    server.events().elicitationComplete("pay-1");
    assertEquals(1, w.sessionMessages.stream()
        .filter(m -> "notifications/elicitation/complete".equals(m.path("method").asText())).count());
  }

  @Test
  void modernRequestsAskTheUrlAndGoOnOnceAccepted() {
    Wire w = Wire.modern(server, URL_CAP);
    JsonNode r1 = w.call("tools/call", "{\"name\":\"files\",\"arguments\":{\"user\":\"bo\"}}").result();
    assertEquals("input_required", r1.get("resultType").asText());
    JsonNode asked = r1.get("inputRequests").get("elicitation-1");
    assertEquals("url", asked.get("params").get("mode").asText());
    assertFalse(asked.get("params").has("elicitationId"), "2026-07-28 has no elicitationId");
    ObjectNode retry = Wire.params("{\"name\":\"files\",\"arguments\":{\"user\":\"bo\"},"
        + "\"inputResponses\":{\"elicitation-1\":{\"action\":\"accept\"}}}");
    retry.set("requestState", r1.get("requestState"));
    assertEquals("files of bo", w.call("tools/call", retry).result().get("content").get(0).get("text").asText());

    ObjectNode declined = Wire.params("{\"name\":\"files\",\"arguments\":{\"user\":\"cy\"},"
        + "\"inputResponses\":{\"elicitation-1\":{\"action\":\"decline\"}}}");
    assertTrue(w.call("tools/call", declined).result().get("isError").asBoolean());
  }

  @Test
  void clientsWithoutUrlModeGetNoUrl() {
    JsonNode legacy = Wire.legacy(server, "2025-11-25", "{\"elicitation\":{}}")
        .call("tools/call", "{\"name\":\"files\",\"arguments\":{\"user\":\"dan\"}}").result();
    assertTrue(legacy.get("isError").asBoolean());
    assertTrue(legacy.get("content").get(0).get("text").asText().contains("elicitation.url"), legacy.toString());
    JsonNode older = Wire.legacy(server, "2025-06-18", URL_CAP)
        .call("tools/call", "{\"name\":\"files\",\"arguments\":{\"user\":\"dan\"}}").result();
    assertTrue(older.get("isError").asBoolean());
    JsonNode modern = Wire.modern(server, "{\"elicitation\":{}}")
        .call("tools/call", "{\"name\":\"files\",\"arguments\":{\"user\":\"dan\"}}").error();
    assertEquals(-32021, modern.get("code").asInt());
  }
}
