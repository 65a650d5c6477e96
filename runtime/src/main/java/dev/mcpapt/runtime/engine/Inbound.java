package dev.mcpapt.runtime.engine;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpError;
import dev.mcpapt.runtime.json.JsonTrees;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One inbound JSON-RPC message, parsed once and classified. Made by {@link Engine#parse}; a
 * transport inspects it (for example to compare HTTP headers with {@link #method()},
 * {@link #nameParam()} and {@link #metaProtocolVersion()}) and then hands it to
 * {@link Engine#dispatch}.
 */
public final class Inbound {
  /** What the message is. */
  public enum Kind {
    /** A request ({@code method} and {@code id}): it gets a response. */
    REQUEST,
    /** A notification ({@code method}, no {@code id}): it gets no response. */
    NOTIFICATION,
    /** A response to a request the server sent ({@code id} and {@code result} or {@code error}). */
    RESPONSE,
    /** A JSON array of messages (a batch; only revision 2025-03-26 allows them). */
    BATCH,
    /** Not a valid message: {@link #errorResponse()} is the answer to send. */
    INVALID
  }

  static final String META = "_meta";
  static final String META_PROTOCOL_VERSION = "io.modelcontextprotocol/protocolVersion";
  static final String META_CLIENT_CAPABILITIES = "io.modelcontextprotocol/clientCapabilities";
  static final String META_CLIENT_INFO = "io.modelcontextprotocol/clientInfo";
  static final String META_LOG_LEVEL = "io.modelcontextprotocol/logLevel";
  static final String META_SERVER_INFO = "io.modelcontextprotocol/serverInfo";

  private final Kind kind;
  private final JsonNode id;
  private final String method;
  private final ObjectNode params;
  private final JsonNode body;
  private final List<Inbound> batch;
  private final McpError error;

  private Inbound(Kind kind, JsonNode id, String method, ObjectNode params, JsonNode body, List<Inbound> batch,
      McpError error) {
    this.kind = kind;
    this.id = id;
    this.method = method;
    this.params = params;
    this.body = body;
    this.batch = batch;
    this.error = error;
  }

  static Inbound parse(byte[] bytes, int offset, int length, int maxBatchItems) {
    try {
      Inbound fast = parseRequest(bytes, offset, length);
      if (fast != null) {
        return fast;
      }
    } catch (JsonProcessingException e) {
      return invalid(null, new McpError(McpError.PARSE_ERROR, "Parse error: " + ParseErrors.describe(e)));
    } catch (IOException e) {
      return invalid(null, new McpError(McpError.PARSE_ERROR, "Parse error: the message could not be read"));
    }
    return parseTree(bytes, offset, length, maxBatchItems);
  }

  /** Reads the whole message as a tree, then classifies it: what every message but the common ones takes. */
  static Inbound parseTree(byte[] bytes, int offset, int length, int maxBatchItems) {
    JsonNode tree;
    try {
      tree = Json.readTree(bytes, offset, length);
    } catch (JsonProcessingException e) {
      return invalid(null, new McpError(McpError.PARSE_ERROR, "Parse error: " + ParseErrors.describe(e)));
    } catch (IOException e) {
      return invalid(null, new McpError(McpError.PARSE_ERROR, "Parse error: the message could not be read"));
    }
    if (tree == null || tree.isMissingNode()) {
      return invalid(null, new McpError(McpError.PARSE_ERROR, "Parse error: empty message"));
    }
    if (tree.isArray() && tree.size() > maxBatchItems) {
      // Refused before any item is looked at: one small error instead of one answer per item.
      return invalid(null, McpError.invalidRequest("Invalid request: a batch may hold at most " + maxBatchItems
          + " messages, this one holds " + tree.size()));
    }
    return classify(tree, true);
  }

  /**
   * The common case read straight from the tokens: a well-formed request or notification, whose
   * envelope becomes no tree (only {@code params} does). Returns {@code null} for anything else
   * (a response, a batch, an envelope with a problem), which {@link #classify} then reads from
   * the whole tree, so every error is described one way.
   */
  private static Inbound parseRequest(byte[] bytes, int offset, int length) throws IOException {
    try (JsonParser p = Json.FACTORY.createParser(bytes, offset, length)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      boolean version = false;
      JsonNode id = null;
      String method = null;
      ObjectNode params = null;
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "jsonrpc":
            if (t != JsonToken.VALUE_STRING || !isVersion(p)) {
              return null;
            }
            version = true;
            break;
          case "id":
            if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT) {
              return null;
            }
            id = JsonTrees.readValue(p);
            break;
          case "method":
            if (t != JsonToken.VALUE_STRING) {
              return null;
            }
            method = p.getText();
            break;
          case "params":
            if (t == JsonToken.START_OBJECT) {
              params = (ObjectNode) JsonTrees.readValue(p);
            } else if (t == JsonToken.VALUE_NULL) {
              params = null;
            } else {
              return null;
            }
            break;
          case "result":
          case "error":
            return null;
          default:
            p.skipChildren(); // members JSON-RPC does not define are ignored
        }
      }
      if (p.nextToken() != null || !version || method == null) {
        return null;
      }
      return new Inbound(id == null ? Kind.NOTIFICATION : Kind.REQUEST, id, method, params, null, null, null);
    }
  }

  /** Whether the current string token is {@code "2.0"}, read without making a string. */
  private static boolean isVersion(JsonParser p) throws IOException {
    if (p.getTextLength() != 3) {
      return false;
    }
    char[] c = p.getTextCharacters();
    int at = p.getTextOffset();
    return c[at] == '2' && c[at + 1] == '.' && c[at + 2] == '0';
  }

  private static Inbound classify(JsonNode tree, boolean top) {
    if (tree.isArray()) {
      if (!top) {
        return invalid(null, McpError.invalidRequest("Invalid request: a batch may not contain a batch"));
      }
      if (tree.isEmpty()) {
        return invalid(null, McpError.invalidRequest("Invalid request: empty batch"));
      }
      List<Inbound> items = new ArrayList<>(tree.size());
      for (JsonNode item : tree) {
        items.add(classify(item, false));
      }
      return new Inbound(Kind.BATCH, null, null, null, tree, Collections.unmodifiableList(items), null);
    }
    if (!tree.isObject()) {
      return invalid(null, McpError.invalidRequest("Invalid request: expected a JSON object, got " + typeOf(tree)));
    }
    JsonNode idNode = tree.get("id");
    JsonNode id = null;
    String idProblem = null;
    if (idNode != null) {
      if (idNode.isTextual() || idNode.isIntegralNumber()) {
        id = idNode;
      } else {
        idProblem = "\"id\" must be a string or an integer, got " + typeOf(idNode);
      }
    }
    JsonNode version = tree.get("jsonrpc");
    if (version == null || !"2.0".equals(version.textValue())) {
      return invalid(id, McpError.invalidRequest("Invalid request: \"jsonrpc\" must be \"2.0\""));
    }
    if (idProblem != null) {
      return invalid(null, McpError.invalidRequest("Invalid request: " + idProblem));
    }
    JsonNode methodNode = tree.get("method");
    if (methodNode != null) {
      if (!methodNode.isTextual()) {
        return invalid(id, McpError.invalidRequest("Invalid request: \"method\" must be a string, got " + typeOf(methodNode)));
      }
      if (tree.has("result") || tree.has("error")) {
        return invalid(id, McpError.invalidRequest("Invalid request: a message cannot have both \"method\" and \"result\"/\"error\""));
      }
      String method = methodNode.textValue();
      JsonNode p = tree.get("params");
      ObjectNode params = null;
      if (p != null && !p.isNull()) {
        if (!p.isObject()) {
          if (id == null) {
            return invalid(null, McpError.invalidRequest("Invalid request: \"params\" must be an object, got " + typeOf(p)));
          }
          return invalid(id, McpError.invalidParams("Invalid params: \"params\" must be an object, got " + typeOf(p)));
        }
        params = (ObjectNode) p;
      }
      return new Inbound(id == null ? Kind.NOTIFICATION : Kind.REQUEST, id, method, params, tree, null, null);
    }
    boolean hasResult = tree.has("result");
    boolean hasError = tree.has("error");
    if (hasResult || hasError) {
      if (hasResult && hasError) {
        return invalid(null, McpError.invalidRequest("Invalid request: a response cannot have both \"result\" and \"error\""));
      }
      if (id == null) {
        if (hasError) {
          // An error response for a message we could not identify: nothing to correlate or answer.
          return new Inbound(Kind.RESPONSE, null, null, null, tree, null, null);
        }
        return invalid(null, McpError.invalidRequest("Invalid request: a response needs an \"id\""));
      }
      return new Inbound(Kind.RESPONSE, id, null, null, tree, null, null);
    }
    return invalid(id, McpError.invalidRequest("Invalid request: missing \"method\""));
  }

  static Inbound invalid(JsonNode id, McpError error) {
    return new Inbound(Kind.INVALID, id, null, null, null, null, error);
  }

  static String typeOf(JsonNode n) {
    switch (n.getNodeType()) {
      case ARRAY: return "an array";
      case OBJECT: return "an object";
      case STRING: return "a string";
      case NUMBER: return "a number";
      case BOOLEAN: return "a boolean";
      case NULL: return "null";
      default: return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Kind kind() {
    return kind;
  }

  /** The request or response id (a string or integer node), or {@code null}. */
  public JsonNode id() {
    return id;
  }

  /** The method of a request or notification, or {@code null}. */
  public String method() {
    return method;
  }

  /** The params object, or {@code null} if absent. */
  public ObjectNode params() {
    return params;
  }

  /**
   * The whole message as parsed: always for a {@link Kind#RESPONSE}, a {@link Kind#BATCH} and a
   * message that needed a closer look; {@code null} for a request or notification read straight
   * from the tokens (its parts are {@link #id()}, {@link #method()} and {@link #params()}).
   */
  public JsonNode body() {
    return body;
  }

  /** The messages of a {@link Kind#BATCH}, or {@code null}. */
  public List<Inbound> batch() {
    return batch;
  }

  /** For {@link Kind#INVALID}: the error to answer. */
  public McpError error() {
    return error;
  }

  /** {@code params._meta}, or {@code null}. */
  public ObjectNode meta() {
    if (params == null) {
      return null;
    }
    JsonNode m = params.get(META);
    return m instanceof ObjectNode ? (ObjectNode) m : null;
  }

  /**
   * The protocol version a modern request names in
   * {@code _meta["io.modelcontextprotocol/protocolVersion"]}, or {@code null} if it names none
   * (a legacy request; its revision is the session's).
   */
  public String metaProtocolVersion() {
    ObjectNode m = meta();
    if (m == null) {
      return null;
    }
    JsonNode v = m.get(META_PROTOCOL_VERSION);
    return v == null ? null : v.isTextual() ? v.textValue() : v.toString();
  }

  /**
   * What HTTP's {@code Mcp-Name} header mirrors: {@code params.name} ({@code tools/call},
   * {@code prompts/get}) or {@code params.uri} ({@code resources/read}), or {@code null}.
   */
  public String nameParam() {
    if (params == null) {
      return null;
    }
    JsonNode n = params.get("name");
    if (n == null) {
      n = params.get("uri");
    }
    return n != null && n.isTextual() ? n.textValue() : null;
  }

  /** For {@link Kind#INVALID}: the encoded error response. */
  public byte[] errorResponse() {
    return error == null ? null : Messages.error(id, error);
  }

  /** A compact description for logs. */
  @Override
  public String toString() {
    return kind + (method != null ? " " + method : "") + (id != null ? " id=" + id : "");
  }

}
