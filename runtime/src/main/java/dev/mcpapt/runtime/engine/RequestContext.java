package dev.mcpapt.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.ClientInput;
import dev.mcpapt.runtime.McpContext;
import dev.mcpapt.runtime.ServerEvents;
import dev.mcpapt.runtime.auth.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request being served: what it asked, under which revision, for which client, and the
 * channel its messages go to. It is the {@link McpContext} a tool method receives.
 *
 * <p>Thread-safe. {@link #send} and the notifications it makes stop as soon as the request is
 * answered or cancelled, so nothing for a request ever follows its response.
 */
public final class RequestContext implements McpContext {
  private static final ObjectNode EMPTY = JsonNodeFactory.instance.objectNode();

  private final Engine engine;
  private final Session session;
  private final Revision revision;
  private final JsonNode id;
  private final String method;
  private final ObjectNode params;
  private final ObjectNode meta;
  private final RequestChannel channel;
  private final Object lock = new Object();
  private volatile boolean cancelled;
  private volatile ClientInput clientInput;
  private boolean finished;
  private Thread worker;
  /** Whether the request runs on the transport's reading thread (it must not wait for the client). */
  volatile boolean runsInline;
  private volatile RequestObserver.Observation observation = RequestObserver.Observation.NONE;
  /** Opened by {@link #enter}, closed by {@link #exit}, on the worker's thread. */
  private RequestObserver.Scope scope = RequestObserver.Scope.NONE;
  private double lastProgress = Double.NEGATIVE_INFINITY;

  RequestContext(Engine engine, Session session, Revision revision, Inbound request, RequestChannel channel) {
    this.engine = engine;
    this.session = session;
    this.revision = revision;
    this.id = request.id();
    this.method = request.method();
    this.params = request.params() == null ? EMPTY : request.params();
    ObjectNode m = request.meta();
    this.meta = m == null ? EMPTY : m;
    this.channel = channel;
  }

  /** The revision this request is served under. */
  public Revision revision() {
    return revision;
  }

  @Override
  public String protocolVersion() {
    return revision.wireName();
  }

  @Override
  public ObjectNode requestMeta() {
    return meta;
  }

  /** The request id. */
  public JsonNode id() {
    return id;
  }

  public String method() {
    return method;
  }

  /** The request params (empty if none). Shared: do not modify. */
  public ObjectNode params() {
    return params;
  }

  /** The connection state, or {@code null} for a stateless request with none. */
  public Session session() {
    return session;
  }

  public Engine engine() {
    return engine;
  }

  /**
   * The client's capabilities: from {@code _meta} on modern revisions, from the handshake on
   * legacy ones (empty if unknown).
   */
  @Override
  public ObjectNode clientCapabilities() {
    if (revision.isModern()) {
      JsonNode c = meta.get(Inbound.META_CLIENT_CAPABILITIES);
      return c instanceof ObjectNode ? (ObjectNode) c : EMPTY;
    }
    ObjectNode c = session == null ? null : session.clientCapabilities();
    return c == null ? EMPTY : c;
  }

  /**
   * Sets what {@link #clientInput()} returns for this request (installed by the server features
   * before a tool, prompt or resource read runs).
   */
  public void clientInput(ClientInput input) {
    this.clientInput = input;
  }

  @Override
  public ClientInput clientInput() {
    ClientInput c = clientInput;
    return c != null ? c : McpContext.super.clientInput();
  }

  @Override
  public ServerEvents serverEvents() {
    ServerEvents e = engine.serverEvents();
    return e != null ? e : McpContext.super.serverEvents();
  }

  /** The client's {@code clientInfo} ({@code _meta} or handshake), or {@code null}. */
  public ObjectNode clientInfo() {
    if (revision.isModern()) {
      JsonNode c = meta.get(Inbound.META_CLIENT_INFO);
      return c instanceof ObjectNode ? (ObjectNode) c : null;
    }
    return session == null ? null : session.clientInfo();
  }

  /** Who sent this request, as the transport knows it. */
  public Caller caller() {
    return channel.caller();
  }

  private volatile long cacheTtlMs = -1;
  private volatile CacheScope cacheScope;

  @Override
  public void cacheResult(java.time.Duration ttl, CacheScope scope) {
    if (ttl.isNegative()) {
      throw new IllegalArgumentException("a cache time cannot be negative");
    }
    this.cacheTtlMs = ttl.toMillis();
    this.cacheScope = java.util.Objects.requireNonNull(scope, "scope");
  }

  /** The {@code ttlMs} the method chose with {@link #cacheResult}, or -1. */
  long cacheTtlMs() {
    return cacheTtlMs;
  }

  /** The scope the method chose with {@link #cacheResult}, or {@code null}. */
  CacheScope cacheScope() {
    return cacheScope;
  }

  @Override
  public Optional<Principal> principal() {
    return Optional.ofNullable(channel.caller().principal());
  }

  @Override
  public Map<String, List<String>> httpHeaders() {
    return channel.caller().headers();
  }

  @Override
  public boolean isCancelled() {
    return cancelled;
  }

  /** Sends a message tied to this request (before its response); dropped once it is answered. */
  public void send(byte[] message) {
    synchronized (lock) {
      if (finished) {
        return;
      }
      channel.message(message);
    }
  }

  @Override
  public void progress(double progress, Double total, String message) {
    JsonNode token = meta.get("progressToken");
    if (token == null || !(token.isTextual() || token.isIntegralNumber())) {
      return;
    }
    synchronized (lock) {
      if (finished || !(progress > lastProgress)) {
        return;
      }
      lastProgress = progress;
    }
    ObjectNode p = JsonNodeFactory.instance.objectNode();
    p.set("progressToken", token);
    p.put("progress", progress);
    if (total != null) {
      p.put("total", total);
    }
    if (message != null && revision.hasProgressMessage()) {
      p.put("message", message);
    }
    send(Messages.notification("notifications/progress", p));
  }

  @Override
  public void log(LogLevel level, String message) {
    LogLevel threshold;
    if (revision.isModern()) {
      JsonNode l = meta.get(Inbound.META_LOG_LEVEL);
      threshold = l == null ? null : Engine.logLevel(l.textValue());
    } else {
      threshold = session == null ? null : session.logLevel();
    }
    if (threshold == null || level.ordinal() < threshold.ordinal()) {
      return;
    }
    ObjectNode p = JsonNodeFactory.instance.objectNode();
    p.put("level", level.wireName());
    p.put("logger", engine.serverName());
    p.put("data", message);
    send(Messages.notification("notifications/message", p));
  }

  /** Whether the request runs on the thread that read it, so it must not wait for the client. */
  public boolean runsInline() {
    return runsInline;
  }

  /** Cancels the request: no response is sent, and the thread running it is interrupted. */
  public void cancel(String reason) {
    synchronized (lock) {
      if (finished) {
        return;
      }
      cancelled = true;
      finished = true;
      if (worker != null) {
        worker.interrupt();
      }
    }
    engine.cancelled(this, reason);
    channel.abandoned();
  }

  void enter() {
    synchronized (lock) {
      worker = Thread.currentThread();
    }
    scope = observation.enter();
  }

  void exit() {
    scope.close();
    scope = RequestObserver.Scope.NONE;
    synchronized (lock) {
      worker = null;
      Thread.interrupted(); // a cancel that raced the end of the call must not leak to the next task
    }
  }

  /** Starts watching this request with {@code observer}. */
  void observe(RequestObserver observer) {
    observation = observer.start(this);
  }

  /** Ends the watch (once; later calls do nothing). */
  void observed(Result result, Throwable failure) {
    RequestObserver.Observation o = observation;
    observation = RequestObserver.Observation.NONE;
    o.end(this, result, failure);
  }

  /** Sends the response unless the request was cancelled or already answered. */
  boolean finish(byte[] response) {
    synchronized (lock) {
      if (finished) {
        return false;
      }
      finished = true;
      channel.response(response);
      return true;
    }
  }
}
