package dev.mcpapt.processor.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mcpapt.processor.widget.WidgetModel.Csp;
import dev.mcpapt.processor.widget.WidgetModel.Template;
import dev.mcpapt.processor.widget.WidgetModel.ToolWidget;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The widget keys, checked against the wire checklist of both hosts. */
class WidgetJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Template template(String skybridge) {
    return new Template(
        "ui://tasks/board.html",
        "ui://tasks/board.html?v=0123456789",
        skybridge,
        "tasks/board.html",
        "A board of tasks",
        true,
        "https://tasks.example.com",
        new Csp(
            List.of("https://api.example.com"),
            List.of("https://cdn.example.com"),
            List.of("https://player.example.com"),
            List.of("https://docs.example.com"),
            List.of()),
        List.of("clipboardWrite"),
        "widgets/board.html",
        "<!doctype html><html></html>",
        true,
        "0123456789");
  }

  private static ToolWidget visibility(String v) {
    return new ToolWidget(null, v, null, null, List.of(), List.of(), List.of());
  }

  @Test
  void visibilityTable() throws Exception {
    assertEquals(
        JSON.readTree("{\"ui\":{\"visibility\":[\"model\",\"app\"]},\"openai/visibility\":\"public\",\"openai/widgetAccessible\":true}"),
        WidgetJson.toolMeta(visibility("MODEL_AND_APP")));
    assertEquals(
        JSON.readTree("{\"ui\":{\"visibility\":[\"model\"]},\"openai/visibility\":\"public\",\"openai/widgetAccessible\":false}"),
        WidgetJson.toolMeta(visibility("MODEL_ONLY")));
    assertEquals(
        JSON.readTree("{\"ui\":{\"visibility\":[\"app\"]},\"openai/visibility\":\"private\",\"openai/widgetAccessible\":true}"),
        WidgetJson.toolMeta(visibility("APP_ONLY")));
  }

  @Test
  void toolWithTemplateStatusFilesAndSecurity() throws Exception {
    ToolWidget tool =
        new ToolWidget(
            template(null), null, "Loading tasks…", "Tasks ready", List.of("attachment"), List.of("noauth", "oauth2"),
            List.of("tasks.read"));
    assertEquals(
        JSON.readTree(
            """
            {"ui": {"resourceUri": "ui://tasks/board.html?v=0123456789"},
             "ui/resourceUri": "ui://tasks/board.html?v=0123456789",
             "openai/outputTemplate": "ui://tasks/board.html?v=0123456789",
             "openai/toolInvocation/invoking": "Loading tasks…",
             "openai/toolInvocation/invoked": "Tasks ready",
             "openai/fileParams": ["attachment"],
             "securitySchemes": [{"type": "noauth"}, {"type": "oauth2", "scopes": ["tasks.read"]}]}
            """),
        WidgetJson.toolMeta(tool));
    assertEquals(
        JSON.readTree("[{\"type\": \"noauth\"}, {\"type\": \"oauth2\", \"scopes\": [\"tasks.read\"]}]"),
        WidgetJson.securitySchemes(tool));
    assertNull(WidgetJson.securitySchemes(visibility("APP_ONLY")));
  }

  @Test
  void skybridgeVariantTakesTheOpenAiTemplateKey() {
    ToolWidget tool =
        new ToolWidget(
            template("ui://tasks/board.html?v=0123456789&skybridge=1"), null, null, null, List.of(), List.of(), List.of());
    assertEquals("ui://tasks/board.html?v=0123456789", WidgetJson.toolMeta(tool).get("ui").get("resourceUri").asText());
    assertEquals("ui://tasks/board.html?v=0123456789", WidgetJson.toolMeta(tool).get("ui/resourceUri").asText());
    assertEquals(
        "ui://tasks/board.html?v=0123456789&skybridge=1", WidgetJson.toolMeta(tool).get("openai/outputTemplate").asText());
  }

  @Test
  void resourceMetaCarriesBothKeySets() throws Exception {
    assertEquals(
        JSON.readTree(
            """
            {"ui": {"csp": {"connectDomains": ["https://api.example.com"], "resourceDomains": ["https://cdn.example.com"],
                            "frameDomains": ["https://player.example.com"]},
                    "permissions": {"clipboardWrite": {}},
                    "prefersBorder": true,
                    "domain": "https://tasks.example.com"},
             "openai/widgetCSP": {"connect_domains": ["https://api.example.com"], "resource_domains": ["https://cdn.example.com"],
                                  "frame_domains": ["https://player.example.com"], "redirect_domains": ["https://docs.example.com"]},
             "openai/widgetPrefersBorder": true,
             "openai/widgetDescription": "A board of tasks",
             "openai/widgetDomain": "https://tasks.example.com"}
            """),
        WidgetJson.resourceMeta(template(null)));
  }

  @Test
  void indexListsTheSkybridgeVariantWithItsMimeType() {
    var index = WidgetJson.index(List.of(template("ui://tasks/board.html?v=0123456789&skybridge=1")), t -> "doc.html");
    assertEquals(2, index.size());
    assertEquals("text/html;profile=mcp-app", index.get(0).get("resource").get("mimeType").asText());
    assertEquals("text/html;profile=mcp-app", index.get(0).get("contents").get("mimeType").asText());
    assertEquals("text/html+skybridge", index.get(1).get("resource").get("mimeType").asText());
    assertEquals("ui://tasks/board.html?v=0123456789&skybridge=1", index.get(1).get("contents").get("uri").asText());
    assertEquals(index.get(0).get("resource").get("_meta"), index.get(0).get("contents").get("_meta"));
    assertEquals("doc.html", index.get(1).get("html").asText());
  }
}
