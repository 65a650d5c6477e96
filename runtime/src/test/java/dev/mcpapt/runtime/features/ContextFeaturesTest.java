package dev.mcpapt.runtime.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.runtime.engine.Engine;
import dev.mcpapt.runtime.engine.RequestChannel;
import dev.mcpapt.runtime.engine.ServerEngines;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Logging, progress, list changes and subscriptions/listen. */
class ContextFeaturesTest {
  private final McpServer server = Wire.server();

  @Test
  void legacyLoggingFollowsSetLevel() {
    Wire w = Wire.legacy(server, "2025-11-25", "{}");
    assertEquals(0, w.call("tools/call", "{\"name\":\"logs\",\"arguments\":{}}").notifications("notifications/message").size(),
        "no messages before the client sets a level");
    assertEquals(0, w.call("logging/setLevel", "{\"level\":\"info\"}").result().size());
    List<JsonNode> logs = w.call("tools/call", "{\"name\":\"logs\",\"arguments\":{}}").notifications("notifications/message");
    assertEquals(List.of("info", "error"), logs.stream().map(l -> l.get("params").get("level").asText()).toList());
    assertEquals(-32602, w.call("logging/setLevel", "{\"level\":\"loud\"}").error().get("code").asInt());
  }

  @Test
  void modernLoggingFollowsTheRequestsLogLevel() {
    Wire w = Wire.modern(server, "{}");
    assertEquals(0, w.call("tools/call", "{\"name\":\"logs\",\"arguments\":{}}").notifications("notifications/message").size());
    ObjectNode meta = Wire.params("{\"io.modelcontextprotocol/logLevel\":\"debug\"}");
    assertEquals(3, w.call("tools/call", Wire.params("{\"name\":\"logs\",\"arguments\":{}}"), meta)
        .notifications("notifications/message").size());
    assertEquals(-32601, w.call("logging/setLevel", "{\"level\":\"info\"}").error().get("code").asInt());
    ObjectNode loud = Wire.params("{\"io.modelcontextprotocol/logLevel\":\"loud\"}");
    assertEquals(-32602, w.call("tools/call", Wire.params("{\"name\":\"logs\",\"arguments\":{}}"), loud)
        .error().get("code").asInt());
  }

  @Test
  void progressGoesToTheRequestsTokenAndOnlyIncreases() {
    for (Wire w : List.of(Wire.legacy(server, "2025-11-25", "{}"), Wire.modern(server, "{}"))) {
      ObjectNode meta = Wire.params("{\"progressToken\":\"p-1\"}");
      List<JsonNode> progress = w.call("tools/call", Wire.params("{\"name\":\"progress\",\"arguments\":{}}"), meta)
          .notifications("notifications/progress");
      assertEquals(List.of(0.0, 50.0, 100.0), progress.stream().map(p -> p.get("params").get("progress").asDouble()).toList());
      assertTrue(progress.stream().allMatch(p -> p.get("params").get("progressToken").asText().equals("p-1")));
      assertEquals(0, w.call("tools/call", "{\"name\":\"progress\",\"arguments\":{}}").notifications("notifications/progress").size());
    }
  }

  @Test
  void legacySessionsHearListChanges() {
    Wire w = Wire.legacy(server, "2025-11-25", "{}");
    w.call("tools/call", "{\"name\":\"change_tools\",\"arguments\":{}}");
    server.events().promptsChanged();
    server.events().resourcesChanged();
    assertEquals(List.of("notifications/tools/list_changed", "notifications/prompts/list_changed",
        "notifications/resources/list_changed"), w.sessionMessages.stream().map(m -> m.get("method").asText()).toList());
  }

  /** An open subscriptions/listen request: the messages on its stream. */
  private static final class Listen {
    final List<JsonNode> frames = new CopyOnWriteArrayList<>();
    final CompletableFuture<JsonNode> response = new CompletableFuture<>();
    final CompletableFuture<Void> acknowledged = new CompletableFuture<>();

    Listen(Engine engine, int id, String filter) {
      String request = "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"subscriptions/listen\",\"params\":{\"_meta\":{"
          + "\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\",\"io.modelcontextprotocol/clientCapabilities\":{}},"
          + "\"notifications\":" + filter + "}}";
      engine.dispatch(engine.parse(request), null, new RequestChannel() {
        @Override
        public void message(byte[] message) {
          JsonNode m = Wire.parse(message);
          SchemaCheck.of("2026-07-28").assertValid(m, null);
          frames.add(m);
          acknowledged.complete(null);
        }

        @Override
        public void response(byte[] r) {
          response.complete(Wire.parse(r));
        }
      });
    }

    List<String> methods() {
      return frames.stream().map(f -> f.get("method").asText()).toList();
    }
  }

  @Test
  void listenStreamsAreAcknowledgedTaggedAndFiltered() throws Exception {
    Listen tools = new Listen(ServerEngines.of(server), 41, "{\"toolsListChanged\":true,\"resourceSubscriptions\":[\"test://static-text\"]}");
    Listen prompts = new Listen(ServerEngines.of(server), 42, "{\"promptsListChanged\":true}");
    tools.acknowledged.get(5, TimeUnit.SECONDS);
    prompts.acknowledged.get(5, TimeUnit.SECONDS);
    JsonNode ack = tools.frames.get(0);
    assertEquals("notifications/subscriptions/acknowledged", ack.get("method").asText());
    assertEquals(41, ack.get("params").get("_meta").get("io.modelcontextprotocol/subscriptionId").asInt());
    assertTrue(ack.get("params").get("notifications").get("toolsListChanged").asBoolean());

    Wire.modern(server, "{}").call("tools/call", "{\"name\":\"change_tools\",\"arguments\":{}}");
    server.events().promptsChanged();
    server.events().resourceUpdated("test://static-text");
    server.events().resourceUpdated("test://other");

    assertEquals(List.of("notifications/subscriptions/acknowledged", "notifications/tools/list_changed",
        "notifications/resources/updated"), tools.methods());
    assertEquals(List.of("notifications/subscriptions/acknowledged", "notifications/prompts/list_changed"), prompts.methods());
    for (JsonNode f : tools.frames) {
      assertEquals(41, f.get("params").get("_meta").get("io.modelcontextprotocol/subscriptionId").asInt(), f.toString());
    }
    assertEquals(2, ((ServerFeatures) server.events()).openSubscriptions());

    server.close();
    JsonNode end = tools.response.get(5, TimeUnit.SECONDS);
    assertEquals(41, end.get("result").get("_meta").get("io.modelcontextprotocol/subscriptionId").asInt());
    SchemaCheck.of("2026-07-28").assertValid(end, "subscriptions/listen");
  }

  @Test
  void aServerAnnouncesOnlyWhatItHas() throws Exception {
    dev.mcpapt.runtime.spi.McpComponent toolsOnly = new dev.mcpapt.runtime.spi.McpComponent() {
      @Override
      public Class<?> type() {
        return String.class;
      }

      @Override
      public List<dev.mcpapt.runtime.spi.ToolHandler> tools() {
        return new Fixtures().tools();
      }
    };
    dev.mcpapt.runtime.McpServer bare = dev.mcpapt.runtime.McpServer.builder().name("bare").version("1").component(toolsOnly).build();
    try {
      CompletableFuture<JsonNode> init = new CompletableFuture<>();
      ServerEngines.of(bare).dispatch(ServerEngines.of(bare).parse("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
          + "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}"),
          ServerEngines.of(bare).openSession(m -> {}), new RequestChannel() {
            @Override
            public void message(byte[] message) {}

            @Override
            public void response(byte[] r) {
              init.complete(Wire.parse(r));
            }
          });
      JsonNode legacy = init.get(5, TimeUnit.SECONDS).path("result").get("capabilities");
      SchemaCheck.of("2025-11-25").assertValid(init.get(), "initialize");
      JsonNode modern = Wire.modern(bare, "{}").call("server/discover", "{}").result().get("capabilities");
      for (JsonNode caps : List.of(legacy, modern)) {
        assertTrue(caps.has("tools"), caps.toString());
        assertTrue(caps.has("logging"), "any method may log: " + caps);
        for (String absent : List.of("resources", "prompts", "completions")) {
          assertTrue(!caps.has(absent), absent + " is announced without any: " + caps);
        }
      }
      // the full fixture server announces them
      JsonNode full = Wire.modern(server, "{}").call("server/discover", "{}").result().get("capabilities");
      assertTrue(full.has("resources") && full.has("prompts") && full.has("completions"), full.toString());

      // and a listen stream is acknowledged only for what the server can send
      Listen listen = new Listen(ServerEngines.of(bare), 51,
          "{\"toolsListChanged\":true,\"promptsListChanged\":true,\"resourcesListChanged\":true,\"resourceSubscriptions\":[\"x://y\"]}");
      listen.acknowledged.get(5, TimeUnit.SECONDS);
      assertEquals("{\"toolsListChanged\":true}", listen.frames.get(0).get("params").get("notifications").toString());
    } finally {
      bare.close();
    }
  }

  @Test
  void listenNeedsAFilter() {
    assertEquals(-32602, Wire.modern(server, "{}").call("subscriptions/listen", "{}").error().get("code").asInt());
    assertEquals(-32601, Wire.legacy(server, "2025-11-25", "{}").call("subscriptions/listen",
        "{\"notifications\":{}}").error().get("code").asInt());
  }
}
