package dev.mcpapt.runtime;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.auth.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
   * Typed access to what the host says about the user and itself ({@code openai/locale},
   * {@code openai/userLocation}, the MCP Apps extension, ...). Hints only: never use them to
   * decide who may do what.
   */
  default dev.mcpapt.runtime.widget.HostHints hints() {
    return dev.mcpapt.runtime.widget.HostHints.of(requestMeta(), clientCapabilities());
  }

  /**
   * The authenticated caller: present when the HTTP server verifies OAuth access tokens and this
   * request carried a valid one; empty when signed out (a tool that allows {@code NOAUTH}), on
   * stdio (credentials come from the environment there), or when authorization is off. Scope
   * user data by {@link Principal#subject()}; never by the {@code openai/*} hints.
   */
  default Optional<Principal> principal() {
    return Optional.empty();
  }

  /**
   * The HTTP request's headers, names in lower case ({@code Authorization} is left out: use
   * {@link Principal#token()}); empty on stdio.
   */
  default Map<String, List<String>> httpHeaders() {
    return Map.of();
  }

  /** The first value of one HTTP request header (any case), if present. */
  default Optional<String> httpHeader(String name) {
    List<String> values = httpHeaders().get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * How long clients may reuse this request's result, and whether across users: the
   * {@code ttlMs} and {@code cacheScope} of a 2026-07-28 result that carries caching hints (a
   * resource read, a list). Without it a result gets the server's defaults, except that a resource
   * read by a signed-in caller is {@link CacheScope#PRIVATE}: it may depend on who asked. Ignored
   * on revisions and results without caching hints.
   */
  default void cacheResult(java.time.Duration ttl, CacheScope scope) {}

  /** Who may reuse a cached result: anyone ({@code "public"}) or the same user only ({@code "private"}). */
  enum CacheScope {
    PUBLIC,
    PRIVATE;

    /** The wire name, e.g. {@code "private"}. */
    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * True once the client has cancelled this request (or, for a tool running as a task, the task);
   * long-running tools should stop early. The thread running the method is interrupted too.
   */
  boolean isCancelled();

  /**
   * The id of the MCP task this call runs as, if it runs as one (see
   * {@code @Tool(task = ...)} and docs/tasks.md).
   */
  default Optional<String> taskId() {
    return Optional.empty();
  }

  /**
   * For a tool declared {@code @Tool(task = ..., taskStartedByMethod = true)}: answers the call
   * with a task handle now, if the client can handle tasks, and goes on running the method in the
   * background. What the method asked before was asked within the call; what it asks after goes
   * through the task. Does nothing when the call already runs as a task, or cannot run as one.
   */
  default void startTask() {}

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

  /**
   * The client's capabilities: from the {@code initialize} handshake up to revision 2025-11-25,
   * from the request's {@code _meta} in 2026-07-28. Empty if unknown; never modified.
   */
  default ObjectNode clientCapabilities() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** Whether the client declared the capability {@code name} ({@code "elicitation"}, {@code "sampling"}, {@code "roots"}). */
  default boolean clientSupports(String name) {
    return clientCapabilities().has(name);
  }

  /**
   * Asking the client for input (elicitation, sampling, roots) during this request. The methods
   * below delegate to it; see {@link ClientInput} for how a method written once is served by
   * every revision.
   *
   * @throws UnsupportedOperationException if this context cannot reach the client
   */
  default ClientInput clientInput() {
    throw new UnsupportedOperationException("this context cannot ask the client for input");
  }

  /** Asks the user to fill in a form or open a URL; the question is numbered in call order. */
  default ElicitResult elicit(ElicitRequest request) {
    return clientInput().elicit(null, request);
  }

  /** Asks the user to fill in a form or open a URL, under a key of the method's choosing. */
  default ElicitResult elicit(String key, ElicitRequest request) {
    return clientInput().elicit(key, request);
  }

  /**
   * The request cannot go on before the user completes these URL elicitations: {@code -32042}
   * in 2025-11-25, input requests in 2026-07-28 (see {@link ClientInput#requireUrlElicitation}).
   */
  default void requireUrlElicitation(ElicitRequest... elicitations) {
    clientInput().requireUrlElicitation(List.of(elicitations));
  }

  /** Asks the client's model to write a message; the question is numbered in call order. */
  default SamplingResult sample(SamplingRequest request) {
    return clientInput().sample(null, request);
  }

  /** Asks the client's model to write a message, under a key of the method's choosing. */
  default SamplingResult sample(String key, SamplingRequest request) {
    return clientInput().sample(key, request);
  }

  /** The client's roots. */
  default List<Root> roots() {
    return clientInput().roots(null);
  }

  /** Asks several questions at once, answered in one round. */
  default InputResponses ask(InputRequests requests) {
    return clientInput().ask(requests);
  }

  /**
   * Tells clients that lists or resources changed ({@code notifications/tools/list_changed},
   * {@code notifications/resources/updated}, ...).
   *
   * @throws UnsupportedOperationException if this context has no server behind it
   */
  default ServerEvents serverEvents() {
    throw new UnsupportedOperationException("this context has no server to notify through");
  }

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
