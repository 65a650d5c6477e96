package dev.mcpapt.runtime.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.testing.NodeClients;
import dev.mcpapt.runtime.testing.ServerProcess;
import org.junit.jupiter.api.Test;

/**
 * The official TypeScript clients against {@link FidelityTools} over stdio: v1
 * ({@code @modelcontextprotocol/sdk}, 2025-11-25) and v2 ({@code @modelcontextprotocol/client},
 * 2026-07-28) parse annotated content and full resource links, answer sampling requests with
 * tools, and handle URL elicitation the way their revision defines it.
 */
class TypeScriptClientFidelityTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode run(String sdk) throws Exception {
    ObjectNode config = JSON.createObjectNode().put("sdk", sdk).put("command", ServerProcess.javaBinary());
    config.putArray("args").add("-cp").add(ServerProcess.testClassPath()).add(FidelityTools.class.getName());
    JsonNode report = NodeClients.run("fidelity-client.mjs", config, 120);
    assertFalse(report.has("fatal"), report::toString);
    return report;
  }

  private static void checkCommon(JsonNode report) {
    JsonNode s = report.path("steps");
    JsonNode content = s.path("annotated").path("value");
    assertTrue(s.path("annotated").path("ok").asBoolean(), s::toString);
    assertEquals(0.9, content.get(0).path("annotations").path("priority").asDouble(), content::toString);
    JsonNode link = content.get(2);
    assertEquals("Quarterly report", link.path("title").asText(), content::toString);
    assertEquals(2048, link.path("size").asLong());
    assertEquals("light", link.path("icons").get(0).path("theme").asText());
    assertEquals("2025-01-12T15:00:58Z", link.path("annotations").path("lastModified").asText());

    assertEquals("toolUse|Model read: Sunny in Paris", s.path("forecast").path("value").asText(), s::toString);
    JsonNode first = report.path("samplingRequests").get(0);
    assertEquals("get_weather", first.path("tools").get(0).path("name").asText());
    assertEquals("auto", first.path("toolChoice").path("mode").asText());
  }

  @Test
  void v1ClientAt2025() throws Exception {
    JsonNode report = run("v1");
    checkCommon(report);
    JsonNode s = report.path("steps");
    JsonNode files = s.path("files");
    assertFalse(files.path("ok").asBoolean(), s::toString);
    assertEquals(-32042, files.path("code").asInt(), s::toString);
    assertEquals("conn-ada", files.path("data").path("elicitations").get(0).path("elicitationId").asText(), s::toString);
    assertEquals("[\"conn-ada\"]", report.path("completed").toString(), "the client saw the completion");
    assertEquals("files of ada", s.path("filesAgain").path("value").asText(), s::toString);
  }

  @Test
  void v2ClientAt2026() throws Exception {
    JsonNode report = run("v2");
    checkCommon(report);
    JsonNode s = report.path("steps");
    assertEquals("files of ada", s.path("files").path("value").asText(), s::toString);
    JsonNode asked = report.path("elicitations").get(0);
    assertEquals("url", asked.path("mode").asText(), report::toString);
    assertFalse(asked.has("elicitationId"), "2026-07-28 has no elicitationId");
  }
}
