package dev.mcpapt.runtime.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.Icon;
import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.ToolHandler;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The server's {@code Implementation} (description, websiteUrl, icons) and a tool's icons and
 * {@code annotations.title}, each sent only to revisions whose schema defines them.
 */
class ServerInfoTest {
  private static final McpComponent ICONIC = new McpComponent() {
    @Override
    public Class<?> type() {
      return ServerInfoTest.class;
    }

    @Override
    public List<ToolHandler> tools() {
      ObjectNode d = Fixtures.json("{\"name\":\"shown\",\"title\":\"Shown tool\",\"description\":\"d\","
          + "\"inputSchema\":{\"type\":\"object\"},\"annotations\":{\"title\":\"Shown tool\",\"readOnlyHint\":true},"
          + "\"icons\":[{\"src\":\"https://example.com/t.png\",\"sizes\":[\"48x48\"],\"theme\":\"light\"}]}");
      return List.of(dev.mcpapt.runtime.testing.TestHandlers.tool(d, (args, ctx) -> ToolResult.text("ok")));
    }
  };

  private final McpServer server = McpServer.builder().name("shown").version("2").title("Shown server")
      .description("Serves one tool").websiteUrl("https://example.com/docs")
      .icon(new Icon("https://example.com/s.svg", "image/svg+xml", List.of("any"), "dark"))
      .component(ICONIC).build();

  @Test
  void newRevisionsGetTheWholeImplementation() {
    JsonNode info = Wire.legacy(server, "2025-11-25", "{}").initializeResult.get("serverInfo");
    assertEquals("Serves one tool", info.get("description").asText());
    assertEquals("https://example.com/docs", info.get("websiteUrl").asText());
    assertEquals("dark", info.get("icons").get(0).get("theme").asText());
    JsonNode discover = Wire.modern(server, "{}").call("server/discover", "{}").result();
    assertEquals("Serves one tool", discover.findValue("description").asText(), discover.toString());

    JsonNode tool = Wire.legacy(server, "2025-11-25", "{}").call("tools/list", "{}").result().get("tools").get(0);
    assertEquals("https://example.com/t.png", tool.get("icons").get(0).get("src").asText());
  }

  @Test
  void olderRevisionsGetWhatTheirSchemaDefines() {
    JsonNode info = Wire.legacy(server, "2025-06-18", "{}").initializeResult.get("serverInfo");
    assertEquals("Shown server", info.get("title").asText());
    assertFalse(info.has("description"));
    assertFalse(info.has("websiteUrl"));
    assertFalse(info.has("icons"));
    JsonNode tool = Wire.legacy(server, "2025-06-18", "{}").call("tools/list", "{}").result().get("tools").get(0);
    assertFalse(tool.has("icons"));
    JsonNode old = Wire.legacy(server, "2025-03-26", "{}").call("tools/list", "{}").result().get("tools").get(0);
    assertFalse(old.has("title"));
    assertEquals("Shown tool", old.get("annotations").get("title").asText(), "2025-03-26 clients read the title here");
  }

  @Test
  void aWebsiteMustBeAnHttpUrl() {
    assertThrows(IllegalArgumentException.class, () -> McpServer.builder().websiteUrl("javascript:alert(1)"));
    assertThrows(IllegalArgumentException.class, () -> McpServer.builder().websiteUrl("not a url"));
  }
}
