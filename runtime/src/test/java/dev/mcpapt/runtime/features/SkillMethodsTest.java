package dev.mcpapt.runtime.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.runtime.spi.McpComponent;
import dev.mcpapt.runtime.spi.ToolHandler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The skills extension over the wire (every message checked against the schema): a component
 * whose class has a skills index ({@code META-INF/mcp/<class>.skills.json}, as the processor
 * writes it) serves {@code skills/list}, {@code skills/get}, {@code resources/directory/read} and
 * its files as {@code skill://} resources.
 */
class SkillMethodsTest {
  /** A component with skills and nothing else. */
  static final class Docs implements McpComponent {
    @Override
    public Class<?> type() {
      return Docs.class;
    }

    @Override
    public List<ToolHandler> tools() {
      return List.of();
    }
  }

  private static McpServer server(int pageSize) {
    return McpServer.builder().name("docs").version("1").pageSize(pageSize).component(new Docs()).build();
  }

  @Test
  void advertisesTheExtensionWithDirectoryReadAndResources() {
    JsonNode caps = Wire.modern(server(50), "{}").call("server/discover", "{}").result().get("capabilities");
    assertEquals(true, caps.path("extensions").path("io.modelcontextprotocol/skills").path("directoryRead").asBoolean());
    assertTrue(caps.has("resources"), caps.toString());

    JsonNode none = Wire.modern(Wire.server(), "{}").call("server/discover", "{}").result().get("capabilities");
    assertFalse(none.path("extensions").has("io.modelcontextprotocol/skills"), "no skills, no extension: " + none);
  }

  @Test
  void listsEverySkillWithItsManifestAcrossPages() throws Exception {
    Wire w = Wire.modern(server(1), "{}");
    List<JsonNode> skills = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode r = w.call("skills/list", cursor == null ? "{}" : "{\"cursor\":\"" + cursor + "\"}").result();
      assertTrue(r.has("ttlMs") && r.has("cacheScope"), r.toString());
      r.get("skills").forEach(skills::add);
      cursor = r.has("nextCursor") ? r.get("nextCursor").asText() : null;
    } while (cursor != null);
    assertEquals(2, skills.size());
    assertEquals("skill://acme/billing/refunds/SKILL.md", skills.get(0).get("uri").asText());
    assertEquals("Apache-2.0", skills.get(0).path("frontmatter").path("license").asText());
    JsonNode pdf = skills.get(1);
    assertEquals("skill://pdf-processing/SKILL.md", pdf.get("uri").asText());
    assertEquals("pdf-processing", pdf.path("frontmatter").path("name").asText());
    JsonNode files = pdf.get("resources");
    assertEquals(3, files.size());
    // the spec's own example file: its size and digest as the spec prints them
    assertEquals("skill://pdf-processing/SKILL.md", files.get(0).get("uri").asText());
    assertEquals(151, files.get(0).get("size").asInt());
    assertEquals("sha256:99b737495721155ece826d57521e2d66141ebdc1344a400487481ea2642ab19e",
        files.get(0).get("digest").asText());

    // every listed file reads back with exactly the bytes the manifest describes
    for (JsonNode f : files) {
      JsonNode c = w.call("resources/read", "{\"uri\":\"" + f.get("uri").asText() + "\"}").result().get("contents").get(0);
      byte[] bytes = c.has("text") ? c.get("text").asText().getBytes(StandardCharsets.UTF_8)
          : Base64.getDecoder().decode(c.get("blob").asText());
      assertEquals(f.get("size").asInt(), bytes.length, f.toString());
      assertEquals(f.get("digest").asText(),
          "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    }
    assertEquals(-32602, w.call("skills/list", "{\"cursor\":\"nope\"}").error().get("code").asInt());
  }

  @Test
  void getsOneSkillAndRejectsWhatIsNotASkill() {
    Wire w = Wire.modern(server(50), "{}");
    JsonNode r = w.call("skills/get", "{\"uri\":\"skill://acme/billing/refunds/SKILL.md\"}").result();
    assertEquals("refunds", r.path("skill").path("frontmatter").path("name").asText());
    assertTrue(r.has("ttlMs") && r.has("cacheScope") && !r.has("nextCursor"), r.toString());
    for (String bad : new String[] {"skill://nope/SKILL.md", "skill://pdf-processing/templates/invoice.md"}) {
      JsonNode e = w.call("skills/get", "{\"uri\":\"" + bad + "\"}").error();
      assertEquals(-32602, e.get("code").asInt(), bad);
      assertEquals(bad, e.path("data").path("uri").asText());
    }
    assertEquals(-32602, w.call("skills/get", "{}").error().get("code").asInt());
  }

  @Test
  void skillMdIsAListedMarkdownResourceNamedByItsFrontmatter() {
    Wire w = Wire.modern(server(50), "{}");
    JsonNode skillMd = null;
    for (JsonNode r : w.call("resources/list", "{}").result().get("resources")) {
      if (r.get("uri").asText().equals("skill://pdf-processing/SKILL.md")) {
        skillMd = r;
      }
    }
    assertEquals("pdf-processing", skillMd.get("name").asText());
    assertEquals("Extract, fill, and assemble PDF documents", skillMd.get("description").asText());
    assertEquals("text/markdown", skillMd.get("mimeType").asText());
    JsonNode c = w.call("resources/read", "{\"uri\":\"skill://pdf-processing/SKILL.md\"}").result().get("contents").get(0);
    assertTrue(c.get("text").asText().startsWith("---\nname: pdf-processing\n"), c.toString());
    assertEquals("image/png",
        w.call("resources/read", "{\"uri\":\"skill://pdf-processing/templates/logo.png\"}").result()
            .get("contents").get(0).get("mimeType").asText());
  }

  @Test
  void readsDirectoriesOneLevelAtATime() {
    Wire w = Wire.modern(server(50), "{}");
    JsonNode root = w.call("resources/directory/read", "{\"uri\":\"skill://pdf-processing\"}").result().get("resources");
    assertEquals(2, root.size(), root.toString());
    assertEquals("skill://pdf-processing/SKILL.md", root.get(0).get("uri").asText());
    assertEquals("skill://pdf-processing/templates", root.get(1).get("uri").asText());
    assertEquals("inode/directory", root.get(1).get("mimeType").asText());
    assertEquals("templates", root.get(1).get("name").asText());
    assertTrue(w.call("resources/directory/read", "{\"uri\":\"skill://pdf-processing\"}").result().has("ttlMs"),
        "cache hints, which the official TypeScript client requires");

    JsonNode templates = w.call("resources/directory/read", "{\"uri\":\"skill://pdf-processing/templates\"}").result()
        .get("resources");
    assertEquals(List.of("skill://pdf-processing/templates/invoice.md", "skill://pdf-processing/templates/logo.png"),
        List.of(templates.get(0).get("uri").asText(), templates.get(1).get("uri").asText()));

    // the organizational prefix is a directory too
    JsonNode acme = w.call("resources/directory/read", "{\"uri\":\"skill://acme\"}").result().get("resources");
    assertEquals("skill://acme/billing", acme.get(0).get("uri").asText());

    for (String bad : new String[] {"skill://pdf-processing/SKILL.md", "skill://nope", "skill://pdf-processing/",
        "skill://pdf-proc"}) {
      assertEquals(-32602, w.call("resources/directory/read", "{\"uri\":\"" + bad + "\"}").error().get("code").asInt(), bad);
    }
  }

  @Test
  void pagesADirectoryWithACursorThatRoundTrips() {
    Wire w = Wire.modern(server(1), "{}");
    JsonNode first = w.call("resources/directory/read", "{\"uri\":\"skill://pdf-processing\"}").result();
    assertEquals(1, first.get("resources").size());
    JsonNode second = w.call("resources/directory/read",
        "{\"uri\":\"skill://pdf-processing\",\"cursor\":\"" + first.get("nextCursor").asText() + "\"}").result();
    assertEquals("skill://pdf-processing/templates", second.get("resources").get(0).get("uri").asText());
    assertFalse(second.has("nextCursor"));
  }

  @Test
  void theSkillsMethodsAreModernOnly() {
    Wire w = Wire.legacy(server(50), "2025-11-25", "{}");
    assertEquals(-32601, w.call("skills/list", "{}").error().get("code").asInt());
    // the files stay ordinary resources there
    assertTrue(w.call("resources/read", "{\"uri\":\"skill://pdf-processing/SKILL.md\"}").result().has("contents"));
  }
}
