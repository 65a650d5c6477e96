package dev.mcpapt.runtime.engine;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.Icon;
import dev.mcpapt.runtime.McpContext.LogLevel;
import dev.mcpapt.runtime.ServerEvents;
import dev.mcpapt.runtime.features.InputRequiredSignal;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
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
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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

  /** A server capability (or extension): its value when the server offers it now, else null; the first revision that has it. */
  private record Capability(String name, Function<Revision, JsonNode> value, Revision since) {}

  private final Settings settings;
  private final Map<String, Method> methods = new ConcurrentHashMap<>();
  private final Map<String, NotificationHandler> notifications = new ConcurrentHashMap<>();
  private final Map<String, AccessTargets> targets = new ConcurrentHashMap<>();
  private final List<Capability> capabilities = new CopyOnWriteArrayList<>();
  private final List<Capability> extensions = new CopyOnWriteArrayList<>();
  private final Set<Session> sessions = ConcurrentHashMap.newKeySet();
  private final List<BiConsumer<String, ObjectNode>> broadcastListeners = new CopyOnWriteArrayList<>();
  private volatile ServerEvents serverEvents;
  private final ExecutorService workers;
  private final ToolMethods tools;
  private final AtomicInteger running = new AtomicInteger();

  public Engine(Settings settings) {
    this.settings = settings;
    this.workers = newWorkers();
    LifecycleMethods.install(this);
    this.tools = ToolMethods.install(this);
  }

  public Settings settings() {
    return settings;
  }

  public String serverName() {
    return settings.name();
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
    capabilities.removeIf(c -> c.name().equals(name));
    capabilities.add(new Capability(name, value, since));
  }

  /** Whether the server offers the capability {@code name} now (in any revision that defines it). */
  public boolean offers(String name) {
    for (Capability c : capabilities) {
      if (c.name().equals(name)) {
        return c.value().apply(Revision.latest()) != null;
      }
    }
    return false;
  }

  /**
   * Declares an extension ({@code capabilities.extensions[id]}, e.g.
   * {@code io.modelcontextprotocol/tasks}), advertised from {@code since} on whenever
   * {@code settings} returns an object (an empty one for no settings); {@code null} means the
   * server does not offer it there now, and {@code extensions} is left out when it offers none.
   */
  public void extension(String id, Function<Revision, JsonNode> settings, Revision since) {
    extensions.removeIf(c -> c.name().equals(id));
    extensions.add(new Capability(id, settings, since));
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
    byte[] message = encodeNotification(method, params);
    for (Session s : sessions) {
      if (s.revision() != null) {
        s.send(message);
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
    return encodeError(null, McpError.invalidRequest(
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
        if (session == null || !session.complete(in)) {
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
      channel.response(encodeError(in.id(), e));
      return null;
    }
    Method m = methods.get(in.method());
    if (m == null || !m.revisions().contains(revision)) {
      channel.response(encodeError(in.id(), McpError.methodNotFound(in.method())));
      return null;
    }
    RequestContext ctx = new RequestContext(this, session, revision, in, channel);
    if (session != null && !session.track(ctx)) {
      channel.response(encodeError(in.id(), McpError.invalidRequest(
          "Invalid request: id " + in.id() + " is already used by a request in flight")));
      return null;
    }
    running.incrementAndGet();
    if (m.inline()) {
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
    try {
      if (ctx.isCancelled()) {
        return;
      }
      byte[] response;
      if (failure == null) {
        try {
          response = encodeResult(ctx, result);
        } catch (RuntimeException e) {
          LOG.log(System.Logger.Level.ERROR, "Encoding the result of " + ctx.method() + " failed", e);
          response = encodeError(ctx.id(), new McpError(McpError.INTERNAL_ERROR, "Internal error"));
        }
      } else {
        Throwable t = unwrap(failure);
        if (t instanceof InputRequiredSignal) {
          // 2026-07-28 multi round-trip: the method asked the client for input it has not given yet.
          response = encodeResult(ctx, ((InputRequiredSignal) t).result());
        } else if (t instanceof McpError) {
          response = encodeError(ctx.id(), (McpError) t);
        } else if ((t instanceof InterruptedException || t instanceof CancellationException) && ctx.isCancelled()) {
          return;
        } else {
          LOG.log(System.Logger.Level.ERROR, "Request " + ctx.method() + " failed", t);
          response = encodeError(ctx.id(), new McpError(McpError.INTERNAL_ERROR, "Internal error"));
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
      channel.response(encodeError(null, McpError.invalidRequest(r == null
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
            response = encodeError(item.id(), new McpError(McpError.INTERNAL_ERROR,
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
              channel.response(joinArray(present));
            }
          }
        }
      };
      if (item.kind() == Inbound.Kind.BATCH || (item.kind() == Inbound.Kind.REQUEST && "initialize".equals(item.method()))) {
        part.response(encodeError(item.id(), McpError.invalidRequest("Invalid request: not allowed in a batch")));
      } else {
        dispatch(item, session, part);
      }
    }
  }

  private static byte[] joinArray(List<byte[]> parts) {
    int size = 2 + parts.size() - 1;
    for (byte[] p : parts) {
      size += p.length;
    }
    byte[] out = new byte[size];
    int at = 0;
    out[at++] = '[';
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        out[at++] = ',';
      }
      byte[] p = parts.get(i);
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    out[at] = ']';
    return out;
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

  // ---------------------------------------------------------------- encoding

  /** Writes the server capabilities defined in {@code revision}. */
  void writeCapabilities(JsonGenerator g, Revision revision) throws IOException {
    g.writeStartObject();
    for (Capability c : capabilities) {
      JsonNode value = revision.atLeast(c.since()) ? c.value().apply(revision) : null;
      if (value != null) {
        g.writeFieldName(c.name());
        g.writeTree(value);
      }
    }
    boolean any = false;
    for (Capability e : extensions) {
      JsonNode value = revision.atLeast(e.since()) ? e.value().apply(revision) : null;
      if (value != null) {
        if (!any) {
          g.writeObjectFieldStart("extensions");
          any = true;
        }
        g.writeFieldName(e.name());
        g.writeTree(value);
      }
    }
    if (any) {
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /**
   * What the server's {@code Implementation} says beyond name, version and title (2025-11-25
   * on): a description, a website and icons.
   */
  public record ServerDetails(String description, String websiteUrl, List<Icon> icons) {
    public ServerDetails {
      icons = icons == null ? List.of() : List.copyOf(icons);
    }
  }

  private volatile ServerDetails serverDetails = new ServerDetails(null, null, List.of());

  /** Sets the server's description, website and icons in {@code serverInfo}. */
  public void serverDetails(ServerDetails details) {
    this.serverDetails = Objects.requireNonNull(details, "details");
  }

  /** Writes the server's {@code Implementation} object for {@code revision}. */
  void writeServerInfo(JsonGenerator g, Revision revision) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", settings.name());
    if (settings.title() != null && revision.atLeast(Revision.V2025_06_18)) {
      g.writeStringField("title", settings.title());
    }
    g.writeStringField("version", settings.version());
    ServerDetails details = serverDetails;
    if (revision.hasIcons()) {
      if (details.description() != null) {
        g.writeStringField("description", details.description());
      }
      if (details.websiteUrl() != null) {
        g.writeStringField("websiteUrl", details.websiteUrl());
      }
      if (!details.icons().isEmpty()) {
        ContentCodec.writeIcons(g, details.icons());
      }
    }
    g.writeEndObject();
  }

  /**
   * Writes the caching hints of a cacheable result, on modern revisions only: what the method
   * chose ({@link RequestContext#cacheResult}), else the server's defaults; a resource read by a
   * signed-in caller defaults to {@code private} (it may depend on who asked; lists never do).
   */
  public void writeCacheHints(JsonGenerator g, RequestContext request) throws IOException {
    if (request.revision().isModern()) {
      long ttl = request.cacheTtlMs() >= 0 ? request.cacheTtlMs() : settings.listTtlMs();
      String scope = request.cacheScope() != null ? request.cacheScope().wireName()
          : "resources/read".equals(request.method()) && request.principal().isPresent() ? "private"
          : settings.cacheScope();
      g.writeNumberField("ttlMs", ttl);
      g.writeStringField("cacheScope", scope);
    }
  }

  byte[] encodeResult(RequestContext ctx, Result result) {
    return Json.encode(g -> {
      g.writeStartObject();
      g.writeStringField("jsonrpc", "2.0");
      g.writeFieldName("id");
      Json.writeId(g, ctx.id());
      g.writeFieldName("result");
      g.writeStartObject();
      boolean modern = ctx.revision().isModern();
      if (modern) {
        g.writeStringField("resultType", result.resultType());
      }
      result.writeFields(g, ctx);
      ObjectNode meta = result.meta();
      if (modern) {
        g.writeFieldName("_meta");
        g.writeStartObject();
        g.writeFieldName(Inbound.META_SERVER_INFO);
        writeServerInfo(g, ctx.revision());
        if (meta != null) {
          for (Iterator<Map.Entry<String, JsonNode>> it = meta.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!Inbound.META_SERVER_INFO.equals(e.getKey())) {
              g.writeFieldName(e.getKey());
              g.writeTree(e.getValue());
            }
          }
        }
        g.writeEndObject();
      } else if (meta != null && !meta.isEmpty()) {
        g.writeFieldName("_meta");
        g.writeTree(meta);
      }
      g.writeEndObject();
      g.writeEndObject();
    });
  }

  /** Encodes a JSON-RPC error response; {@code id} may be {@code null} (then it is omitted). */
  public static byte[] encodeError(JsonNode id, McpError error) {
    return Json.encode(g -> {
      g.writeStartObject();
      g.writeStringField("jsonrpc", "2.0");
      if (id != null) {
        g.writeFieldName("id");
        Json.writeId(g, id);
      }
      g.writeFieldName("error");
      g.writeStartObject();
      g.writeNumberField("code", error.code());
      g.writeStringField("message", error.getMessage() == null ? "Error" : error.getMessage());
      if (error.data() != null) {
        g.writeFieldName("data");
        g.writeTree(error.data());
      }
      g.writeEndObject();
      g.writeEndObject();
    });
  }

  /** Encodes a JSON-RPC notification. */
  public static byte[] encodeNotification(String method, ObjectNode params) {
    return Json.encode(g -> {
      g.writeStartObject();
      g.writeStringField("jsonrpc", "2.0");
      g.writeStringField("method", method);
      if (params != null) {
        g.writeFieldName("params");
        g.writeTree(params);
      }
      g.writeEndObject();
    });
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

  // ---------------------------------------------------------------- workers

  private static final AtomicInteger WORKER_IDS = new AtomicInteger();

  /**
   * Virtual threads when the JDK has them (looked up once, no reflection on the hot path),
   * else a bounded pool of daemon threads.
   */
  private static ExecutorService newWorkers() {
    try {
      MethodHandle factory = MethodHandles.publicLookup().findStatic(
          Executors.class, "newVirtualThreadPerTaskExecutor", MethodType.methodType(ExecutorService.class));
      return (ExecutorService) factory.invoke();
    } catch (NoSuchMethodException | IllegalAccessException e) {
      // JDK 17: no virtual threads
    } catch (Throwable t) {
      LOG.log(System.Logger.Level.DEBUG, "Virtual threads unavailable", t);
    }
    int threads = Math.max(16, Runtime.getRuntime().availableProcessors() * 16);
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "mcp-worker-" + WORKER_IDS.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /** Whether requests run on virtual threads. */
  public boolean usesVirtualThreads() {
    return !(workers instanceof ThreadPoolExecutor);
  }
}
