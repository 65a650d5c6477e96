package dev.mcpapt.runtime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A JSON-RPC error answered to a request: a code, a one-sentence message and optional data.
 * Method handlers throw it (or complete exceptionally with it); the engine writes it as the error
 * response. Any other exception a handler throws becomes {@link #INTERNAL_ERROR} with a generic
 * message, and its stack trace goes to the log only.
 */
public final class McpError extends Exception {
  private static final long serialVersionUID = 1L;

  public static final int PARSE_ERROR = -32700;
  public static final int INVALID_REQUEST = -32600;
  public static final int METHOD_NOT_FOUND = -32601;
  public static final int INVALID_PARAMS = -32602;
  public static final int INTERNAL_ERROR = -32603;
  /** 2026-07-28: a header disagrees with the body (HTTP). */
  public static final int HEADER_MISMATCH = -32020;
  /** 2026-07-28: the request needs a client capability it did not declare. */
  public static final int MISSING_REQUIRED_CLIENT_CAPABILITY = -32021;
  /** 2026-07-28: the request's protocol version is not served. */
  public static final int UNSUPPORTED_PROTOCOL_VERSION = -32022;
  /** Resource not found, up to 2025-11-25 (2026-07-28 uses {@link #INVALID_PARAMS}). */
  public static final int RESOURCE_NOT_FOUND = -32002;
  /** URLElicitationRequiredError: the request needs URL elicitations completed first (2025-11-25 only). */
  public static final int URL_ELICITATION_REQUIRED = -32042;

  private final int code;
  private final transient JsonNode data;

  public McpError(int code, String message) {
    this(code, message, null);
  }

  public McpError(int code, String message, JsonNode data) {
    super(message, null, false, false);
    this.code = code;
    this.data = data;
  }

  public static McpError invalidParams(String message) {
    return new McpError(INVALID_PARAMS, message);
  }

  public static McpError invalidRequest(String message) {
    return new McpError(INVALID_REQUEST, message);
  }

  public static McpError methodNotFound(String method) {
    return new McpError(METHOD_NOT_FOUND, "Method not found: " + method);
  }

  public int code() {
    return code;
  }

  /** The error's {@code data}, or {@code null}. */
  public JsonNode data() {
    return data;
  }
}
