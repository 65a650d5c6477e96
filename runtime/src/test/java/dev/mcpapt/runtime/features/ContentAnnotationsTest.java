package dev.mcpapt.runtime.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.Content;
import dev.mcpapt.runtime.Icon;
import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.runtime.PromptMessage.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Content annotations and the full resource link, shaped per revision, every message checked against its schema. */
class ContentAnnotationsTest {
  private final McpServer server = FidelityTools.server();

  private JsonNode content(Wire w) {
    return w.call("tools/call", "{\"name\":\"annotated\",\"arguments\":{}}").result().get("content");
  }

  @Test
  void newestRevisionsCarryEveryField() {
    for (Wire w : List.of(Wire.legacy(server, "2025-11-25", "{}"), Wire.modern(server, "{}"))) {
      JsonNode c = content(w);
      assertEquals("[\"user\"]", c.get(0).get("annotations").get("audience").toString());
      assertEquals(0.9, c.get(0).get("annotations").get("priority").asDouble());
      assertEquals("2025-01-12T15:00:58Z", c.get(1).get("annotations").get("lastModified").asText());
      JsonNode link = c.get(2);
      assertEquals("resource_link", link.get("type").asText());
      assertEquals("Quarterly report", link.get("title").asText());
      assertEquals(2048, link.get("size").asLong());
      assertEquals("https://example.com/pdf.png", link.get("icons").get(0).get("src").asText());
      assertEquals("48x48", link.get("icons").get(0).get("sizes").get(0).asText());
      assertEquals("light", link.get("icons").get(0).get("theme").asText());
      assertEquals("[\"user\",\"assistant\"]", link.get("annotations").get("audience").toString());
      assertEquals("archive", link.get("_meta").get("example.com/origin").asText());
      assertEquals(0.1, c.get(3).get("annotations").get("priority").asDouble());
    }
  }

  @Test
  void olderRevisionsGetOnlyWhatTheirSchemaDefines() {
    JsonNode c = content(Wire.legacy(server, "2025-06-18", "{}"));
    assertEquals("2025-01-12T15:00:58Z", c.get(1).get("annotations").get("lastModified").asText());
    assertFalse(c.get(2).has("icons"), "icons start with 2025-11-25");
    assertEquals("Quarterly report", c.get(2).get("title").asText());

    JsonNode old = content(Wire.legacy(server, "2025-03-26", "{}"));
    assertEquals(0.9, old.get(0).get("annotations").get("priority").asDouble());
    assertFalse(old.get(1).has("annotations"), "lastModified starts with 2025-06-18; nothing else was said");
    assertEquals("text", old.get(2).get("type").asText(), "resource links start with 2025-06-18");
    assertFalse(old.get(2).get("annotations").has("lastModified"));
    assertEquals("[\"user\",\"assistant\"]", old.get(2).get("annotations").get("audience").toString());

    JsonNode oldest = content(Wire.legacy(server, "2024-11-05", "{}"));
    assertEquals("[\"user\"]", oldest.get(0).get("annotations").get("audience").toString());
  }

  @Test
  void badAnnotationsAreRefusedWhenBuilt() {
    assertThrows(IllegalArgumentException.class, () -> Content.Annotations.ofPriority(1.5));
    assertThrows(IllegalArgumentException.class, () -> new Icon("https://x/y.png", null, List.of(), "sepia"));
    assertThrows(IllegalArgumentException.class,
        () -> new Content.ResourceLink("file:///a", "a", null, null).withSize(-1));
    assertTrue(Content.Annotations.forAudience().isEmpty());
  }
}
