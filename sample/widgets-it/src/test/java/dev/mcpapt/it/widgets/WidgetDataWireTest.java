package dev.mcpapt.it.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.testing.schema.WireValidator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Board}'s typed widget data ({@code TypedWidgetResult<Summary, BoardView>}, written by the
 * generated writer) on the wire, as each kind of host asks for it: ChatGPT (a 2025-06-18 session,
 * its {@code openai/*} hints on the call; the result's {@code _meta} becomes {@code
 * window.openai.toolResponseMetadata}) and an MCP Apps host (2026-07-28, the UI extension among its
 * capabilities; the result's {@code _meta} goes to the widget in {@code ui/notifications/tool-result}).
 * Every message the server sends is checked against the schema of the revision in use. Each call
 * is an exchange of its own, so the second sees what the first did.
 */
class WidgetDataWireTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String UI = "\"io.modelcontextprotocol/ui\":{\"mimeTypes\":[\"text/html;profile=mcp-app\"]}";

  @Test
  void chatGptGetsTheTypedDataAsTheResultMeta() throws Exception {
    Board board = new Board();
    String initialize = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
        + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"openai-mcp\",\"version\":\"1.0.0\"}}}";
    String initialized = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";
    JsonNode shown = exchange("2025-06-18", board, initialize, initialized,
        call(2, "show_board", "{}", "\"openai/locale\":\"en-US\",\"openai/subject\":\"v1/abc\"")).get(2);
    JsonNode added = exchange("2025-06-18", board, initialize, initialized,
        call(3, "add_card", "{\"title\":\"Third\"}", "\"openai/locale\":\"en-US\"")).get(3);
    assertTypedData(shown, added);
  }

  @Test
  void anMcpAppsHostGetsTheSameTypedData() throws Exception {
    String meta = "\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
        + "\"io.modelcontextprotocol/clientInfo\":{\"name\":\"apps-host\",\"version\":\"1\"},"
        + "\"io.modelcontextprotocol/clientCapabilities\":{\"extensions\":{" + UI + "}}";
    Board board = new Board();
    JsonNode shown = exchange("2026-07-28", board, call(2, "show_board", "{}", meta)).get(2);
    JsonNode added = exchange("2026-07-28", board, call(3, "add_card", "{\"title\":\"Third\"}", meta)).get(3);
    assertTypedData(shown, added);
  }

  /**
   * The BoardView of each result, as the generated writer puts it: the whole _meta but for the keys
   * MCP itself adds there (2026-07-28 names the server in every result), which no widget data may use.
   */
  private static void assertTypedData(JsonNode shownAnswer, JsonNode addedAnswer) throws Exception {
    JsonNode shown = shownAnswer.get("result");
    assertEquals(JSON.readTree("{\"total\":2}"), shown.get("structuredContent"));
    assertEquals(JSON.readTree("{\"cards\":[{\"id\":1,\"title\":\"First\"},{\"id\":2,\"title\":\"<b>not bold</b>\"}]}"),
        widgetKeys(shown.get("_meta")));
    JsonNode added = addedAnswer.get("result");
    assertFalse(added.path("isError").asBoolean(), added.toString());
    assertEquals(JSON.readTree("{\"id\":3,\"title\":\"Third\"}"), added.get("structuredContent"));
    assertEquals(JSON.readTree("{\"cards\":[{\"id\":1,\"title\":\"First\"},{\"id\":2,\"title\":\"<b>not bold</b>\"},"
        + "{\"id\":3,\"title\":\"Third\"}]}"), widgetKeys(added.get("_meta")));
    assertTrue(added.get("content").get(0).get("text").asText().startsWith("Added card 3"));
  }

  private static JsonNode widgetKeys(JsonNode meta) {
    ObjectNode keys = ((ObjectNode) meta).deepCopy();
    keys.remove(List.of("io.modelcontextprotocol/serverInfo"));
    return keys;
  }

  private static String call(int id, String tool, String args, String meta) {
    return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
        + "\",\"arguments\":" + args + ",\"_meta\":{" + meta + "}}}";
  }

  /** Sends the lines to a server of {@code board}; the answers by id, each valid in {@code revision}. */
  private static Map<Integer, JsonNode> exchange(String revision, Board board, String... lines) throws Exception {
    Map<String, String> methods = new HashMap<>();
    for (String line : lines) {
      JsonNode m = JSON.readTree(line);
      if (m.has("id")) {
        methods.put(m.get("id").asText(), m.get("method").asText());
      }
    }
    McpServer server = McpServer.builder().name("board").version("1").tools(board).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    server.serve(new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)), out);
    WireValidator schema = WireValidator.of(revision);
    Map<Integer, JsonNode> byId = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode m = JSON.readTree(line);
      String method = m.has("id") && !m.has("method") ? methods.get(m.get("id").asText()) : null;
      schema.validateServerMessage(m, method).forEach(p -> problems.add(p + "\n    in " + line));
      if (m.has("id")) {
        byId.put(m.get("id").asInt(), m);
      }
    }
    assertEquals(List.of(), problems, "messages the " + revision + " schema does not allow");
    assertEquals(methods.size(), byId.size(), "one answer per request: " + byId);
    return byId;
  }
}
