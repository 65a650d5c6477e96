package dev.mcpapt.runtime.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ToolResult;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HostHintsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ObjectNode json(String text) throws Exception {
    return (ObjectNode) JSON.readTree(text);
  }

  @Test
  void readsWhatChatGptSends() throws Exception {
    HostHints hints =
        HostHints.of(
            json(
                """
                {"openai/locale": "fr-FR", "openai/userAgent": "ChatGPT/1.2025 (iOS 18)",
                 "openai/userLocation": {"city": "Lyon", "region": "Auvergne-Rhône-Alpes", "country": "FR",
                   "timezone": "Europe/Paris", "latitude": 45.76, "longitude": 4.83},
                 "openai/subject": "v1/abc", "openai/session": "v1/conv", "openai/widgetSessionId": "w-1"}
                """),
            null);
    assertEquals(Optional.of(Locale.FRANCE), hints.locale());
    assertEquals(Optional.of("ChatGPT/1.2025 (iOS 18)"), hints.userAgent());
    HostHints.UserLocation where = hints.userLocation().orElseThrow();
    assertEquals("Lyon", where.city());
    assertEquals("FR", where.country());
    assertEquals(Optional.of(ZoneId.of("Europe/Paris")), where.zone());
    assertEquals(45.76, where.latitude());
    assertEquals(Optional.of("v1/abc"), hints.subject());
    assertEquals(Optional.of("v1/conv"), hints.session());
    assertEquals(Optional.of("w-1"), hints.widgetSessionId());
  }

  @Test
  void olderLocaleKeyAndMalformedValuesAreTolerated() throws Exception {
    HostHints hints =
        HostHints.of(
            json(
                """
                {"webplus/i18n": "de", "openai/userAgent": 42,
                 "openai/userLocation": {"city": 7, "timezone": "Mars/Olympus"}, "openai/subject": "  "}
                """),
            null);
    assertEquals(Optional.of(Locale.GERMAN), hints.locale());
    assertEquals(Optional.empty(), hints.userAgent());
    HostHints.UserLocation where = hints.userLocation().orElseThrow();
    assertEquals(null, where.city());
    assertEquals(Optional.empty(), where.zone());
    assertEquals(Optional.empty(), hints.subject());
  }

  @Test
  void emptyWhenNothingWasSent() {
    HostHints hints = HostHints.of(null, null);
    assertEquals(Optional.empty(), hints.locale());
    assertEquals(Optional.empty(), hints.userLocation());
    assertFalse(hints.declaresMcpApps());
    assertEquals(List.of(), hints.uiMimeTypes());
  }

  @Test
  void mcpAppsExtensionFromTheClientCapabilities() throws Exception {
    ObjectNode capabilities =
        json("{\"extensions\": {\"io.modelcontextprotocol/ui\": {\"mimeTypes\": [\"text/html;profile=mcp-app\"]}}}");
    McpContext context = new FixedContext(json("{\"openai/locale\": \"en-GB\"}"), capabilities);
    HostHints hints = context.hints();
    assertTrue(hints.declaresMcpApps());
    assertEquals(List.of("text/html;profile=mcp-app"), hints.uiMimeTypes());
    assertEquals(Optional.of(Locale.UK), hints.locale());
    assertTrue(hints.uiExtension().isPresent());
  }

  @Test
  void authChallenge() {
    ToolResult one = AuthChallenge.toolError("Sign in", "Bearer realm=\"tasks\"");
    assertTrue(one.isError());
    assertEquals("{\"mcp/www_authenticate\":\"Bearer realm=\\\"tasks\\\"\"}", one.meta().toString());
    ToolResult two = AuthChallenge.toolError("Sign in", "Bearer a=1", "Basic");
    assertEquals("[\"Bearer a=1\",\"Basic\"]", two.meta().get("mcp/www_authenticate").toString());
  }

  private record FixedContext(ObjectNode requestMeta, ObjectNode clientCapabilities) implements McpContext {
    @Override
    public String protocolVersion() {
      return "2025-11-25";
    }

    @Override
    public boolean isCancelled() {
      return false;
    }

    @Override
    public void progress(double progress, Double total, String message) {}

    @Override
    public void log(LogLevel level, String message) {}
  }
}
