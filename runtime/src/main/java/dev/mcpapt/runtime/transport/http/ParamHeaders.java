package dev.mcpapt.runtime.transport.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpError;
import dev.mcpapt.runtime.spi.ToolHandler;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code Mcp-Param-{Name}} headers of 2026-07-28: a tool parameter whose schema has
 * {@code "x-mcp-header": "Name"} is mirrored by the client into that header, and the server checks
 * the header against the argument ({@code HeaderMismatch} when it is missing or differs). The
 * annotated parameters of each tool are found once, by walking {@code properties} of its input
 * schema.
 */
final class ParamHeaders {
  /** One mirrored parameter: its header name and the path of {@code properties} keys to its value. */
  record Param(String header, List<String> path) {}

  private final Map<ToolHandler, List<Param>> byTool = new ConcurrentHashMap<>();

  /** The HeaderMismatch error for this call, or {@code null} if its headers agree with its arguments. */
  McpError check(HttpExchange ex, ToolHandler tool, JsonNode arguments) {
    List<Param> params = byTool.computeIfAbsent(tool, t -> find(t.descriptor().path("inputSchema")));
    for (Param p : params) {
      JsonNode value = arguments;
      for (String key : p.path()) {
        value = value == null || !value.isObject() ? null : value.get(key);
      }
      String header = ex.header("Mcp-Param-" + p.header());
      String where = "Mcp-Param-" + p.header();
      // A recognized header with invalid characters is refused whether or not its argument is there.
      String decoded = header == null ? null : HttpWire.decodeHeaderValue(header);
      if (header != null && decoded == null) {
        return mismatch("Header mismatch: " + where + " header value is not valid");
      }
      if (value == null || value.isNull()) {
        if (header != null) {
          return mismatch("Header mismatch: " + where + " header is sent but argument "
              + String.join(".", p.path()) + " is absent");
        }
        continue; // no value, no header: nothing to compare
      }
      if (header == null) {
        return mismatch("Header mismatch: missing " + where + " header (it must repeat argument "
            + String.join(".", p.path()) + ")");
      }
      if (!matches(decoded, value)) {
        return mismatch("Header mismatch: " + where + " header value '" + HttpWire.clip(decoded)
            + "' does not match body value '" + HttpWire.clip(value.isTextual() ? value.textValue() : value.toString()) + "'");
      }
    }
    return null;
  }

  private static boolean matches(String header, JsonNode value) {
    if (value.isTextual()) {
      return header.equals(value.textValue());
    }
    if (value.isBoolean()) {
      return header.equals(value.booleanValue() ? "true" : "false");
    }
    if (value.isNumber()) {
      try {
        return new BigDecimal(header.trim()).compareTo(value.decimalValue()) == 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return false;
  }

  private static McpError mismatch(String message) {
    return new McpError(McpError.HEADER_MISMATCH, message);
  }

  /** The annotated properties reachable from the schema root through {@code properties} only. */
  static List<Param> find(JsonNode schema) {
    List<Param> out = new ArrayList<>();
    walk(schema, new ArrayList<>(), out);
    return List.copyOf(out);
  }

  private static void walk(JsonNode schema, List<String> path, List<Param> out) {
    JsonNode properties = schema == null ? null : schema.get("properties");
    if (!(properties instanceof ObjectNode)) {
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      List<String> p = new ArrayList<>(path);
      p.add(e.getKey());
      JsonNode name = e.getValue().get("x-mcp-header");
      if (name != null && name.isTextual() && !name.textValue().isEmpty()) {
        out.add(new Param(name.textValue(), List.copyOf(p)));
      }
      walk(e.getValue(), p, out);
    }
  }
}
