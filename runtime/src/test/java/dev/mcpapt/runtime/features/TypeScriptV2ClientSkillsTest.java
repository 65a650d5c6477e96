package dev.mcpapt.runtime.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.runtime.engine.ServerEngines;
import dev.mcpapt.runtime.testing.NodeClients;
import dev.mcpapt.runtime.testing.ServerProcess;
import dev.mcpapt.runtime.transport.http.HttpOptions;
import dev.mcpapt.runtime.transport.http.McpHttpServer;
import org.junit.jupiter.api.Test;

/**
 * The official TypeScript v2 client's {@code SkillsClient} ({@code @modelcontextprotocol/client})
 * reads the skills of {@link SkillMethodsTest.Docs} over stdio and Streamable HTTP, verifying every
 * file against its entry (see {@code skills-client-v2.mjs}).
 */
class TypeScriptV2ClientSkillsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Serves the skills over stdio, for the stdio test. */
  public static void main(String[] args) throws Exception {
    McpServer server = server();
    server.serveStdio();
    server.close();
  }

  private static McpServer server() {
    return McpServer.builder().name("docs").version("1").component(new SkillMethodsTest.Docs()).build();
  }

  @Test
  void readsAndVerifiesSkillsOverStdio() throws Exception {
    ObjectNode config = JSON.createObjectNode().put("transport", "stdio").put("command", ServerProcess.javaBinary());
    config.putArray("args").add("-cp").add(ServerProcess.testClassPath())
        .add(TypeScriptV2ClientSkillsTest.class.getName());
    check(NodeClients.run("skills-client-v2.mjs", config, 120));
  }

  @Test
  void readsAndVerifiesSkillsOverHttp() throws Exception {
    McpServer server = server();
    McpHttpServer http = McpHttpServer.start(ServerEngines.of(server), HttpOptions.builder().port(0).build(), null);
    try {
      check(NodeClients.run("skills-client-v2.mjs",
          JSON.createObjectNode().put("transport", "http").put("url", http.uri().toString()), 120));
    } finally {
      http.close();
      server.close();
    }
  }

  private static void check(JsonNode report) {
    assertFalse(report.has("fatal"), report::toString);
    assertTrue(report.path("supported").asBoolean(), report::toString);
    assertTrue(report.path("directoryRead").asBoolean(), report::toString);
    JsonNode s = report.path("steps");
    JsonNode list = s.path("list").path("value");
    assertEquals("[\"skill://acme/billing/refunds/SKILL.md\",\"skill://pdf-processing/SKILL.md\"]",
        list.path("uris").toString(), s::toString);
    assertEquals(0, list.path("invalid").size(), "the client accepts every entry: " + s);
    assertEquals(1, s.path("get").path("value").path("files").asInt(), s::toString);

    JsonNode read = s.path("read");
    assertTrue(read.path("ok").asBoolean(), s::toString);
    assertEquals(4, read.path("value").size(), s::toString);
    for (JsonNode f : read.path("value")) {
      assertTrue(f.path("verified").asBoolean(), "size and digest checked by the client: " + f);
    }
    assertEquals("refunds", read.path("value").get(0).path("name").asText(), "SKILL.md frontmatter matches: " + s);

    JsonNode dir = s.path("readDirectory").path("value");
    assertEquals(1, dir.size(), s::toString);
    assertEquals("skill://acme/billing/refunds/SKILL.md", dir.get(0).path("uri").asText(), s::toString);

    assertFalse(s.path("getUnknown").path("ok").asBoolean(), s::toString);
    assertTrue(s.path("getUnknown").path("message").asText().contains("No skill is served"), s::toString);
  }
}
