package dev.mcpapt.runtime.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.runtime.testing.NodeClients;
import dev.mcpapt.runtime.testing.ServerProcess;
import dev.mcpapt.runtime.testing.SpecSchemas;
import dev.mcpapt.runtime.transport.http.HttpOptions;
import dev.mcpapt.runtime.transport.http.McpHttpServer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The official TypeScript v2 client ({@code @modelcontextprotocol/client}, see {@code v2-client.mjs})
 * against {@link V2ClientServer} over stdio and Streamable HTTP: version negotiation in each of
 * its modes, MRTR auto-fulfilment, {@code subscriptions/listen} and its response cache fed by the
 * server's caching hints. Every message the server sent each client is checked against the schema
 * of the revision that client negotiated.
 */
class TypeScriptV2ClientTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void overStdio() throws Exception {
    ObjectNode config = JSON.createObjectNode().put("transport", "stdio").put("command", ServerProcess.javaBinary());
    config.putArray("args").add("-cp").add(ServerProcess.testClassPath()).add(V2ClientServer.class.getName());
    check(NodeClients.run("v2-client.mjs", config, 180));
  }

  @Test
  void overStreamableHttp() throws Exception {
    McpServer server = V2ClientServer.server();
    McpHttpServer http = McpHttpServer.start(server.engine(), HttpOptions.builder().port(0).build(), null);
    try {
      check(NodeClients.run("v2-client.mjs",
          JSON.createObjectNode().put("transport", "http").put("url", http.uri().toString()), 180));
    } finally {
      http.close();
      server.close();
    }
  }

  private static void check(JsonNode report) {
    JsonNode clients = report.path("clients");
    negotiation(clients);
    mrtr(clients.path("auto"));
    listen(clients.path("auto"));
    caching(clients.path("auto"));
    for (String name : List.of("default", "auto", "pin2026", "legacy")) {
      List<String> problems = schemaProblems(clients.path(name));
      assertTrue(problems.isEmpty(), name + ": " + String.join("\n", problems));
    }
  }

  private static void negotiation(JsonNode clients) {
    // The client's default mode is 'legacy' (its docs: "The default is 'legacy'"): initialize at 2025-11-25.
    assertEra(clients.path("default"), "legacy", "2025-11-25");
    assertEra(clients.path("legacy"), "legacy", "2025-11-25");
    // 'auto' probes with server/discover and settles on 2026-07-28 against this server.
    assertEra(clients.path("auto"), "modern", "2026-07-28");
    assertEquals("[\"2026-07-28\"]", clients.path("auto").path("discovered").toString());
    assertEra(clients.path("pin2026"), "modern", "2026-07-28");
    for (String name : List.of("default", "auto", "pin2026", "legacy")) {
      JsonNode c = clients.path(name);
      assertEquals("Hello, Ada!", c.path("steps").path("greet").path("value").asText(), name + ": " + c.path("steps"));
      // the 'auto' client also ran the tool that asks for elicitation, sampling and roots at once
      assertEquals(name.equals("auto") ? 2 : 1, c.path("elicited").asInt(), name + " answered through its handler");
    }
    // The client refuses to pin a 2025 revision before sending anything; mode 'legacy' is its 2025 path.
    JsonNode pin2025 = clients.path("pin2025");
    assertTrue(pin2025.path("fatal").asText().contains("not a modern protocol revision"), pin2025.toString());
    assertEquals(0, pin2025.path("wire").size(), pin2025.toString());
  }

  private static void assertEra(JsonNode client, String era, String version) {
    assertFalse(client.has("fatal"), client::toString);
    assertEquals(era, client.path("era").asText(), client.path("steps")::toString);
    assertEquals(version, client.path("version").asText(), client.path("steps")::toString);
  }

  private static void mrtr(JsonNode auto) {
    JsonNode s = auto.path("steps");
    assertEquals("Lin|a haiku|file:///projects/demo", s.path("everything").path("value").asText(),
        "elicitation, sampling and roots answered in one round: " + s);
    // On the wire: the server answered the first greet with input_required (no server-to-client
    // request exists at 2026-07-28) and the client retried on its own with the answer and the state.
    List<JsonNode> calls = new ArrayList<>();
    Map<String, JsonNode> answers = new HashMap<>();
    for (JsonNode w : auto.path("wire")) {
      JsonNode m = w.path("message");
      if (w.path("dir").asText().equals("out") && "greet".equals(m.path("params").path("name").asText())) {
        calls.add(m);
      } else if (w.path("dir").asText().equals("in")) {
        assertFalse(m.has("method") && m.has("id"), "a server request at 2026-07-28: " + m);
        if (m.has("id")) {
          answers.put(m.get("id").toString(), m);
        }
      }
    }
    assertEquals(2, calls.size(), calls::toString);
    JsonNode first = answers.get(calls.get(0).get("id").toString()).path("result");
    assertEquals("input_required", first.path("resultType").asText(), first::toString);
    JsonNode retry = calls.get(1).path("params");
    assertEquals("Ada", retry.path("inputResponses").path("user_name").path("content").path("name").asText(), retry::toString);
    assertEquals(first.path("requestState"), retry.path("requestState"), "the state is echoed byte for byte");
    assertEquals("Hello, Ada!", answers.get(calls.get(1).get("id").toString()).path("result").path("content").get(0)
        .path("text").asText());
  }

  private static void listen(JsonNode auto) {
    JsonNode s = auto.path("steps");
    assertEquals("{\"toolsListChanged\":true,\"resourceSubscriptions\":[\"test://static-text\"]}",
        s.path("listen").path("value").toString(), "the honoured filter: " + s);
    assertEquals("[\"tools\",\"updated test://static-text\"]", auto.path("heard").toString(),
        "the client's notification handlers fired for the changes the tools made: " + s);
    assertEquals("local", s.path("closeListen").path("value").asText(), s::toString);
  }

  private static void caching(JsonNode auto) {
    JsonNode s = auto.path("steps");
    JsonNode list = s.path("listTools").path("value");
    assertEquals(30000, list.path("ttlMs").asInt(), "the server's listTtl: " + s);
    assertEquals("public", list.path("cacheScope").asText(), s::toString);
    assertEquals(1, list.path("listsOnWireAfterSecond").asInt(), "the second listTools came from the cache: " + s);
    assertEquals(1, s.path("listAfterChange").path("value").asInt(), "list_changed evicted the cached list: " + s);
    JsonNode read = s.path("readCounted").path("value");
    assertEquals(45000, read.path("ttlMs").asInt(), "McpContext.cacheResult's ttl: " + s);
    assertEquals("private", read.path("cacheScope").asText(), s::toString);
    assertEquals("[\"read 1\",\"read 1\",\"read 2\"]", read.path("texts").toString(),
        "the second read was served from the cache, the bypassing one by the server: " + s);
    assertEquals(2, read.path("readsOnWire").asInt(), s::toString);
  }

  /** The messages the server sent one client, checked against the revision that client negotiated. */
  private static List<String> schemaProblems(JsonNode client) {
    String revision = client.path("version").asText();
    Map<String, String> methods = new HashMap<>();
    List<String> problems = new ArrayList<>();
    int received = 0;
    for (JsonNode w : client.path("wire")) {
      JsonNode m = w.path("message");
      if (w.path("dir").asText().equals("out")) {
        if (m.has("id") && m.has("method")) {
          methods.put(m.get("id").toString(), m.get("method").asText());
        }
        continue;
      }
      received++;
      String method = m.has("method") ? null : methods.get(m.path("id").toString());
      for (String p : SpecSchemas.validator(revision).validateServerMessage(m, method)) {
        problems.add(p + "\n    in " + m);
      }
    }
    if (received == 0) {
      problems.add("nothing received");
    }
    return problems;
  }
}
