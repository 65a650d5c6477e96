package dev.mcpapt.runtime.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.runtime.engine.Engine;
import dev.mcpapt.runtime.engine.Inbound;
import dev.mcpapt.runtime.engine.RequestChannel;
import dev.mcpapt.runtime.engine.ServerEngines;
import dev.mcpapt.runtime.engine.Session;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A client talking to an engine in memory: legacy (a session after {@code initialize}) or modern
 * (stateless, {@code _meta} on every request). Every message the server sends is checked against
 * the revision's schema. Server-to-client requests are answered by {@link #responder}.
 */
final class Wire {
  static final ObjectMapper M = new ObjectMapper();

  final McpServer server;
  final Engine engine;
  final String revision;
  final Session session;
  final ObjectNode capabilities;
  final List<JsonNode> sessionMessages = new CopyOnWriteArrayList<>();
  volatile Function<JsonNode, JsonNode> responder = request -> null;
  /** The {@code initialize} result of a legacy wire. */
  JsonNode initializeResult;
  private final AtomicInteger ids = new AtomicInteger();

  /** The messages of one request: those before the response, and the response. */
  record Exchange(List<JsonNode> messages, JsonNode response) {
    JsonNode result() {
      assertNotNull(response.get("result"), () -> "expected a result, got " + response);
      return response.get("result");
    }

    JsonNode error() {
      assertNotNull(response.get("error"), () -> "expected an error, got " + response);
      return response.get("error");
    }

    List<JsonNode> notifications(String method) {
      return messages.stream().filter(m -> method.equals(m.path("method").asText())).toList();
    }
  }

  private Wire(McpServer server, String revision, ObjectNode capabilities) {
    this.server = server;
    this.engine = ServerEngines.of(server);
    this.revision = revision;
    this.capabilities = capabilities;
    this.session = revision.equals("2026-07-28") ? null : engine.openSession(bytes -> sessionMessages.add(parse(bytes)));
  }

  static McpServer server() {
    return McpServer.builder().name("fixtures").version("1.0").pageSize(2).component(new Fixtures()).build();
  }

  static Wire legacy(McpServer server, String revision, String capabilities) {
    Wire w = new Wire(server, revision, (ObjectNode) parse(capabilities));
    ObjectNode params = M.createObjectNode();
    params.put("protocolVersion", revision);
    params.set("capabilities", w.capabilities);
    params.putObject("clientInfo").put("name", "wire").put("version", "1");
    Exchange init = w.call("initialize", params);
    assertEquals(revision, init.result().path("protocolVersion").asText());
    w.initializeResult = init.result();
    w.engine.dispatch(w.engine.parse("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"), w.session,
        RequestChannel.of(b -> {}));
    return w;
  }

  static Wire modern(McpServer server, String capabilities) {
    return new Wire(server, "2026-07-28", (ObjectNode) parse(capabilities));
  }

  static JsonNode parse(byte[] bytes) {
    try {
      return M.readTree(bytes);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static JsonNode parse(String text) {
    try {
      return M.readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static ObjectNode params(String json) {
    return (ObjectNode) parse(json);
  }

  Exchange call(String method, String params) {
    return call(method, params(params));
  }

  Exchange call(String method, ObjectNode params) {
    return call(method, params, null);
  }

  /** Sends a request ({@code _meta} added on 2026-07-28, {@code extraMeta} merged in) and waits for its response. */
  Exchange call(String method, ObjectNode params, ObjectNode extraMeta) {
    ObjectNode p = params == null ? M.createObjectNode() : params.deepCopy();
    if (session == null) {
      ObjectNode meta = p.has("_meta") ? (ObjectNode) p.get("_meta") : p.putObject("_meta");
      if (!meta.has("io.modelcontextprotocol/protocolVersion")) {
        meta.put("io.modelcontextprotocol/protocolVersion", revision);
      }
      if (!meta.has("io.modelcontextprotocol/clientCapabilities")) {
        meta.set("io.modelcontextprotocol/clientCapabilities", capabilities);
      }
    }
    if (extraMeta != null) {
      ObjectNode meta = p.has("_meta") ? (ObjectNode) p.get("_meta") : p.putObject("_meta");
      meta.setAll(extraMeta);
    }
    ObjectNode request = M.createObjectNode();
    request.put("jsonrpc", "2.0");
    request.put("id", ids.incrementAndGet());
    request.put("method", method);
    request.set("params", p);
    List<JsonNode> messages = Collections.synchronizedList(new ArrayList<>());
    CompletableFuture<JsonNode> response = new CompletableFuture<>();
    engine.dispatch(engine.parse(request.toString()), session, new RequestChannel() {
      @Override
      public void message(byte[] message) {
        JsonNode m = parse(message);
        messages.add(m);
        if (m.has("id") && m.has("method")) {
          CompletableFuture.runAsync(() -> answer(m));
        }
      }

      @Override
      public void response(byte[] bytes) {
        response.complete(parse(bytes));
      }

      @Override
      public void abandoned() {
        response.complete(null);
      }
    });
    JsonNode r;
    try {
      r = response.get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(method + " got no response: " + e, e);
    }
    if (SchemaCheck.available()) {
      SchemaCheck check = SchemaCheck.of(revision);
      for (JsonNode m : List.copyOf(messages)) {
        check.assertValid(m, null);
      }
      if (r != null) {
        check.assertValid(r, method);
      }
    }
    return new Exchange(List.copyOf(messages), r);
  }

  /** Sends a client notification on this wire's session. */
  void notify(String method, String params) {
    engine.dispatch(engine.parse("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + "}"),
        session, RequestChannel.of(b -> {}));
  }

  /** The id the next {@link #call} will use. */
  int nextId() {
    return ids.get() + 1;
  }

  /** Answers a server-to-client request with {@link #responder} (a missing node: no answer). */
  private void answer(JsonNode request) {
    JsonNode result = responder.apply(request);
    if (result != null && result.isMissingNode()) {
      return; // the test answers (or cancels) by itself
    }
    ObjectNode response = M.createObjectNode();
    response.put("jsonrpc", "2.0");
    response.set("id", request.get("id"));
    if (result == null) {
      response.putObject("error").put("code", -32601).put("message", "not supported by this client");
    } else {
      response.set("result", result);
    }
    Inbound in = engine.parse(response.toString());
    engine.dispatch(in, session, RequestChannel.of(b -> {}));
  }
}
