package dev.mcpapt.runtime.testing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builders for JSON-RPC messages in tests. */
public final class Wire {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private Wire() {}

  public static ObjectNode request(Object id, String method) {
    ObjectNode r = F.objectNode().put("jsonrpc", "2.0");
    if (id instanceof Number) {
      r.put("id", ((Number) id).longValue());
    } else {
      r.put("id", String.valueOf(id));
    }
    r.put("method", method);
    return r;
  }

  public static ObjectNode notification(String method) {
    return F.objectNode().put("jsonrpc", "2.0").put("method", method);
  }

  /** A 2026-07-28 request: params with the required {@code _meta}. */
  public static ObjectNode modern(Object id, String method) {
    ObjectNode r = request(id, method);
    ObjectNode meta = r.putObject("params").putObject("_meta");
    meta.put("io.modelcontextprotocol/protocolVersion", "2026-07-28");
    meta.putObject("io.modelcontextprotocol/clientCapabilities");
    meta.putObject("io.modelcontextprotocol/clientInfo").put("name", "wire-test").put("version", "1.0");
    return r;
  }

  public static ObjectNode params(ObjectNode request) {
    return request.has("params") ? (ObjectNode) request.get("params") : request.putObject("params");
  }

  public static ObjectNode toolCall(Object id, String tool, ObjectNode arguments) {
    ObjectNode r = request(id, "tools/call");
    ObjectNode p = r.putObject("params").put("name", tool);
    if (arguments != null) {
      p.set("arguments", arguments);
    }
    return r;
  }

  public static ObjectNode modernToolCall(Object id, String tool, ObjectNode arguments) {
    ObjectNode r = modern(id, "tools/call");
    ObjectNode p = params(r).put("name", tool);
    if (arguments != null) {
      p.set("arguments", arguments);
    }
    return r;
  }

  public static ObjectNode object() {
    return F.objectNode();
  }

  /** A JSON-RPC batch of {@code n} pings with ids 1 to n, as one line. */
  public static String pingBatch(int n) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 1; i <= n; i++) {
      b.append(i > 1 ? "," : "").append("{\"jsonrpc\":\"2.0\",\"id\":").append(i).append(",\"method\":\"ping\"}");
    }
    return b.append(']').toString();
  }
}
