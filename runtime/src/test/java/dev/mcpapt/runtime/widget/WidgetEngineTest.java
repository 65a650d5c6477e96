package dev.mcpapt.runtime.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.runtime.ToolResult;
import dev.mcpapt.runtime.spi.JsonWriter;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.ToolHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Widget results and host hints through the real protocol engine, as a client sees them. */
class WidgetEngineTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Summary(int total, int open) {}

  static final JsonWriter<Summary> SUMMARY =
      (g, s) -> {
        g.writeStartObject();
        g.writeNumberField("total", s.total());
        g.writeNumberField("open", s.open());
        g.writeEndObject();
      };

  /** What generated code does for {@code WidgetResult<Summary> showBoard()} and a hints reader. */
  static final class Board implements McpComponent {
    @Override
    public Class<?> type() {
      return Board.class;
    }

    @Override
    public List<ToolHandler> tools() {
      return List.of(
          tool("show_board", (args, ctx) ->
              WidgetResult.of(new Summary(3, 2))
                  .text("3 cards, 2 open")
                  .meta("cards", JSON.readTree("[{\"id\":1,\"title\":\"<b>x</b>\"}]"))
                  .closeWidget()
                  .toToolResult(SUMMARY)),
          tool("whoami", (args, ctx) -> {
            HostHints h = ctx.hints();
            return ToolResult.text(
                h.locale().map(Object::toString).orElse("-") + "|"
                    + h.userLocation().map(HostHints.UserLocation::city).orElse("-") + "|"
                    + h.subject().orElse("-") + "|" + h.declaresMcpApps());
          }));
    }
  }

  interface Body {
    ToolResult call(JsonNode args, McpContext ctx) throws Exception;
  }

  static ToolHandler tool(String name, Body body) {
    ObjectNode descriptor = JsonNodeFactory.instance.objectNode().put("name", name);
    descriptor.putObject("inputSchema").put("type", "object").putObject("properties");
    descriptor.putArray("securitySchemes").addObject().put("type", "noauth");
    ObjectNode meta = descriptor.putObject("_meta");
    meta.putObject("ui").put("resourceUri", "ui://board/board.html?v=0123456789");
    meta.put("openai/outputTemplate", "ui://board/board.html?v=0123456789");
    meta.putArray("securitySchemes").addObject().put("type", "noauth");
    return dev.mcpapt.runtime.testing.TestHandlers.tool(descriptor, body::call);
  }

  private static Map<Integer, JsonNode> exchange(String... lines) throws Exception {
    McpServer server = McpServer.builder().name("board").version("1").component(new Board()).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    server.serve(new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)), out);
    Map<Integer, JsonNode> byId = new HashMap<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      JsonNode msg = JSON.readTree(line);
      if (msg.has("id")) {
        byId.put(msg.get("id").asInt(), msg);
      }
    }
    return byId;
  }

  private static final String INITIALIZE =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
          + "\"capabilities\":{\"extensions\":{\"io.modelcontextprotocol/ui\":{\"mimeTypes\":[\"text/html;profile=mcp-app\"]}}},"
          + "\"clientInfo\":{\"name\":\"host\",\"version\":\"1\"}}}";
  private static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";

  @Test
  void widgetResultReachesTheWireWithItsThreeAudiences() throws Exception {
    JsonNode result =
        exchange(INITIALIZE, INITIALIZED,
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"show_board\",\"arguments\":{}}}")
            .get(2)
            .get("result");
    assertEquals("[{\"type\":\"text\",\"text\":\"3 cards, 2 open\"}]", result.get("content").toString());
    assertEquals("{\"total\":3,\"open\":2}", result.get("structuredContent").toString());
    assertEquals("[{\"id\":1,\"title\":\"<b>x</b>\"}]", result.get("_meta").get("cards").toString());
    assertTrue(result.get("_meta").get("openai/closeWidget").asBoolean());
    assertFalse(result.has("isError"));
  }

  @Test
  void toolsListCarriesTheWidgetKeys() throws Exception {
    JsonNode tool =
        exchange(INITIALIZE, INITIALIZED, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}")
            .get(2)
            .get("result")
            .get("tools")
            .get(0);
    assertEquals("[{\"type\":\"noauth\"}]", tool.get("securitySchemes").toString());
    assertEquals("[{\"type\":\"noauth\"}]", tool.get("_meta").get("securitySchemes").toString());
    assertEquals("ui://board/board.html?v=0123456789", tool.get("_meta").get("ui").get("resourceUri").asText());
    assertEquals("ui://board/board.html?v=0123456789", tool.get("_meta").get("openai/outputTemplate").asText());
  }

  @Test
  void hintsComeFromTheRequestMetaAndTheHandshake() throws Exception {
    JsonNode result =
        exchange(INITIALIZE, INITIALIZED,
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"whoami\",\"arguments\":{},"
                    + "\"_meta\":{\"openai/locale\":\"fr-FR\",\"openai/userLocation\":{\"city\":\"Lyon\"},\"openai/subject\":\"u-1\"}}}")
            .get(2)
            .get("result");
    assertEquals("fr_FR|Lyon|u-1|true", result.get("content").get(0).get("text").asText());
  }
}
