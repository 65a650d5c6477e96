package dev.mcpapt.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a tool method may use of the request it serves. Declare a parameter of this type (it is
 * not part of the tool's input schema) and the runtime passes the context of the current call.
 *
 * <p>Everything here is per request and safe to use from the thread that runs the method.
 */
public interface McpContext {
  /** The protocol revision this request is served under, e.g. {@code "2025-11-25"}. */
  String protocolVersion();

  /** The request's {@code _meta} object as the client sent it (empty if none); never modified. */
  ObjectNode requestMeta();

  /**
   * The capabilities the client declared in {@code initialize} (empty if unknown, for example
   * under the stateless revision before the client has sent them); never modified.
   */
  default ObjectNode clientCapabilities() {
    return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
  }

  /**
   * Typed access to what the host says about the user and itself ({@code openai/locale},
   * {@code openai/userLocation}, the MCP Apps extension, ...). Hints only: never use them to
   * decide who may do what.
   */
  default dev.mcpapt.runtime.widget.HostHints hints() {
    return dev.mcpapt.runtime.widget.HostHints.of(this);
  }

  /** True once the client has cancelled this request; long-running tools should stop early. */
  boolean isCancelled();

  /**
   * Reports progress, if the client asked for it with a progress token; otherwise does nothing.
   *
   * @param progress work done so far; must increase with each call
   * @param total the total amount of work, or {@code null} if unknown
   * @param message a short human-readable status, or {@code null}
   */
  void progress(double progress, Double total, String message);

  /**
   * Sends a log message to the client, if it asked for messages of this level or above;
   * otherwise does nothing.
   */
  void log(LogLevel level, String message);

  /** Log levels of MCP ({@code notifications/message}), from the syslog severities. */
  enum LogLevel {
    DEBUG,
    INFO,
    NOTICE,
    WARNING,
    ERROR,
    CRITICAL,
    ALERT,
    EMERGENCY;

    /** The wire name, e.g. {@code "warning"}. */
    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
