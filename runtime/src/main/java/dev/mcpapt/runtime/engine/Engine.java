package dev.mcpapt.runtime.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.McpContext.LogLevel;
import dev.mcpapt.runtime.McpError;
import dev.mcpapt.runtime.ServerEvents;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The protocol engine: JSON-RPC 2.0 for every MCP revision from 2024-11-05 to 2026-07-28,
 * independent of the transport.
 *
 * <h2>Transport contract</h2>
 *
 * <pre>{@code
 * Session session = engine.openSession(out);          // per connection (stdio process, legacy HTTP session)
 * Inbound in = engine.parse(bytes, 0, bytes.length);  // never throws
 * switch (in.kind()) {
 *   case INVALID -> send(in.errorResponse());         // -32700 / -32600 / -32602, id when known
 *   case REQUEST -> {                                 // check in.method(), in.nameParam(), in.metaProtocolVersion()
 *     engine.dispatch(in, session, channel);          // channel: messages, then one response (or abandoned)
 *   }
 *   default -> engine.dispatch(in, session, channel); // notifications, client responses, batches
 * }
 * session.close();
 * }</pre>
 *
 * <ul>
 *   <li>{@link #parse} reads the message once with Jackson and classifies it ({@link Inbound.Kind});
 *       malformed JSON and invalid JSON-RPC become {@link Inbound.Kind#INVALID} with the error
 *       response ready to send.
 *   <li>{@link #dispatch} serves it. A request's notifications and server-to-client requests reach
 *       {@link RequestChannel#message} before its single {@link RequestChannel#response};
 *       notifications and responses from the client produce nothing on the channel. Requests
 *       run concurrently (virtual threads on JDK 21+, a bounded pool on 17); responses may come out
 *       of order.
 *   <li>{@link #revisionOf} tells which revision a request is served under (the
 *       {@code _meta} protocol version of a modern request, the negotiated one of a legacy
 *       session), so HTTP can check {@code MCP-Protocol-Version} first.
 *   <li>Messages not tied to a request ({@code notifications/tools/list_changed}, ...) go to the
 *       {@link Outbound} of each legacy session given to {@link #openSession}, and to the
 *       listeners of {@link #addBroadcastListener} (the modern {@code subscriptions/listen}).
 *   <li>{@code session} may be {@code null} for stateless 2026-07-28 requests with no connection
 *       state (HTTP); they cannot then be cancelled by {@code notifications/cancelled}, only by
 *       the transport (closing the stream: {@link RequestContext#cancel}).
 * </ul>
 *
 * <h2>Adding methods</h2>
 *
 * <p>Every method is a {@link MethodHandler} registered by name with the revisions it exists in:
 * {@link #register}; client notifications likewise with {@link #registerNotification}; the server
 * capabilities a feature brings with {@link #capability}. {@link LifecycleMethods} and
 * {@link ToolMethods} are the built-in examples; resources, prompts, completion, logging,
 * subscriptions, sampling, elicitation and roots register the same way.
 */
public final class Engine {
  static final System.Logger LOG = System.getLogger("dev.mcpapt.runtime");

  /** Everything the engine is configured with. */
  public record Settings(
      String name,
      String version,
      String title,
      String instructions,
      long listTtlMs,
      String cacheScope,
      int pageSize,
      int maxMessageBytes,
      int maxBatchItems,
      int maxBatchResponseBytes) {
    /** The default of {@link #maxBatchItems}. */
    public static final int DEFAULT_MAX_BATCH_ITEMS = 100;
    /** The default of {@link #maxBatchResponseBytes}: 16 MiB. */
    public static final int DEFAULT_MAX_BATCH_RESPONSE_BYTES = 16 * 1024 * 1024;

    /** Settings with the default batch limits. */
    public Settings(String name, String version, String title, String instructions, long listTtlMs,
        String cacheScope, int pageSize, int maxMessageBytes) {
      this(name, version, title, instructions, listTtlMs, cacheScope, pageSize, maxMessageBytes,
          DEFAULT_MAX_BATCH_ITEMS, DEFAULT_MAX_BATCH_RESPONSE_BYTES);
    }

    public Settings {
      if (maxBatchItems < 1) {
        throw new IllegalArgumentException("maxBatchItems must be positive");
      }
      if (maxBatchResponseBytes < 1024) {
        throw new IllegalArgumentException("maxBatchResponseBytes must be at least 1024");
      }
      if (pageSize < 1) {
        throw new IllegalArgumentException("pageSize must be positive");
      }
      if (listTtlMs < 0) {
        throw new IllegalArgumentException("listTtlMs must be >= 0");
      }
      if (!"public".equals(cacheScope) && !"private".equals(cacheScope)) {
        throw new IllegalArgumentException("cacheScope must be public or private");
      }
    }
  }

  /** A registered method: its handler, the revisions it exists in, and where it runs. */
  private record Method(MethodHandler handler, Set<Revision> revisions, boolean inline) {}

  private final Settings settings;
  private final Map<String, Method> methods = new ConcurrentHashMap<>();
  /** Per method: which of its requests may run on the transport's reading thread (see {@link #inlineWhen}). */
  private final Map<String, java.util.function.Predicate<Inbound>> inlineWhen = new ConcurrentHashMap<>();
  private final Map<String, NotificationHandler> notifications = new ConcurrentHashMap<>();
  private final Map<String, AccessTargets> targets = new ConcurrentHashMap<>();
  private final Set<Session> sessions = ConcurrentHashMap.newKeySet();
  private final List<BiConsumer<String, ObjectNode>> broadcastListeners = new CopyOnWriteArrayList<>();
  private volatile ServerEvents serverEvents;
  private final ExecutorService workers;
  private final Messages messages;
  private final Capabilities capabilities = new Capabilities();
  private final ToolMethods tools;
  private final AtomicInteger running = new AtomicInteger();
  private volatile RequestObserver observer = RequestObserver.NONE;

  public Engine(Settings settings) {
    this.settings = settings;
    this.workers = Workers.create();
    this.messages = new Messages(settings);
    LifecycleMethods.install(this);
    this.tools = ToolMethods.install(this);
  }

  public Settings settings() {
    return settings;
  }

  /** What watches the requests served (tracing, metrics); {@link RequestObserver#NONE} by default. */
  public RequestObserver observer() {
    return observer;
  }

  public void observer(RequestObserver observer) {
    this.observer = java.util.Objects.requireNonNull(observer, "observer");
  }

  public String serverName() {
    return settings.name();
  }

  /** Encodes the messages the server sends. */
  public Messages messages() {
    return messages;
  }

  Capabilities capabilities() {
    return capabilities;
  }

  /** The tools this engine serves. */
  public ToolMethods tools() {
    return tools;
  }

  /** The executor requests run on (virtual threads if the JDK has them). */
  public ExecutorService workers() {
    return workers;
  }

  // ---------------------------------------------------------------- registration

  /**
   * Registers (or replaces) the handler of a request method.
   *
   * @param revisions the revisions the method exists in; others answer -32601
   * @param inline true to run on the transport's reading thread (only for handlers that never
   *     block); false to run on a worker thread
   */
  public void register(String method, Set<Revision> revisions, boolean inline, MethodHandler handler) {
    methods.put(method, new Method(handler, Set.copyOf(revisions), inline));
  }

  /**
   * Lets the requests of {@code method} that {@code test} accepts run on the transport's reading
   * thread, like an inline method, whatever handler is registered for it later (a request that
   * never blocks is answered without a hand-off to a worker).
   */
  public void inlineWhen(String method, java.util.function.Predicate<Inbound> test) {
    inlineWhen.put(method, test);
  }

  /** The handler registered for {@code method}, or {@code null} (features wrap the built-in ones). */
  public MethodHandler handler(String method) {
    Method m = methods.get(method);
    return m == null ? null : m.handler();
  }

  /** The server's {@link ServerEvents} ({@link RequestContext#serverEvents()}), or {@code null}. */
  public ServerEvents serverEvents() {
    return serverEvents;
  }

  /** Sets what {@link #serverEvents()} returns (installed by the server features). */
  public void serverEvents(ServerEvents events) {
    this.serverEvents = events;
  }

  /** Registers what the requests of {@code method} touch, for access checks ({@link AccessTargets}). */
  public void registerTargets(String method, AccessTargets t) {
    targets.put(method, t);
  }

  /** The descriptor of what a {@code method} request with {@code params} touches, or {@code null}. */
  public ObjectNode target(String method, JsonNode params) {
    AccessTargets t = method == null ? null : targets.get(method);
    return t == null || params == null ? null : t.describe(params);
  }

  /** The descriptors of every tool, resource, template and prompt served now. */
  public List<ObjectNode> allTargets() {
    List<ObjectNode> out = new ArrayList<>();
    java.util.Set<AccessTargets> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (AccessTargets t : targets.values()) {
      if (seen.add(t)) {
        out.addAll(t.all());
      }
    }
    return out;
  }

  /** Registers (or replaces) the handler of a client notification. */
  public void registerNotification(String method, NotificationHandler handler) {
    notifications.put(method, handler);
  }

  /** Declares a server capability, written in {@code initialize}/{@code server/discover} from {@code since} on. */
  public void capability(String name, JsonNode value, Revision since) {
    capability(name, r -> value, since);
  }

  /**
   * Declares a capability that is written only while {@code offered} says the server has what it
   * stands for (a server without prompts does not announce {@code prompts}).
   */
  public void capability(String name, JsonNode value, Revision since, java.util.function.BooleanSupplier offered) {
    capability(name, r -> offered.getAsBoolean() ? value : null, since);
  }

  /**
   * Declares a server capability whose value depends on the revision and on what the server
   * serves at the moment (read each time capabilities are written); {@code value} returns
   * {@code null} when the server does not offer it there now.
   */
  public void capability(String name, Function<Revision, JsonNode> value, Revision since) {
    capabilities.capability(name, value, since);
  }

  /** Whether the server offers the capability {@code name} now (in any revision that defines it). */
  public boolean offers(String name) {
    return capabilities.offers(name);
  }

  /**
   * Declares an extension ({@code capabilities.extensions[id]}, e.g.
   * {@code io.modelcontextprotocol/tasks}), advertised from {@code since} on whenever
   * {@code settings} returns an object (an empty one for no settings); {@code null} means the
   * server does not offer it there now, and {@code extensions} is left out when it offers none.
   */
  public void extension(String id, Function<Revision, JsonNode> settings, Revision since) {
    capabilities.extension(id, settings, since);
  }

  /** All revisions. */
  public static Set<Revision> allRevisions() {
    return EnumSet.allOf(Revision.class);
  }

  /** The legacy (handshake) revisions. */
  public static Set<Revision> legacyRevisions() {
    return EnumSet.range(Revision.V2024_11_05, Revision.V2025_11_25);
  }

  /** Revisions {@code from} and later. */
  public static Set<Revision> since(Revision from) {
    return EnumSet.range(from, Revision.latest());
  }

  // ---------------------------------------------------------------- sessions and broadcasts

  /** Opens the state of one connection; {@code out} takes messages not tied to a request. */
  public Session openSession(Outbound out) {
    Session s = new Session(this, out);
    sessions.add(s);
    return s;
  }

  void sessionClosed(Session s) {
    sessions.remove(s);
  }

  /**
   * Sends a notification not tied to a request to every legacy session that finished the
   * handshake, and hands it to the broadcast listeners (for modern subscriptions).
   */
  public void broadcast(String method, ObjectNode params) {
    Relay r = relay;
    if (r != null) {
      r.broadcast(method, params);
    } else {
      broadcastHere(method, params);
    }
  }

  /**
   * Delivers a {@link #broadcast} in this process: to the sessions that are not shared (shared
   * ones get it through the relay's log), and to the broadcast listeners. A resource update goes
   * to the listeners only; they know who subscribed.
   */
  public void broadcastHere(String method, ObjectNode params) {
    byte[] message = Messages.notification(method, params);
    if (!RESOURCE_UPDATED.equals(method)) {
      for (Session s : sessions) {
        if (s.revision() != null && (relay == null || s.sharedId() == null)) {
          s.send(message);
        }
      }
    }
    for (BiConsumer<String, ObjectNode> l : broadcastListeners) {
      try {
        l.accept(method, params);
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "broadcast listener failed", e);
      }
    }
  }

  /** The method of a resource update, which goes to its subscribers only. */
  public static final String RESOURCE_UPDATED = "notifications/resources/updated";

  private volatile Relay relay;

  /** Makes broadcasts, subscriptions of shared sessions and stray client responses go through {@code relay}. */
  public void relay(Relay relay) {
    this.relay = relay;
  }

  /** The relay, or {@code null} when this process keeps everything to itself. */
  public Relay relay() {
    return relay;
  }

  /** Completes a server-to-client request of {@code session} with a client response another node received. */
  public boolean completeResponse(Session session, byte[] body) {
    Inbound in = parse(body);
    return in.kind() == Inbound.Kind.RESPONSE && session.complete(in);
  }

  /** Listens to {@link #broadcast}s (method, params). */
  public void addBroadcastListener(BiConsumer<String, ObjectNode> listener) {
    broadcastListeners.add(listener);
  }

  // ---------------------------------------------------------------- inbound

  /**
   * Parses and classifies one message. Never throws. A batch of more than
   * {@link Settings#maxBatchItems()} messages is {@link Inbound.Kind#INVALID}.
   */
  public Inbound parse(byte[] bytes, int offset, int length) {
    return Inbound.parse(bytes, offset, length, settings.maxBatchItems());
  }

  public Inbound parse(byte[] bytes) {
    return parse(bytes, 0, bytes.length);
  }

  public Inbound parse(String text) {
    return parse(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The error answered to a message over {@link Settings#maxMessageBytes()}. */
  public byte[] tooLargeResponse() {
    return Messages.error(null, McpError.invalidRequest(
        "Invalid request: message exceeds the limit of " + settings.maxMessageBytes() + " bytes"));
  }

  /**
   * The revision a request is served under, or an {@link McpError} explaining why it cannot be
   * served: {@code -32022} for a protocol version the server does not serve, {@code -32602} for
   * a request with neither modern {@code _meta} nor a legacy session.
   */
  public Revision revisionOf(Inbound request, Session session) throws McpError {
    String method = request.method();
    if ("initialize".equals(method)) {
      return LifecycleMethods.negotiate(request);
    }
    Revision negotiated = session == null ? null : session.revision();
    String requested = request.metaProtocolVersion();
    if (requested != null) {
      Revision r = Revision.of(requested);
      if (r != null && r.isModern()) {
        JsonNode caps = request.meta().get(Inbound.META_CLIENT_CAPABILITIES);
        if (caps == null || !caps.isObject()) {
          throw McpError.invalidParams("Invalid params: _meta \"" + Inbound.META_CLIENT_CAPABILITIES
              + "\" must be an object on every " + r + " request");
        }
        return r;
      }
      if (negotiated != null) {
        return negotiated;
      }
      throw unsupportedVersion(requested, r == null
          ? "Unsupported protocol version"
          : "Unsupported protocol version: " + requested + " is served only after an initialize handshake");
    }
    if (negotiated != null) {
      return negotiated;
    }
    if ("ping".equals(method)) {
      return Revision.latestLegacy();
    }
    throw McpError.invalidParams("Invalid params: missing _meta \"" + Inbound.META_PROTOCOL_VERSION
        + "\" (send it on every request, or start with initialize for revisions up to "
        + Revision.latestLegacy() + ")");
  }

  static McpError unsupportedVersion(String requested, String message) {
    ObjectNode data = Json.object();
    ArrayNode supported = data.putArray("supported");
    Revision.STATELESS.forEach(supported::add);
    data.put("requested", requested);
    return new McpError(McpError.UNSUPPORTED_PROTOCOL_VERSION, message, data);
  }

  /**
   * Serves one parsed message. {@code session} is the connection's state, or {@code null} for a
   * stateless modern request. See {@link RequestChannel} for what reaches {@code channel}.
   *
   * @return the request now in flight, or {@code null} if none was started (a notification, a
   *     response, a batch, or a request answered at once with an error). A transport that learns
   *     the client went away (an HTTP stream closed) calls {@link RequestContext#cancel} on it.
   */
  public RequestContext dispatch(Inbound in, Session session, RequestChannel channel) {
    switch (in.kind()) {
      case INVALID:
        channel.response(in.errorResponse());
        return null;
      case RESPONSE:
        if (session != null && session.complete(in)) {
          // answered here
        } else if (session != null && relay != null && session.sharedId() != null) {
          relay.response(session.sharedId(), Json.encode(g -> g.writeTree(in.body())));
        } else {
          LOG.log(System.Logger.Level.DEBUG, () -> "Ignoring a response that answers no pending request: id " + in.id());
        }
        channel.abandoned();
        return null;
      case NOTIFICATION:
        notification(in, session);
        channel.abandoned();
        return null;
      case BATCH:
        batch(in, session, channel);
        return null;
      case REQUEST:
      default:
        return request(in, session, channel);
    }
  }

  private void notification(Inbound in, Session session) {
    NotificationHandler h = notifications.get(in.method());
    if (h == null) {
      LOG.log(System.Logger.Level.DEBUG, () -> "Ignoring unknown notification " + in.method());
      return;
    }
    try {
      h.handle(in, session);
    } catch (Exception | LinkageError e) {
      LOG.log(System.Logger.Level.WARNING, "Notification " + in.method() + " failed", e);
    }
  }

  private RequestContext request(Inbound in, Session session, RequestChannel channel) {
    Revision revision;
    try {
      revision = revisionOf(in, session);
    } catch (McpError e) {
      channel.response(Messages.error(in.id(), e));
      return null;
    }
    Method m = methods.get(in.method());
    if (m == null || !m.revisions().contains(revision)) {
      channel.response(Messages.error(in.id(), McpError.methodNotFound(in.method())));
      return null;
    }
    RequestContext ctx = new RequestContext(this, session, revision, in, channel);
    if (session != null && !session.track(ctx)) {
      channel.response(Messages.error(in.id(), McpError.invalidRequest(
          "Invalid request: id " + in.id() + " is already used by a request in flight")));
      return null;
    }
    running.incrementAndGet();
    ctx.observe(observer);
    java.util.function.Predicate<Inbound> inlineTest = inlineWhen.get(in.method());
    if (m.inline() || (inlineTest != null && inlineTest.test(in))) {
      ctx.runsInline = true;
      run(m.handler(), ctx);
      return ctx;
    }
    try {
      workers.execute(() -> run(m.handler(), ctx));
    } catch (RejectedExecutionException e) {
      complete(ctx, null, new McpError(McpError.INTERNAL_ERROR, "Server is shutting down"));
    }
    return ctx;
  }

  private void run(MethodHandler handler, RequestContext ctx) {
    if (ctx.isCancelled()) {
      complete(ctx, null, new CancellationException());
      return;
    }
    ctx.enter();
    try {
      CompletionStage<? extends Result> stage = handler.handle(ctx);
      if (stage == null) {
        complete(ctx, null, new IllegalStateException("handler of " + ctx.method() + " returned null"));
      } else {
        stage.whenComplete((r, e) -> complete(ctx, r, e));
      }
    } catch (Throwable t) {
      complete(ctx, null, t);
    } finally {
      ctx.exit();
    }
  }

  private void complete(RequestContext ctx, Result result, Throwable failure) {
    ctx.observed(result, failure); // before the answer leaves: a client that reads it finds the span ended
    try {
      if (ctx.isCancelled()) {
        return;
      }
      byte[] response;
      if (failure == null) {
        try {
          response = messages.result(ctx, result);
        } catch (RuntimeException e) {
          LOG.log(System.Logger.Level.ERROR, "Encoding the result of " + ctx.method() + " failed", e);
          response = Messages.error(ctx.id(), new McpError(McpError.INTERNAL_ERROR, "Internal error"));
        }
      } else {
        Throwable t = unwrap(failure);
        if (t instanceof InputRequiredSignal) {
          // 2026-07-28 multi round-trip: the method asked the client for input it has not given yet.
          response = messages.result(ctx, ((InputRequiredSignal) t).result());
        } else if (t instanceof McpError) {
          response = Messages.error(ctx.id(), (McpError) t);
        } else if ((t instanceof InterruptedException || t instanceof CancellationException) && ctx.isCancelled()) {
          return;
        } else {
          LOG.log(System.Logger.Level.ERROR, "Request " + ctx.method() + " failed", t);
          response = Messages.error(ctx.id(), new McpError(McpError.INTERNAL_ERROR, "Internal error"));
        }
      }
      // The id is free again before the client can read the answer: a client may reuse an id
      // as soon as its request has been answered.
      Session answered = ctx.session();
      if (answered != null) {
        answered.untrack(ctx);
      }
      ctx.finish(response);
    } finally {
      Session s = ctx.session();
      if (s != null) {
        s.untrack(ctx); // conditional on this request: a no-op once done above
      }
      running.decrementAndGet();
    }
  }

  void cancelled(RequestContext ctx, String reason) {
    LOG.log(System.Logger.Level.DEBUG, () -> "Request " + ctx.id() + " (" + ctx.method() + ") cancelled"
        + (reason == null ? "" : ": " + reason));
    Session s = ctx.session();
    if (s != null) {
      s.untrack(ctx);
    }
  }

  static Throwable unwrap(Throwable t) {
    while ((t instanceof CompletionException || t instanceof java.util.concurrent.ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private void batch(Inbound in, Session session, RequestChannel channel) {
    Revision r = session == null ? null : session.revision();
    if (r == null || !r.allowsBatches()) {
      channel.response(Messages.error(null, McpError.invalidRequest(r == null
          ? "Invalid request: JSON-RPC batches are not supported (only revision 2025-03-26 allows them)"
          : "Invalid request: JSON-RPC batches are not supported by revision " + r)));
      return;
    }
    List<Inbound> items = in.batch();
    byte[][] responses = new byte[items.size()][];
    AtomicInteger remaining = new AtomicInteger(items.size());
    // Answers past the size limit are replaced by a short error each, so the joined answer stays
    // bounded whatever the requests return.
    AtomicLong answerBytes = new AtomicLong();
    int maxAnswerBytes = settings.maxBatchResponseBytes();
    for (int i = 0; i < items.size(); i++) {
      int index = i;
      Inbound item = items.get(i);
      RequestChannel part = new RequestChannel() {
        @Override
        public void message(byte[] message) {
          channel.message(message);
        }

        @Override
        public void response(byte[] response) {
          if (answerBytes.addAndGet(response.length) > maxAnswerBytes) {
            answerBytes.addAndGet(-response.length);
            response = Messages.error(item.id(), new McpError(McpError.INTERNAL_ERROR,
                "Batch answer too large: the answers to this batch exceed the limit of " + maxAnswerBytes
                    + " bytes, so this one was dropped (the request was carried out); send it on its own"));
          }
          responses[index] = response;
          done();
        }

        @Override
        public void abandoned() {
          done();
        }

        @Override
        public Caller caller() {
          return channel.caller();
        }

        private void done() {
          if (remaining.decrementAndGet() == 0) {
            List<byte[]> present = new ArrayList<>(responses.length);
            for (byte[] b : responses) {
              if (b != null) {
                present.add(b);
              }
            }
            if (present.isEmpty()) {
              channel.abandoned();
            } else {
              channel.response(Messages.joinArray(present));
            }
          }
        }
      };
      if (item.kind() == Inbound.Kind.BATCH || (item.kind() == Inbound.Kind.REQUEST && "initialize".equals(item.method()))) {
        part.response(Messages.error(item.id(), McpError.invalidRequest("Invalid request: not allowed in a batch")));
      } else {
        dispatch(item, session, part);
      }
    }
  }

  // ---------------------------------------------------------------- lifecycle

  /** Requests being served right now (all sessions and stateless ones). */
  public int runningRequests() {
    return running.get();
  }

  /**
   * Stops taking new work and waits up to {@code grace} for requests in flight to finish, then
   * interrupts what is left.
   */
  public void shutdown(Duration grace) {
    long deadline = System.nanoTime() + grace.toNanos();
    while (running.get() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    for (Iterator<Session> it = sessions.iterator(); it.hasNext(); ) {
      it.next().close();
    }
    workers.shutdownNow();
  }

  /** The log level with this wire name, or {@code null}. */
  public static LogLevel logLevel(String wireName) {
    if (wireName == null) {
      return null;
    }
    for (LogLevel l : LogLevel.values()) {
      if (l.wireName().equals(wireName)) {
        return l;
      }
    }
    return null;
  }

  /** Whether requests run on virtual threads. */
  public boolean usesVirtualThreads() {
    return Workers.virtual(workers);
  }
}
