package dev.mcpapt.processor.widget;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.mcpapt.processor.Compilations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compiles an annotated class with the processor and checks, key by key against the wire
 * checklist of ChatGPT and MCP Apps, what its descriptors and widget resources carry.
 */
class WidgetProcessorTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static final JavaFileObject BOARD =
      JavaFileObjects.forSourceString(
          "test.board.Board",
          """
          package test.board;

          import dev.mcpapt.annotations.OutputTemplate;
          import dev.mcpapt.annotations.Param;
          import dev.mcpapt.annotations.Security;
          import dev.mcpapt.annotations.Tool;
          import dev.mcpapt.annotations.WidgetAccessible;
          import dev.mcpapt.annotations.WidgetAccessible.Visibility;
          import dev.mcpapt.runtime.widget.FileRef;
          import dev.mcpapt.runtime.widget.WidgetResult;
          import java.util.List;

          public class Board {
            /** A card on the board. @param id its id @param title what it says */
            public record Card(long id, String title) {}

            /**
             * The board's counts.
             *
             * @param total all cards
             * @param open cards not done
             */
            public record Summary(int total, int open) {}

            /** Shows the board. */
            @Tool(readOnlyHint = true)
            @WidgetAccessible
            @OutputTemplate(
                uri = "ui://board/board.html",
                html = "widgets/board.html",
                description = "The user's board of cards",
                prefersBorder = true,
                domain = "https://board.example.com",
                csp = @OutputTemplate.Csp(
                    connect = "https://api.example.com",
                    resource = {"https://cdn.example.com", "https://*.fonts.example.com"},
                    frame = "https://player.example.com",
                    redirect = "https://docs.example.com",
                    baseUri = "https://base.example.com"),
                permissions = OutputTemplate.Permission.CLIPBOARD_WRITE,
                invoking = "Loading the board…",
                invoked = "Board ready")
            public WidgetResult<Summary> showBoard() {
              return WidgetResult.of(new Summary(1, 1)).text("1 card");
            }

            /** Shows the board, for older ChatGPT clients too. */
            @Tool
            @OutputTemplate(uri = "ui://board/classic.html", html = "/widgets/board.html", skybridge = true, versioned = false)
            public WidgetResult<List<Card>> showClassic() {
              return WidgetResult.of(List.of(new Card(1, "a")));
            }

            /** Adds a card, from the widget only. */
            @Tool
            @WidgetAccessible(visibility = Visibility.APP_ONLY)
            public Card addCard(String title) {
              return new Card(2, title);
            }

            /** Moves a card. */
            @Tool
            @WidgetAccessible
            public Card moveCard(long id) {
              return new Card(id, "moved");
            }

            /** Archives a card, never from a widget. */
            @Tool
            @WidgetAccessible(visibility = Visibility.MODEL_ONLY)
            public String archive(long id) {
              return "archived";
            }

            /** Searches with an attachment. */
            @Tool
            @Security(value = {Security.Scheme.NOAUTH, Security.Scheme.OAUTH2}, scopes = "board.read")
            public String search(String query, @Param(name = "attachment") FileRef file) {
              return query;
            }

            /** A plain tool. */
            @Tool
            public String plain() {
              return "plain";
            }
          }
          """);

  static Compilation compilation;
  static JsonNode descriptors;
  static JsonNode index;

  @BeforeAll
  static void compile() throws IOException {
    compilation = Compilations.withProcessors().compile(BOARD);
    assertThat(compilation).succeededWithoutWarnings();
    descriptors = JSON.readTree(file("META-INF/mcp/test.board.Board.json"));
    index = JSON.readTree(file("META-INF/mcp/test.board.Board.widgets.json"));
  }

  static String file(String path) {
    try {
      return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path).orElseThrow(() -> new AssertionError("no " + path))
          .getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode tool(String name) {
    for (JsonNode t : descriptors.get("tools")) {
      if (t.get("name").asText().equals(name)) {
        return t;
      }
    }
    throw new AssertionError("no tool " + name);
  }

  static String versionedUri() {
    return tool("show_board").get("_meta").get("ui").get("resourceUri").asText();
  }

  @Test
  void outputTemplateToolKeys() {
    JsonNode meta = tool("show_board").get("_meta");
    String uri = versionedUri();
    assertTrue(uri.matches("ui://board/board\\.html\\?v=[0-9a-f]{10}"), uri);
    assertEquals(uri, meta.get("ui/resourceUri").asText());
    assertEquals(uri, meta.get("openai/outputTemplate").asText());
    assertEquals("Loading the board…", meta.get("openai/toolInvocation/invoking").asText());
    assertEquals("Board ready", meta.get("openai/toolInvocation/invoked").asText());
    assertFalse(meta.get("ui").has("csp"), "CSP is never put on the tool");
    assertEquals("[\"model\",\"app\"]", meta.get("ui").get("visibility").toString());
    assertTrue(meta.get("openai/widgetAccessible").asBoolean());
    JsonNode classic = tool("show_classic").get("_meta");
    assertFalse(classic.has("openai/widgetAccessible"), "no @WidgetAccessible, no visibility keys");
    assertFalse(classic.get("ui").has("visibility"));
  }

  @Test
  void widgetResultGivesTheOutputSchemaOfItsValue() {
    JsonNode schema = tool("show_board").get("outputSchema");
    assertEquals("object", schema.get("type").asText());
    assertTrue(schema.get("properties").has("total"), schema.toString());
    assertTrue(schema.get("properties").has("open"));
    assertTrue(tool("show_classic").get("outputSchema").get("properties").has("items"), "collections are wrapped");
  }

  @Test
  void visibilityTable() {
    assertVisibility("move_card", "[\"model\",\"app\"]", "public", true);
    assertVisibility("archive", "[\"model\"]", "public", false);
    assertVisibility("add_card", "[\"app\"]", "private", true);
    assertNull(tool("plain").get("_meta"), "a plain tool carries no widget keys");
  }

  private static void assertVisibility(String tool, String ui, String openai, boolean accessible) {
    JsonNode meta = tool(tool).get("_meta");
    assertEquals(ui, meta.get("ui").get("visibility").toString(), tool);
    assertEquals(openai, meta.get("openai/visibility").asText(), tool);
    assertEquals(accessible, meta.get("openai/widgetAccessible").asBoolean(), tool);
  }

  @Test
  void securitySchemesOnTheToolAndMirroredInMeta() throws Exception {
    JsonNode expected = JSON.readTree("[{\"type\":\"noauth\"},{\"type\":\"oauth2\",\"scopes\":[\"board.read\"]}]");
    assertEquals(expected, tool("search").get("securitySchemes"));
    assertEquals(expected, tool("search").get("_meta").get("securitySchemes"));
  }

  @Test
  void fileParams() {
    assertEquals("[\"attachment\"]", tool("search").get("_meta").get("openai/fileParams").toString());
    JsonNode attachment = tool("search").get("inputSchema").get("properties").get("attachment");
    assertTrue(attachment.get("properties").has("download_url"), attachment.toString());
    assertTrue(attachment.get("properties").has("file_id"));
  }

  @Test
  void oneMcpAppResourceWithBothKeySetsOnEntryAndContents() throws Exception {
    JsonNode entry = index.get(0);
    JsonNode resource = entry.get("resource");
    assertEquals(versionedUri(), resource.get("uri").asText());
    assertEquals("board/board.html", resource.get("name").asText());
    assertEquals("The user's board of cards", resource.get("description").asText());
    assertEquals("text/html;profile=mcp-app", resource.get("mimeType").asText());
    JsonNode expectedMeta =
        JSON.readTree(
            """
            {"ui": {"csp": {"connectDomains": ["https://api.example.com"],
                            "resourceDomains": ["https://cdn.example.com", "https://*.fonts.example.com"],
                            "frameDomains": ["https://player.example.com"],
                            "baseUriDomains": ["https://base.example.com"]},
                    "permissions": {"clipboardWrite": {}},
                    "prefersBorder": true,
                    "domain": "https://board.example.com"},
             "openai/widgetCSP": {"connect_domains": ["https://api.example.com"],
                                  "resource_domains": ["https://cdn.example.com", "https://*.fonts.example.com"],
                                  "frame_domains": ["https://player.example.com"],
                                  "redirect_domains": ["https://docs.example.com"]},
             "openai/widgetPrefersBorder": true,
             "openai/widgetDescription": "The user's board of cards",
             "openai/widgetDomain": "https://board.example.com"}
            """);
    assertEquals(expectedMeta, resource.get("_meta"));
    JsonNode contents = entry.get("contents");
    assertEquals(versionedUri(), contents.get("uri").asText());
    assertEquals("text/html;profile=mcp-app", contents.get("mimeType").asText());
    assertEquals(expectedMeta, contents.get("_meta"));
    assertEquals("widgets/board.html", entry.get("source").asText(), "where the HTML came from, for live editing");
    assertTrue(entry.get("bridge").asBoolean());
  }

  @Test
  void theServedDocumentHasTheBridgeInlinedAndItsHashIsTheVersion() throws Exception {
    String path = index.get(0).get("html").asText();
    String html = file(path);
    assertTrue(html.startsWith("<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">\n<script>\n/*! mcp-apt widget bridge"),
        "the bridge right after the document's charset: " + html);
    assertTrue(html.indexOf("<meta charset") < 1024 && html.indexOf("<title>") > 1024,
        "the charset stays within the first 1,024 bytes, ahead of the bridge");
    assertTrue(html.contains("McpWidget.connect({ name: \"board\""), "the widget's own script is kept");
    Matcher v = Pattern.compile("v=([0-9a-f]{10})").matcher(versionedUri());
    assertTrue(v.find());
    assertTrue(path.endsWith("board-" + v.group(1) + ".html"), path);
  }

  @Test
  void skybridgeVariantForOlderChatGptClients() {
    JsonNode meta = tool("show_classic").get("_meta");
    assertEquals("ui://board/classic.html", meta.get("ui").get("resourceUri").asText(), "versioned = false");
    assertEquals("ui://board/classic.html?skybridge=1", meta.get("openai/outputTemplate").asText());
    assertEquals(3, index.size());
    assertEquals("ui://board/classic.html", index.get(1).get("resource").get("uri").asText());
    assertEquals("text/html;profile=mcp-app", index.get(1).get("contents").get("mimeType").asText());
    assertEquals("ui://board/classic.html?skybridge=1", index.get(2).get("resource").get("uri").asText());
    assertEquals("text/html+skybridge", index.get(2).get("resource").get("mimeType").asText());
    assertEquals("text/html+skybridge", index.get(2).get("contents").get("mimeType").asText());
  }

  @Test
  void typeScriptDeclarationsOfEveryTool() {
    String ts = file("META-INF/mcp/test.board.Board.d.ts");
    assertTrue(ts.contains("declare namespace test.board.Board.ShowBoard {"), ts);
    assertTrue(ts.contains("  interface Output {\n    /** all cards */\n    total: number;"), ts);
    assertTrue(ts.contains("\"add_card\": { input: test.board.Board.AddCard.Input; output: test.board.Board.AddCard.Output };"), ts);
    assertTrue(ts.contains("interface McpWidgetTools {"), ts);
  }

  @Test
  void generatedComponentServesTheWidgets() throws Exception {
    String source =
        compilation.generatedSourceFile("test.board.Board_McpFactory").orElseThrow().getCharContent(false).toString();
    assertTrue(source.contains(
        ".resources(WidgetResources.load(Board_McpFactory.class, \"META-INF/mcp/test.board.Board.widgets.json\"))"), source);
    assertTrue(source.contains("return GeneratedTool.orError(instance.showBoard(), widget -> widget.toToolResult(BOARD_SUMMARY_WRITER))"),
        source);
  }

  @Test
  void widgetsJoinTheResourcesOfResourceMethods() throws Exception {
    JavaFileObject notes =
        JavaFileObjects.forSourceString(
            "test.board.Notes",
            """
            package test.board;

            import dev.mcpapt.annotations.OutputTemplate;
            import dev.mcpapt.annotations.Resource;
            import dev.mcpapt.annotations.Tool;

            public class Notes {
              public record Count(int n) {}

              /** Today's note. */
              @Resource(uri = "notes://today", mimeType = "text/plain")
              public String today() {
                return "note";
              }

              /** Shows the notes. */
              @Tool
              @OutputTemplate(uri = "ui://notes/notes.html", html = "widgets/board.html")
              public dev.mcpapt.runtime.widget.WidgetResult<Count> showNotes() {
                return dev.mcpapt.runtime.widget.WidgetResult.of(new Count(1));
              }
            }
            """);
    Compilation c = Compilations.withProcessors().compile(notes);
    assertThat(c).succeededWithoutWarnings();
    String source = c.generatedSourceFile("test.board.Notes_McpFactory").orElseThrow().getCharContent(false).toString();
    assertTrue(source.contains(".resources(WidgetResources.concat(GeneratedResource.<Notes>list(descriptors(), instance, "
        + "Notes_McpFactory::readResources),\n"
        + "            WidgetResources.load(Notes_McpFactory.class, \"META-INF/mcp/test.board.Notes.widgets.json\")))"),
        source);
    assertEquals(1, source.split("\\.resources\\(", -1).length - 1, "the component lists its resources once");
  }
}
