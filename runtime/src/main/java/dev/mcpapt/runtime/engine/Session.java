package dev.mcpapt.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpContext.LogLevel;
import dev.mcpapt.runtime.McpError;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The state of one connection: the stdio process, or one legacy Streamable HTTP / HTTP+SSE
 * session. Create it with {@link Engine#openSession} and {@link #close()} it when the connection
 * ends.
 *
 * <p>It holds what the legacy {@code initialize} handshake negotiated (revision, client
 * capabilities and info), the log level a client set, the requests in flight (so
 * {@code notifications/cancelled} can find them, and duplicate ids are refused), the
 * server-to-client requests waiting for a response, and the {@link Outbound} channel for messages
 * not tied to a request ({@code notifications/tools/list_changed}, {@code resources/updated}).
 *
 * <p>Modern (2026-07-28) requests are stateless: they use none of the negotiated state, only the
 * bookkeeping of requests in flight.
 */
public final class Session {
  private final Engine engine;
  private final Outbound outbound;
  private final Map<JsonNode, RequestContext> inFlight = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final Map<String, Object> attributes = new ConcurrentHashMap<>();
  private final AtomicLong nextRequestId = new AtomicLong();
  private volatile Revision revision;
  private volatile ObjectNode clientCapabilities;
  private volatile ObjectNode clientInfo;
  private volatile boolean initialized;
  private volatile LogLevel logLevel;
  private volatile boolean closed;

  Session(Engine engine, Outbound outbound) {
    this.engine = engine;
    this.outbound = outbound;
  }

  /** The revision {@code initialize} negotiated, or {@code null} before the handshake. */
  public Revision revision() {
    return revision;
  }

  /** The client's capabilities from {@code initialize}, or {@code null} before the handshake. */
  public ObjectNode clientCapabilities() {
    return clientCapabilities;
  }

  /** The client's {@code clientInfo} from {@code initialize}, or {@code null}. */
  public ObjectNode clientInfo() {
    return clientInfo;
  }

  /** Whether the client sent {@code notifications/initialized}. */
  public boolean isInitialized() {
    return initialized;
  }

  /** The level a client set with {@code logging/setLevel}, or {@code null} (send no log messages). */
  public LogLevel logLevel() {
    return logLevel;
  }

  public void logLevel(LogLevel level) {
    this.logLevel = level;
  }

  /** Per-session values of features (subscriptions, for example), keyed by a name of theirs. */
  public Map<String, Object> attributes() {
    return attributes;
  }

  public boolean isClosed() {
    return closed;
  }

  private volatile String sharedId;

  /**
   * The id under which nodes share this session (see {@link Relay}), or {@code null} for a session
   * of this process only.
   */
  public String sharedId() {
    return sharedId;
  }

  /** Marks the session shared under {@code id}. */
  public void share(String id) {
    this.sharedId = id;
  }

  /**
   * Takes over a session another node negotiated: its revision, client capabilities and info,
   * handshake complete.
   */
  public void restore(Revision revision, ObjectNode capabilities, ObjectNode info) {
    negotiated(revision, capabilities, info);
    initialized = true;
  }

  void negotiated(Revision revision, ObjectNode capabilities, ObjectNode info) {
    this.clientCapabilities = capabilities;
    this.clientInfo = info;
    this.revision = revision;
  }

  void markInitialized() {
    initialized = true;
  }

  /** Sends a notification not tied to a request, through the session's outbound channel. */
  public void notify(String method, ObjectNode params) {
    if (!closed) {
      outbound.send(Messages.notification(method, params));
    }
  }

  /** Sends an encoded message through the session's outbound channel. */
  public void send(byte[] message) {
    if (!closed) {
      outbound.send(message);
    }
  }

  /**
   * Sends a server-to-client request ({@code sampling/createMessage}, {@code elicitation/create},
   * {@code roots/list}) and returns its result. It goes through {@code via} (the channel of the
   * request it serves) when given, else through the session's outbound channel. The future fails
   * with {@link McpError} if the client answers an error, and is cancelled when the session closes.
   */
  public CompletableFuture<JsonNode> request(String method, ObjectNode params, RequestContext via) {
    return request(method, params, via == null ? null : (java.util.function.Consumer<byte[]>) via::send);
  }

  /**
   * Like {@link #request(String, ObjectNode, RequestContext)}, with the message handed to
   * {@code sender} ({@code null}: the session's outbound channel).
   */
  public CompletableFuture<JsonNode> request(String method, ObjectNode params, java.util.function.Consumer<byte[]> sender) {
    String id = "s-" + nextRequestId.incrementAndGet();
    CompletableFuture<JsonNode> result = new CompletableFuture<>();
    pending.put(id, result);
    result.whenComplete((r, e) -> {
      pending.remove(id);
      if (result.isCancelled() && !closed) {
        // Given up (timed out, or the request it serves ended): tell the client so it can stop
        // asking its user or model.
        ObjectNode p = Json.object();
        p.put("requestId", id);
        p.put("reason", "The server no longer waits for this answer");
        byte[] cancelled = Messages.notification("notifications/cancelled", p);
        if (sender != null) {
          sender.accept(cancelled);
        } else {
          outbound.send(cancelled);
        }
      }
    });
    byte[] message = Json.encode(g -> {
      g.writeStartObject();
      g.writeStringField("jsonrpc", "2.0");
      g.writeStringField("id", id);
      g.writeStringField("method", method);
      if (params != null) {
        g.writeFieldName("params");
        g.writeTree(params);
      }
      g.writeEndObject();
    });
    if (closed) {
      result.cancel(false);
    } else if (sender != null) {
      sender.accept(message);
    } else {
      outbound.send(message);
    }
    return result;
  }

  /** Completes the server-to-client request a client response answers; false if none waits for it. */
  boolean complete(Inbound response) {
    JsonNode id = response.id();
    if (id == null || !id.isTextual()) {
      return false;
    }
    CompletableFuture<JsonNode> f = pending.get(id.textValue());
    if (f == null) {
      return false;
    }
    JsonNode body = response.body();
    JsonNode error = body.get("error");
    if (error != null) {
      JsonNode code = error.get("code");
      JsonNode message = error.get("message");
      f.completeExceptionally(new McpError(code != null && code.canConvertToInt() ? code.intValue() : McpError.INTERNAL_ERROR,
          message != null && message.isTextual() ? message.textValue() : "error", error.get("data")));
    } else {
      f.complete(body.get("result"));
    }
    return true;
  }

  boolean track(RequestContext request) {
    return inFlight.putIfAbsent(request.id(), request) == null;
  }

  void untrack(RequestContext request) {
    inFlight.remove(request.id(), request);
  }

  RequestContext inFlight(JsonNode id) {
    return inFlight.get(id);
  }

  /** How many requests are in flight. */
  public int inFlightCount() {
    return inFlight.size();
  }

  /** Ends the session: cancels its requests in flight and its pending server-to-client requests. */
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    engine.sessionClosed(this);
    for (RequestContext r : inFlight.values()) {
      r.cancel("session closed");
    }
    for (CompletableFuture<JsonNode> f : pending.values()) {
      f.cancel(false);
    }
  }

}
