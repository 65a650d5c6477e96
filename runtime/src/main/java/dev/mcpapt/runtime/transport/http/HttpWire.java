package dev.mcpapt.runtime.transport.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.engine.Inbound;
import dev.mcpapt.runtime.McpError;
import dev.mcpapt.runtime.engine.Revision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/** What the HTTP transports read from and write to headers: the pieces that need no connection. */
final class HttpWire {
  static final String H_SESSION = "Mcp-Session-Id";
  static final String H_PROTOCOL = "MCP-Protocol-Version";
  static final String H_METHOD = "Mcp-Method";
  static final String H_NAME = "Mcp-Name";
  static final String H_LAST_EVENT = "Last-Event-ID";

  private static final JsonFactory JSON = new JsonFactory();

  private HttpWire() {}

  /** Checks the 2026-07-28 request headers against the body; the HeaderMismatch error, or null. */
  static McpError checkHeaders(HttpExchange ex, Inbound in) {
    String version = ex.header(H_PROTOCOL);
    String metaVersion = in.metaProtocolVersion();
    if (metaVersion == null) {
      return null; // the engine answers the missing _meta (-32602)
    }
    if (version == null) {
      return mismatch("Header mismatch: missing " + H_PROTOCOL + " header (it must repeat _meta "
          + "io.modelcontextprotocol/protocolVersion '" + clip(metaVersion) + "')");
    }
    if (!version.equals(metaVersion)) {
      return mismatch("Header mismatch: " + H_PROTOCOL + " header value '" + clip(version)
          + "' does not match body value '" + clip(metaVersion) + "'");
    }
    String method = ex.header(H_METHOD);
    if (method == null) {
      return mismatch("Header mismatch: missing " + H_METHOD + " header (it must repeat the method '"
          + clip(in.method()) + "')");
    }
    if (!method.equals(in.method())) {
      return mismatch("Header mismatch: " + H_METHOD + " header value '" + clip(method)
          + "' does not match body value '" + clip(in.method()) + "'");
    }
    String field = switch (in.method()) {
      case "tools/call", "prompts/get" -> "name";
      case "resources/read" -> "uri";
      case "tasks/get", "tasks/update", "tasks/cancel" -> "taskId";
      default -> null;
    };
    if (field == null) {
      return null;
    }
    ObjectNode params = in.params();
    JsonNode value = params == null ? null : params.get(field);
    if (value == null || !value.isTextual()) {
      return null; // the method itself reports the missing parameter
    }
    String name = ex.header(H_NAME);
    if (name == null) {
      return mismatch("Header mismatch: missing " + H_NAME + " header (it must repeat params." + field + " '"
          + clip(value.textValue()) + "')");
    }
    String decoded = decodeHeaderValue(name);
    if (decoded == null) {
      return mismatch("Header mismatch: " + H_NAME + " header value is not valid (malformed =?base64?...?= or"
          + " characters outside visible ASCII)");
    }
    if (!decoded.equals(value.textValue())) {
      return mismatch("Header mismatch: " + H_NAME + " header value '" + clip(decoded)
          + "' does not match body value '" + clip(value.textValue()) + "'");
    }
    return null;
  }

  /** A header value as sent, or decoded from the {@code =?base64?...?=} form; null if invalid. */
  static String decodeHeaderValue(String v) {
    if (v.startsWith("=?base64?") && v.endsWith("?=") && v.length() >= 11) {
      try {
        String encoded = v.substring(9, v.length() - 2);
        byte[] b = Base64.getDecoder().decode(encoded);
        if (!Base64.getEncoder().encodeToString(b).equals(encoded)) {
          return null; // only the canonical, padded encoding: "SGVsbG8" (no padding) is refused
        }
        return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b)).toString();
      } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
        return null;
      }
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if ((c < 0x20 && c != '\t') || c > 0x7e) {
        return null;
      }
    }
    return v;
  }

  private static McpError mismatch(String message) {
    return new McpError(McpError.HEADER_MISMATCH, message);
  }

  /** The HTTP status of a 2026-07-28 answer: 400 or 404 for the errors the transport names, else 200. */
  static int statusOf(byte[] response) {
    Integer code = errorCode(response);
    if (code == null) {
      return 200;
    }
    return switch (code) {
      case McpError.METHOD_NOT_FOUND -> 404;
      case McpError.PARSE_ERROR, McpError.INVALID_REQUEST, McpError.INVALID_PARAMS, McpError.HEADER_MISMATCH,
          McpError.MISSING_REQUIRED_CLIENT_CAPABILITY, McpError.UNSUPPORTED_PROTOCOL_VERSION -> 400;
      default -> 200;
    };
  }

  /** The {@code id} of a JSON-RPC response, or null. */
  static com.fasterxml.jackson.databind.JsonNode idOf(byte[] response) {
    try {
      return dev.mcpapt.runtime.engine.Json.readTree(response).get("id");
    } catch (java.io.IOException e) {
      return null;
    }
  }

  /** The {@code error.code} of a JSON-RPC response, or null for a result; reads no further than needed. */
  static Integer errorCode(byte[] response) {
    try (JsonParser p = JSON.createParser(response)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        if ("result".equals(field)) {
          return null;
        }
        if ("error".equals(field) && t == JsonToken.START_OBJECT) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken v = p.nextToken();
            if ("code".equals(f) && v == JsonToken.VALUE_NUMBER_INT) {
              return p.getIntValue();
            }
            p.skipChildren();
          }
          return null;
        }
        p.skipChildren();
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }

  static boolean isJson(String contentType) {
    if (contentType == null) {
      return true;
    }
    String ct = contentType.toLowerCase(Locale.ROOT);
    int semi = ct.indexOf(';');
    String type = (semi < 0 ? ct : ct.substring(0, semi)).trim();
    return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
  }

  static List<String> legacyVersions() {
    List<String> out = new ArrayList<>();
    for (String v : Revision.SUPPORTED) {
      Revision r = Revision.of(v);
      if (r != null && !r.isModern()) {
        out.add(v);
      }
    }
    return out;
  }

  /** A duration for a message, in seconds: {@code 30 s}, {@code 0.5 s}. */
  static String seconds(java.time.Duration d) {
    long ms = d.toMillis();
    return (ms % 1000 == 0 ? Long.toString(ms / 1000) : java.math.BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString())
        + " s";
  }

  static String clip(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(Math.min(s.length(), 120));
    for (int i = 0; i < s.length() && i < 120; i++) {
      char c = s.charAt(i);
      b.append(c >= 0x20 && c != 0x7f ? c : '?');
    }
    if (s.length() > 120) {
      b.append("...");
    }
    return b.toString();
  }

  /** What an {@code Accept} header allows. No header, or {@code *}/{@code *}, allows both. */
  record Accept(boolean json, boolean sse) {
    static Accept of(String header) {
      if (header == null || header.isBlank()) {
        return new Accept(true, true);
      }
      boolean json = false;
      boolean sse = false;
      for (String part : header.split(",")) {
        String[] params = part.trim().toLowerCase(Locale.ROOT).split(";");
        String type = params[0].trim();
        if (refused(params)) {
          continue;
        }
        switch (type) {
          case "*/*" -> {
            json = true;
            sse = true;
          }
          case "application/*", "application/json" -> json = true;
          case "text/*", "text/event-stream" -> sse = true;
          default -> {
          }
        }
      }
      return new Accept(json, sse);
    }

    /** Whether the media range has {@code q=0} (explicitly not acceptable). */
    private static boolean refused(String[] params) {
      for (int i = 1; i < params.length; i++) {
        String p = params[i].trim();
        if (p.startsWith("q=")) {
          try {
            return Double.parseDouble(p.substring(2).trim()) <= 0;
          } catch (NumberFormatException e) {
            return false;
          }
        }
      }
      return false;
    }
  }
}
