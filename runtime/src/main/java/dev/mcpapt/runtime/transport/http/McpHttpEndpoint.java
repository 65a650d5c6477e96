package dev.mcpapt.runtime.transport.http;

import static dev.mcpapt.runtime.transport.http.HttpWire.H_LAST_EVENT;
import static dev.mcpapt.runtime.transport.http.HttpWire.H_METHOD;
import static dev.mcpapt.runtime.transport.http.HttpWire.H_NAME;
import static dev.mcpapt.runtime.transport.http.HttpWire.H_PROTOCOL;
import static dev.mcpapt.runtime.transport.http.HttpWire.H_SESSION;
import static dev.mcpapt.runtime.transport.http.HttpWire.checkHeaders;
import static dev.mcpapt.runtime.transport.http.HttpWire.clip;
import static dev.mcpapt.runtime.transport.http.HttpWire.isJson;
import static dev.mcpapt.runtime.transport.http.HttpWire.legacyVersions;
import static dev.mcpapt.runtime.transport.http.HttpWire.statusOf;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.auth.Principal;
import dev.mcpapt.runtime.auth.ResourceServer;
import dev.mcpapt.runtime.engine.Caller;
import dev.mcpapt.runtime.engine.Engine;
import dev.mcpapt.runtime.engine.Inbound;
import dev.mcpapt.runtime.engine.McpError;
import dev.mcpapt.runtime.engine.RequestChannel;
import dev.mcpapt.runtime.engine.Revision;
import dev.mcpapt.runtime.engine.Session;
import dev.mcpapt.runtime.spi.ToolHandler;
import dev.mcpapt.runtime.widget.AuthChallenge;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The MCP HTTP transports over one {@link Engine}, independent of the HTTP server that carries
 * them ({@link McpHttpServer} on embedded Jetty, {@link McpServlet} in a servlet container):
 *
 * <ul>
 *   <li><b>Streamable HTTP</b> at {@link HttpOptions#mcpPath()}, both eras on one endpoint: a
 *       request whose {@code _meta} names its protocol version is served statelessly
 *       (2026-07-28: {@code MCP-Protocol-Version}, {@code Mcp-Method} and {@code Mcp-Name}
 *       checked against the body, no session, no GET); {@code initialize} opens a session
 *       (2025-03-26 to 2025-11-25: {@code Mcp-Session-Id}, a GET stream, DELETE,
 *       {@code Last-Event-ID} resumption).
 *   <li><b>HTTP+SSE</b> (2024-11-05): GET {@link HttpOptions#ssePath()} opens the event stream
 *       and announces {@code POST} {@link HttpOptions#messagesPath()}{@code ?sessionId=...}.
 * </ul>
 *
 * <p>Every request first passes the {@code Host}/{@code Origin} checks and the size and count
 * limits of {@link HttpOptions}. Every error answer carries a JSON-RPC error body and no stack
 * trace.
 */
final class McpHttpEndpoint {
  private static final System.Logger LOG = System.getLogger("dev.mcpapt.runtime.http");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String LISTEN = "subscriptions/listen";
  /** How long a client waits before it resumes a stream the server closed for polling. */
  static final long POLL_RETRY_MILLIS = 500;

  /** The JSON-RPC code of an unknown session (as other MCP servers use it). */
  static final int SESSION_NOT_FOUND = -32001;


  /** The channel of messages that get no answer (notifications, client responses). */
  private static final RequestChannel IGNORE = new RequestChannel() {
    @Override
    public void message(byte[] message) {}

    @Override
    public void response(byte[] response) {}
  };

  private final Engine engine;
  private final HttpOptions options;
  private final RequestPolicy policy;
  private final Executor writers;
  private final ScheduledExecutorService timer;
  private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();
  private final Set<SseConnection> streams = ConcurrentHashMap.newKeySet();
  private final Set<Session> listening = ConcurrentHashMap.newKeySet();
  /** POSTs still waiting for their first message or response (answered as JSON so far). */
  private final Set<PostChannel> waiting = ConcurrentHashMap.newKeySet();
  private final ParamHeaders paramHeaders = new ParamHeaders();
  /** The OAuth resource server, or null when requests are not authorized. */
  private final ResourceServer resourceServer;
  private final SessionRateLimit sessionRate;
  /** Requests of one session that run at once; the session's others wait their turn (see {@link HttpSession#admit}). */
  private final int runningPerSession;
  private final AtomicInteger inFlight = new AtomicInteger();
  /** Request bodies still arriving. */
  private final Set<PendingBody> pendingBodies = ConcurrentHashMap.newKeySet();
  private volatile boolean draining;

  /**
   * @param writers runs the tasks that write response bodies (they block on slow clients)
   * @param loopbackBound whether the server listens on loopback only (then only loopback Host
   *     names are accepted unless {@link HttpOptions#allowedHosts()} says otherwise)
   */
  McpHttpEndpoint(Engine engine, HttpOptions options, Executor writers, boolean loopbackBound) {
    this.engine = engine;
    this.options = options;
    this.policy = new RequestPolicy(options, loopbackBound);
    this.resourceServer = options.oauth() == null ? null
        : new ResourceServer(options.oauth(), engine::target, engine::allTargets);
    this.sessionRate = new SessionRateLimit(options.sessionsPerSecondPerClient(), options.sessionBurstPerClient());
    // A bounded pool of workers (no virtual threads) is shared fairly: a session runs a quarter of it at most.
    this.runningPerSession = engine.workers() instanceof ThreadPoolExecutor pool
        ? Math.max(1, pool.getMaximumPoolSize() / 4) : Integer.MAX_VALUE;
    this.writers = writers;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "mcp-http-timer");
      t.setDaemon(true);
      return t;
    });
    long keepAlive = options.keepAliveInterval().toMillis();
    timer.scheduleWithFixedDelay(this::keepAlive, keepAlive, keepAlive, TimeUnit.MILLISECONDS);
    long sweep = Math.max(1000, Math.min(60_000, options.sessionIdleTimeout().toMillis() / 2));
    timer.scheduleWithFixedDelay(this::expireSessions, sweep, sweep, TimeUnit.MILLISECONDS);
    long bodies = Math.max(50, Math.min(1000, options.bodyTimeout().toMillis() / 4));
    timer.scheduleWithFixedDelay(this::expireBodies, bodies, bodies, TimeUnit.MILLISECONDS);
  }

  HttpOptions options() {
    return options;
  }

  /** Sessions open now (both kinds). */
  int sessionCount() {
    return sessions.size();
  }

  /** Requests being answered now (long-lived streams included). */
  int inFlight() {
    return inFlight.get();
  }

  // ------------------------------------------------------------------ entry

  /** Serves one exchange; the response may complete later, from another thread. */
  void handle(HttpExchange ex) {
    Responder r = new Responder(ex, writers);
    guarded(ex, r, () -> route(ex, r));
  }

  /** Runs a step of serving {@code ex}; a bug in it answers 500, not a hung request. */
  private static void guarded(HttpExchange ex, Responder r, Runnable step) {
    try {
      step.run();
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "Serving " + ex.method() + " " + ex.path() + " failed", e);
      if (!r.isFinished()) {
        fail(r, 500, null, McpError.INTERNAL_ERROR, "Internal error");
      }
    }
  }

  private void route(HttpExchange ex, Responder r) {
    String path = ex.path();
    String method = ex.method();
    boolean mcp = path.equals(options.mcpPath());
    boolean sse = options.httpSse() && path.equals(options.ssePath());
    boolean messages = options.httpSse() && path.equals(options.messagesPath());
    if (resourceServer != null && resourceServer.isMetadataPath(path)) {
      resourceMetadata(ex, r);
      return;
    }
    if (!mcp && !sse && !messages) {
      fail(r, 404, null, McpError.INVALID_REQUEST, "Not found: no MCP endpoint at " + clip(path)
          + " (the endpoint is " + options.mcpPath() + ")");
      return;
    }
    String hostProblem = policy.checkHost(ex.header("Host"));
    if (hostProblem != null) {
      fail(r, 403, null, McpError.INVALID_REQUEST, hostProblem);
      return;
    }
    String origin = ex.header("Origin");
    String originProblem = policy.checkOrigin(origin);
    if (originProblem != null) {
      fail(r, 403, null, McpError.INVALID_REQUEST, originProblem);
      return;
    }
    if (policy.corsFor(origin)) {
      ex.responseHeader("Access-Control-Allow-Origin", origin);
      ex.responseHeader("Vary", "Origin");
      ex.responseHeader("Access-Control-Expose-Headers", H_SESSION + ", " + H_PROTOCOL + ", WWW-Authenticate");
      if (method.equals("OPTIONS")) {
        preflight(ex, r);
        return;
      }
    }
    if (draining) {
      ex.responseHeader("Connection", "close");
      fail(r, 503, null, McpError.INTERNAL_ERROR, "Service unavailable: the server is shutting down");
      return;
    }
    Principal principal = null;
    if (resourceServer != null) {
      ResourceServer.Authentication auth = resourceServer.authenticate(ex.header("Authorization"));
      if (auth instanceof ResourceServer.Authentication.Valid valid) {
        principal = valid.principal();
      } else if (auth instanceof ResourceServer.Authentication.Invalid invalid) {
        ex.responseHeader("WWW-Authenticate", resourceServer.challengeForInvalidToken(invalid.description()));
        fail(r, 401, null, McpError.INVALID_REQUEST, "Unauthorized: " + invalid.description());
        return;
      } else if (auth instanceof ResourceServer.Authentication.Unavailable) {
        ex.responseHeader("Retry-After", "5");
        fail(r, 503, null, McpError.INTERNAL_ERROR,
            "Service unavailable: the access token cannot be verified now (the authorization server is out of reach)");
        return;
      } else if (!resourceServer.anonymousAllowed()) {
        ex.responseHeader("WWW-Authenticate", resourceServer.challengeForMissingToken());
        fail(r, 401, null, McpError.INVALID_REQUEST,
            "Unauthorized: this server needs an OAuth access token (Authorization: Bearer ...); see "
                + resourceServer.metadataUrl());
        return;
      }
    }
    Caller caller = new Caller(principal, ex.headers(), null);
    if (mcp) {
      switch (method) {
        case "POST" -> post(ex, r, caller);
        case "GET" -> get(ex, r, caller);
        case "DELETE" -> delete(ex, r, caller);
        default -> notAllowed(ex, r, options.legacySessions() ? "GET, POST, DELETE" : "POST");
      }
    } else if (sse) {
      if (method.equals("GET")) {
        openSse(ex, r, caller);
      } else {
        notAllowed(ex, r, "GET");
      }
    } else if (method.equals("POST")) {
      sseMessage(ex, r, caller);
    } else {
      notAllowed(ex, r, "POST");
    }
  }

  private void preflight(HttpExchange ex, Responder r) {
    ex.status(204);
    ex.responseHeader("Access-Control-Allow-Methods", "GET, POST, DELETE, OPTIONS");
    String asked = ex.header("Access-Control-Request-Headers");
    ex.responseHeader("Access-Control-Allow-Headers", asked != null && !asked.isBlank() ? asked
        : "Content-Type, Accept, Authorization, " + H_SESSION + ", " + H_PROTOCOL + ", " + H_METHOD
            + ", " + H_NAME + ", " + H_LAST_EVENT);
    ex.responseHeader("Access-Control-Max-Age", "600");
    r.end();
  }

  private void notAllowed(HttpExchange ex, Responder r, String allow) {
    ex.responseHeader("Allow", allow);
    fail(r, 405, null, McpError.INVALID_REQUEST, "Method not allowed: " + clip(ex.method()) + " (allowed: "
        + allow + ")");
  }

  // ------------------------------------------------------------------ POST /mcp

  private void post(HttpExchange ex, Responder r, Caller caller) {
    if (!isJson(ex.header("Content-Type"))) {
      fail(r, 415, null, McpError.INVALID_REQUEST,
          "Unsupported media type: the body must be Content-Type: application/json");
      return;
    }
    HttpWire.Accept accept = HttpWire.Accept.of(ex.header("Accept"));
    if (!accept.json() && !accept.sse()) {
      fail(r, 406, null, McpError.INVALID_REQUEST,
          "Not acceptable: Accept must list application/json and text/event-stream");
      return;
    }
    readBody(ex, r, body -> postBody(ex, r, accept, body, caller));
  }

  private void postBody(HttpExchange ex, Responder r, HttpWire.Accept accept, byte[] body, Caller caller) {
    Inbound in = engine.parse(body);
    if (in.kind() == Inbound.Kind.INVALID) {
      r.exchange().status(400);
      json(r, in.errorResponse());
      return;
    }
    caller = authorize(ex, r, in, caller);
    if (caller == null) {
      return;
    }
    String sessionId = ex.header(H_SESSION);
    String metaVersion = in.kind() == Inbound.Kind.BATCH ? null : in.metaProtocolVersion();
    Revision metaRevision = Revision.of(metaVersion);
    boolean initialize = in.kind() == Inbound.Kind.REQUEST && "initialize".equals(in.method());
    boolean legacy;
    if (metaVersion != null && (sessionId == null || metaRevision == null || metaRevision.isModern())) {
      legacy = false; // per-request _meta: stateless, any Mcp-Session-Id is ignored
    } else {
      legacy = sessionId != null || (initialize && metaVersion == null);
    }
    if (legacy && options.legacySessions()) {
      postLegacy(ex, r, in, accept, sessionId, caller);
    } else {
      postModern(ex, r, in, accept, caller);
    }
  }

  private void postModern(HttpExchange ex, Responder r, Inbound in, HttpWire.Accept accept, Caller caller) {
    switch (in.kind()) {
      case RESPONSE -> {
        fail(r, 400, null, McpError.INVALID_REQUEST,
            "Invalid request: 2026-07-28 clients send no JSON-RPC responses over Streamable HTTP");
        return;
      }
      case NOTIFICATION -> {
        engine.dispatch(in, null, IGNORE);
        accepted(r);
        return;
      }
      case BATCH -> {
        fail(r, 400, null, McpError.INVALID_REQUEST,
            "Invalid request: JSON-RPC batches are not supported by revision 2026-07-28");
        return;
      }
      default -> {
      }
    }
    if ("initialize".equals(in.method())) {
      r.exchange().status(404);
      json(r, Engine.encodeError(in.id(), new McpError(McpError.METHOD_NOT_FOUND, "Method not found: initialize"
          + " (2026-07-28 has no handshake; send initialize without _meta to open a "
          + Revision.latestLegacy() + " session)")));
      return;
    }
    McpError mismatch = checkHeaders(ex, in);
    if (mismatch == null && "tools/call".equals(in.method()) && in.params() != null) {
      JsonNode name = in.params().get("name");
      ToolHandler tool = name != null && name.isTextual() ? engine.tools().get(name.textValue()) : null;
      if (tool != null) {
        mismatch = paramHeaders.check(ex, tool, in.params().get("arguments"));
      }
    }
    if (mismatch != null) {
      r.exchange().status(400);
      json(r, Engine.encodeError(in.id(), mismatch));
      return;
    }
    // A connection-less engine session per request: closing it cancels the request when the
    // client closes the response stream. It never receives broadcasts (it is never initialized).
    PostChannel channel = new PostChannel(r, accept, null, true, caller);
    Session scope = engine.openSession(message -> {});
    channel.scope = scope;
    boolean listen = LISTEN.equals(in.method());
    if (listen) {
      listening.add(scope);
    }
    inFlight.incrementAndGet();
    r.onGone(channel::clientGone);
    engine.dispatch(in, scope, channel);
  }

  private void postLegacy(HttpExchange ex, Responder r, Inbound in, HttpWire.Accept accept, String sessionId,
      Caller caller) {
    String headerVersion = ex.header(H_PROTOCOL);
    if (headerVersion != null) {
      Revision v = Revision.of(headerVersion.trim());
      if (v == null || v.isModern()) {
        fail(r, 400, in.id(), McpError.INVALID_REQUEST, "Bad request: unsupported " + H_PROTOCOL + " '"
            + clip(headerVersion) + "' for a session (served: " + String.join(", ", legacyVersions()) + ")");
        return;
      }
    }
    boolean initialize = in.kind() == Inbound.Kind.REQUEST && "initialize".equals(in.method());
    HttpSession session;
    boolean created = false;
    if (sessionId == null) {
      if (!initialize) {
        fail(r, 400, in.id(), McpError.INVALID_REQUEST, "Bad request: missing " + H_SESSION
            + " header (start a session with initialize, or send 2026-07-28 requests with _meta)");
        return;
      }
      session = newSession(HttpSession.Kind.STREAMABLE, r, caller.principal());
      if (session == null) {
        return;
      }
      created = true;
    } else {
      session = sessions.get(sessionId);
      if (session == null || session.kind != HttpSession.Kind.STREAMABLE || session.isClosed()
          || !ownedBy(session, caller, r, in.id())) {
        if (!r.isFinished()) {
          fail(r, 404, in.id(), SESSION_NOT_FOUND, "Session not found: it expired or was ended; start a new one with initialize");
        }
        return;
      }
    }
    if (!session.enter(options.maxStreamsPerSession())) {
      fail(r, 429, in.id(), McpError.INVALID_REQUEST, "Too many requests: the session already has "
          + options.maxStreamsPerSession() + " requests and streams open");
      return;
    }
    if (in.kind() != Inbound.Kind.REQUEST && in.kind() != Inbound.Kind.BATCH) {
      try {
        engine.dispatch(in, session.engineSession(), IGNORE);
      } finally {
        session.exit();
      }
      accepted(r);
      return;
    }
    PostChannel channel = new PostChannel(r, accept, session, false, caller);
    if (created) {
      channel.newSession = session;
    } else {
      channel.pollLater();
    }
    inFlight.incrementAndGet();
    r.onGone(channel::clientGone);
    session.admit(() -> dispatchInTurn(in, session, channel), Integer.MAX_VALUE, runningPerSession);
  }

  /** Dispatches a request admitted by {@link HttpSession#admit} once its turn comes (abandoned if the session ended meanwhile). */
  private void dispatchInTurn(Inbound in, HttpSession session, RequestChannel channel) {
    if (session.isClosed()) {
      channel.abandoned();
    } else {
      engine.dispatch(in, session.engineSession(), channel);
    }
  }

  /** The answer of one POSTed request: JSON, or an SSE stream once a message precedes the response. */
  private final class PostChannel implements RequestChannel {
    private final Responder responder;
    private final HttpWire.Accept accept;
    private final HttpSession session;
    private final boolean modern;
    /** The per-request engine session of a stateless request. */
    Session scope;
    /** A session that initialize creates: registered only if initialize succeeds. */
    HttpSession newSession;
    private SseConnection sse;
    private ResumableStream stream;
    private boolean done;
    private final long started = System.nanoTime();
    private final Caller caller;

    PostChannel(Responder responder, HttpWire.Accept accept, HttpSession session, boolean modern, Caller caller) {
      this.responder = responder;
      this.accept = accept;
      this.session = session;
      this.modern = modern;
      this.caller = caller;
      if (accept.sse()) {
        waiting.add(this);
      }
    }

    /**
     * A request that runs longer than the keep-alive interval is answered on an event stream, so
     * keep-alive comments flow: proxies do not time it out, and a client that went away is noticed
     * (a write fails) and, on 2026-07-28, its request cancelled.
     */
    synchronized void promote(long olderThanNanos) {
      if (!done && sse == null && System.nanoTime() - started >= olderThanNanos) {
        waiting.remove(this);
        openStream();
      }
    }

    @Override
    public Caller caller() {
      return caller;
    }

    @Override
    public synchronized void message(byte[] message) {
      if (done) {
        return;
      }
      if (sse == null) {
        if (!accept.sse()) {
          LOG.log(System.Logger.Level.DEBUG, "Dropping a message: the client accepts no event stream");
          return;
        }
        openStream();
      }
      deliver(message);
    }

    @Override
    public synchronized void response(byte[] response) {
      if (done) {
        return;
      }
      if (sse == null && (accept.json() || !accept.sse())) {
        HttpExchange ex = responder.exchange();
        sessionHeader(response);
        ex.status(modern ? statusOf(response) : 200);
        json(responder, response);
      } else {
        if (sse == null) {
          openStream();
        }
        deliver(response);
        endStream();
      }
      finish();
    }

    @Override
    public synchronized void abandoned() {
      if (done) {
        return;
      }
      if (sse == null) {
        accepted(responder);
      } else {
        endStream();
      }
      finish();
    }

    /** The client closed the connection (or it broke). */
    void clientGone() {
      Session cancel = null;
      synchronized (this) {
        if (modern) {
          cancel = scope;
        } else if (stream != null && sse != null) {
          stream.detach(sse);
        }
      }
      if (cancel != null) {
        cancel.close(); // 2026-07-28: closing the response stream cancels the request
      }
      streamClosed(sse);
    }

    private void openStream() {
      waiting.remove(this);
      HttpExchange ex = responder.exchange();
      SseConnection.streamHeaders(ex);
      sessionHeader(null);
      sse = new SseConnection(responder, McpHttpEndpoint.this);
      streams.add(sse);
      if (session != null) {
        Revision rev = session.engineSession().revision();
        stream = session.newStream(rev != null && rev.atLeast(Revision.V2025_11_25));
        stream.open(sse);
      }
    }

    /**
     * SSE polling: if the request is still running after {@link HttpOptions#ssePollAfter()}, its
     * answer becomes a resumable stream (if it is not one yet) whose connection is let go after a
     * {@code retry} field; the client resumes with {@code GET} and {@code Last-Event-ID}.
     */
    void pollLater() {
      Duration after = options.ssePollAfter();
      Revision rev = session == null ? null : session.engineSession().revision();
      if (after == null || !accept.sse() || rev == null || !rev.atLeast(Revision.V2025_11_25)) {
        return;
      }
      timer.schedule(this::poll, after.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void poll() {
      if (done) {
        return;
      }
      if (sse == null) {
        openStream();
      }
      stream.release(POLL_RETRY_MILLIS);
    }

    private void deliver(byte[] message) {
      if (stream != null) {
        stream.send(message);
      } else {
        sse.message(null, message);
      }
    }

    private void endStream() {
      if (stream != null) {
        stream.finish();
      } else {
        sse.close();
      }
    }

    /** Sets {@code Mcp-Session-Id} on the answer to a successful initialize. */
    private void sessionHeader(byte[] response) {
      if (newSession == null) {
        return;
      }
      if (response != null && statusOf(response) != 200) {
        return; // a failed initialize opens no session
      }
      responder.exchange().responseHeader(H_SESSION, newSession.id);
    }

    private void finish() {
      done = true;
      waiting.remove(this);
      inFlight.decrementAndGet();
      if (scope != null) {
        listening.remove(scope);
        scope.close();
      }
      if (session != null) {
        session.exit();
        session.ended();
      }
      if (newSession != null && newSession.engineSession().revision() == null) {
        // initialize failed: forget the session
        sessions.remove(newSession.id, newSession);
        newSession.close();
      }
    }
  }

  // ------------------------------------------------------------------ GET and DELETE /mcp

  private void get(HttpExchange ex, Responder r, Caller caller) {
    String sessionId = ex.header(H_SESSION);
    if (sessionId == null || !options.legacySessions()) {
      ex.responseHeader("Allow", options.legacySessions() ? "GET, POST, DELETE" : "POST");
      fail(r, 405, null, McpError.INVALID_REQUEST, "Method not allowed: GET opens the stream of a session (send "
          + H_SESSION + "); 2026-07-28 clients use POST only, and subscriptions/listen for notifications");
      return;
    }
    HttpSession session = sessions.get(sessionId);
    if (session == null || session.kind != HttpSession.Kind.STREAMABLE || session.isClosed()
        || !ownedBy(session, caller, r, null)) {
      if (!r.isFinished()) {
        fail(r, 404, null, SESSION_NOT_FOUND, "Session not found: it expired or was ended; start a new one with initialize");
      }
      return;
    }
    if (!HttpWire.Accept.of(ex.header("Accept")).sse()) {
      fail(r, 406, null, McpError.INVALID_REQUEST, "Not acceptable: GET needs Accept: text/event-stream");
      return;
    }
    String lastEventId = ex.header(H_LAST_EVENT);
    ResumableStream stream;
    long afterSeq = -1;
    if (lastEventId != null) {
      long[] parsed = EventLog.parseId(lastEventId.trim());
      stream = parsed == null ? null : session.stream((int) parsed[0]);
      if (stream == null) {
        fail(r, 400, null, McpError.INVALID_REQUEST, "Bad request: " + H_LAST_EVENT + " '" + clip(lastEventId)
            + "' names no stream of this session that can be resumed");
        return;
      }
      afterSeq = parsed[1];
    } else {
      stream = session.standalone();
      if (stream.hasOpenConnection()) {
        fail(r, 409, null, McpError.INVALID_REQUEST,
            "Conflict: this session already has an open GET stream; close it first or resume with " + H_LAST_EVENT);
        return;
      }
    }
    if (streams.size() >= options.maxStreams()) {
      fail(r, 503, null, McpError.INTERNAL_ERROR, "Service unavailable: too many open streams");
      return;
    }
    if (!session.enter(options.maxStreamsPerSession())) {
      fail(r, 429, null, McpError.INVALID_REQUEST, "Too many requests: the session already has "
          + options.maxStreamsPerSession() + " requests and streams open");
      return;
    }
    SseConnection.streamHeaders(ex);
    SseConnection c = new SseConnection(r, this);
    streams.add(c);
    ResumableStream s = stream;
    r.onGone(() -> {
      s.detach(c);
      streamClosed(c);
    });
    exitOnEnd(r, session);
    if (lastEventId != null) {
      s.resume(c, afterSeq);
    } else {
      Revision rev = session.engineSession().revision();
      if (rev != null && rev.atLeast(Revision.V2025_11_25)) {
        c.prime(session.log.append(HttpSession.STANDALONE, new byte[0]).id());
      }
      s.resume(c, Long.MAX_VALUE);
    }
  }

  private void delete(HttpExchange ex, Responder r, Caller caller) {
    if (!options.legacySessions()) {
      notAllowed(ex, r, "POST");
      return;
    }
    String sessionId = ex.header(H_SESSION);
    if (sessionId == null) {
      fail(r, 400, null, McpError.INVALID_REQUEST, "Bad request: DELETE needs the " + H_SESSION + " header");
      return;
    }
    HttpSession found = sessions.get(sessionId);
    if (found != null && found.kind == HttpSession.Kind.STREAMABLE && !ownedBy(found, caller, r, null)) {
      if (!r.isFinished()) {
        fail(r, 404, null, SESSION_NOT_FOUND, "Session not found: it expired or was already ended");
      }
      return;
    }
    HttpSession session = sessions.remove(sessionId);
    if (session == null || session.kind != HttpSession.Kind.STREAMABLE) {
      if (session != null) {
        sessions.put(session.id, session);
      }
      fail(r, 404, null, SESSION_NOT_FOUND, "Session not found: it expired or was already ended");
      return;
    }
    session.close();
    LOG.log(System.Logger.Level.DEBUG, () -> "Session " + session.id + " ended by the client");
    ex.status(200);
    r.end();
  }

  // ------------------------------------------------------------------ HTTP+SSE (2024-11-05)

  private void openSse(HttpExchange ex, Responder r, Caller caller) {
    if (!HttpWire.Accept.of(ex.header("Accept")).sse()) {
      fail(r, 406, null, McpError.INVALID_REQUEST, "Not acceptable: GET " + options.ssePath()
          + " needs Accept: text/event-stream");
      return;
    }
    if (streams.size() >= options.maxStreams()) {
      fail(r, 503, null, McpError.INTERNAL_ERROR, "Service unavailable: too many open streams");
      return;
    }
    HttpSession session = newSession(HttpSession.Kind.HTTP_SSE, r, caller.principal());
    if (session == null) {
      return;
    }
    session.enter(Integer.MAX_VALUE); // the stream keeps the session alive
    SseConnection.streamHeaders(ex);
    SseConnection c = new SseConnection(r, this);
    session.sseConnection = c;
    streams.add(c);
    r.onGone(() -> endSession(session));
    exitOnEnd(r, session);
    String endpoint = ex.basePath() + options.messagesPath() + "?sessionId="
        + URLEncoder.encode(session.id, StandardCharsets.UTF_8);
    c.event(null, "endpoint", endpoint.getBytes(StandardCharsets.UTF_8));
  }

  private void sseMessage(HttpExchange ex, Responder r, Caller caller) {
    String id = ex.queryParameter("sessionId");
    if (id == null) {
      fail(r, 400, null, McpError.INVALID_REQUEST, "Bad request: missing the sessionId query parameter (open "
          + options.ssePath() + " first; its endpoint event gives the URL)");
      return;
    }
    HttpSession session = sessions.get(id);
    if (session == null || session.kind != HttpSession.Kind.HTTP_SSE || session.isClosed()
        || !ownedBy(session, caller, r, null)) {
      if (!r.isFinished()) {
        fail(r, 404, null, SESSION_NOT_FOUND, "Session not found: its event stream is closed; open "
            + options.ssePath() + " again");
      }
      return;
    }
    if (!isJson(ex.header("Content-Type"))) {
      fail(r, 415, null, McpError.INVALID_REQUEST,
          "Unsupported media type: the body must be Content-Type: application/json");
      return;
    }
    readBody(ex, r, body -> sseMessageBody(ex, r, session, body, caller));
  }

  private void sseMessageBody(HttpExchange ex, Responder r, HttpSession session, byte[] body, Caller caller) {
    Inbound in = engine.parse(body);
    if (in.kind() == Inbound.Kind.INVALID) {
      r.exchange().status(400);
      json(r, in.errorResponse());
      return;
    }
    Caller authorized = authorize(ex, r, in, caller);
    if (authorized == null) {
      return;
    }
    SseConnection c = session.sseConnection;
    if (c == null || !c.isOpen()) {
      fail(r, 404, null, SESSION_NOT_FOUND, "Session not found: its event stream is closed; open "
          + options.ssePath() + " again");
      return;
    }
    session.touch();
    if (in.kind() != Inbound.Kind.REQUEST && in.kind() != Inbound.Kind.BATCH) {
      engine.dispatch(in, session.engineSession(), IGNORE);
      accepted(r);
      return;
    }
    RequestChannel channel = new RequestChannel() {
      @Override
      public void message(byte[] message) {
        c.message(null, message);
      }

      @Override
      public void response(byte[] response) {
        c.message(null, response);
        session.ended();
      }

      @Override
      public void abandoned() {
        session.ended();
      }

      @Override
      public Caller caller() {
        return authorized;
      }
    };
    // the same bound on requests in flight as a Streamable HTTP session's
    if (!session.admit(() -> dispatchInTurn(in, session, channel), options.maxStreamsPerSession(), runningPerSession)) {
      fail(r, 429, in.id(), McpError.INVALID_REQUEST, "Too many requests: the session already has "
          + options.maxStreamsPerSession() + " requests in flight");
      return;
    }
    accepted(r);
  }

  // ------------------------------------------------------------------ authorization

  /**
   * Whether the session may be used by this caller: a session belongs to the user whose token
   * opened it (or, opened signed out, to the first user who uses it with a token). A request
   * without a token on a user's session is answered 401; another user's token is answered as an
   * unknown session (404 by the caller), so session ids reveal nothing.
   */
  private boolean ownedBy(HttpSession session, Caller caller, Responder r, JsonNode id) {
    if (resourceServer == null) {
      return true;
    }
    Principal owner = session.owner;
    Principal p = caller.principal();
    if (owner == null) {
      if (p != null) {
        synchronized (session) {
          if (session.owner == null) {
            session.owner = p;
          }
          return p.sameUser(session.owner);
        }
      }
      return true;
    }
    if (p == null) {
      r.exchange().responseHeader("WWW-Authenticate", resourceServer.challengeForMissingToken());
      fail(r, 401, id, McpError.INVALID_REQUEST, "Unauthorized: this session belongs to a signed-in user; send the access token");
      return false;
    }
    return owner.sameUser(p);
  }

  /**
   * Checks every request of a message against what it touches ({@link ResourceServer#check}). A
   * refused {@code tools/call} is answered as an HTTP 401/403 challenge, or, for hosts that read
   * challenges from results, as an {@code isError} result carrying the challenge in
   * {@code _meta["mcp/www_authenticate"]}.
   *
   * @return the caller to dispatch with, or {@code null} if the answer was sent
   */
  private Caller authorize(HttpExchange ex, Responder r, Inbound in, Caller caller) {
    if (resourceServer == null) {
      return caller;
    }
    List<Inbound> requests = in.kind() == Inbound.Kind.BATCH ? in.batch()
        : in.kind() == Inbound.Kind.REQUEST ? List.of(in) : List.of();
    for (Inbound q : requests) {
      if (q.kind() != Inbound.Kind.REQUEST) {
        continue;
      }
      ResourceServer.Refusal refusal = resourceServer.check(q.method(), q.params(), caller.principal());
      if (refusal == null) {
        continue;
      }
      String challenge = resourceServer.challengeFor(refusal);
      if (in.kind() == Inbound.Kind.REQUEST && "tools/call".equals(q.method()) && resourceServer.refusesAsResult(q.meta())) {
        return new Caller(caller.principal(), caller.headers(), AuthChallenge.toolError(refusal.description(), challenge));
      }
      ex.responseHeader("WWW-Authenticate", challenge);
      fail(r, refusal.status(), in.kind() == Inbound.Kind.BATCH ? null : q.id(), McpError.INVALID_REQUEST,
          (refusal.status() == 401 ? "Unauthorized: " : "Forbidden: ") + refusal.description());
      return null;
    }
    return caller;
  }

  /** Serves the Protected Resource Metadata (RFC 9728): public, cacheable, readable from any origin. */
  private void resourceMetadata(HttpExchange ex, Responder r) {
    String hostProblem = policy.checkHost(ex.header("Host"));
    if (hostProblem != null) {
      fail(r, 403, null, McpError.INVALID_REQUEST, hostProblem);
      return;
    }
    ex.responseHeader("Access-Control-Allow-Origin", "*");
    switch (ex.method()) {
      case "GET" -> {
        ex.responseHeader("Cache-Control", "max-age=300");
        json(r, resourceServer.metadata());
      }
      case "OPTIONS" -> {
        ex.status(204);
        ex.responseHeader("Access-Control-Allow-Methods", "GET, OPTIONS");
        ex.responseHeader("Access-Control-Max-Age", "600");
        r.end();
      }
      default -> notAllowed(ex, r, "GET");
    }
  }

  // ------------------------------------------------------------------ sessions

  private HttpSession newSession(HttpSession.Kind kind, Responder r, Principal owner) {
    long wait = sessionRate.acquire(r.exchange().remoteAddress(), System.nanoTime());
    if (wait > 0) {
      long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait + 999_999_999L));
      r.exchange().responseHeader("Retry-After", Long.toString(seconds));
      fail(r, 429, null, McpError.INVALID_REQUEST, "Too many requests: this client opens sessions faster than "
          + options.sessionsPerSecondPerClient() + " per second; retry after " + seconds + " s");
      return null;
    }
    if (sessions.size() >= options.maxSessions() && !evictIdleSession()) {
      r.exchange().responseHeader("Retry-After", "5");
      fail(r, 503, null, McpError.INTERNAL_ERROR, "Service unavailable: " + options.maxSessions()
          + " sessions are open and busy, the most this server allows");
      return null;
    }
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    String id = HexFormat.of().formatHex(bytes);
    HttpSession s = new HttpSession(id, kind, options.eventLogSize());
    s.owner = owner;
    if (kind == HttpSession.Kind.STREAMABLE) {
      s.engineSession(engine.openSession(message -> s.standalone().send(message)));
    } else {
      s.engineSession(engine.openSession(message -> {
        SseConnection c = s.sseConnection;
        if (c != null) {
          c.message(null, message);
        }
      }));
    }
    sessions.put(id, s);
    return s;
  }

  /**
   * Ends the least recently used idle session (no open stream, no request in flight) to make room
   * for a new one; false if every session is busy. A session still in its initialize is not idle.
   */
  private boolean evictIdleSession() {
    HttpSession oldest = null;
    for (HttpSession s : sessions.values()) {
      if (s.isIdle() && s.engineSession() != null && s.engineSession().revision() != null
          && (oldest == null || s.lastActiveNanos() - oldest.lastActiveNanos() < 0)) {
        oldest = s;
      }
    }
    if (oldest == null) {
      return false;
    }
    if (sessions.remove(oldest.id, oldest)) { // else it ended meanwhile: there is room all the same
      oldest.close();
      String id = oldest.id;
      LOG.log(System.Logger.Level.DEBUG, () -> "Session " + id + " evicted to make room (the table is full)");
    }
    return true;
  }

  private void endSession(HttpSession s) {
    sessions.remove(s.id, s);
    s.close();
    LOG.log(System.Logger.Level.DEBUG, () -> "Session " + s.id + " closed");
  }

  /** The session's count of open streams drops when this stream ends ({@link #streamClosed}). */
  private void exitOnEnd(Responder r, HttpSession session) {
    sessionOf.put(r, session);
  }

  private final Map<Responder, HttpSession> sessionOf = new ConcurrentHashMap<>();

  /** Called when an SSE connection ends, normally or not. */
  void streamClosed(SseConnection c) {
    if (c == null) {
      return;
    }
    if (streams.remove(c)) {
      HttpSession s = sessionOf.remove(c.responder());
      if (s != null) {
        s.exit();
      }
    }
  }

  private void expireSessions() {
    try {
      long now = System.nanoTime();
      sessionRate.sweep(now);
      long timeout = options.sessionIdleTimeout().toNanos();
      for (HttpSession s : sessions.values()) {
        if (s.isExpired(now, timeout)) {
          LOG.log(System.Logger.Level.DEBUG, () -> "Session " + s.id + " expired");
          endSession(s);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "Expiring sessions failed", e);
    }
  }

  private void keepAlive() {
    try {
      long idle = options.keepAliveInterval().toNanos() / 2;
      for (PostChannel c : waiting) {
        c.promote(options.keepAliveInterval().toNanos());
      }
      List<SseConnection> gone = new ArrayList<>();
      for (SseConnection c : streams) {
        if (c.isOpen()) {
          c.keepAlive(idle);
        } else {
          gone.add(c);
        }
      }
      gone.forEach(this::streamClosed);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "Keep-alive failed", e);
    }
  }

  // ------------------------------------------------------------------ shutdown

  /**
   * Stops taking requests (new ones get 503), ends the long-lived streams (GET streams,
   * {@code subscriptions/listen}), waits up to {@code grace} for requests in flight, then closes
   * every session.
   */
  void shutdown(Duration grace) {
    draining = true;
    for (Session s : listening) {
      s.close();
    }
    for (HttpSession s : sessions.values()) {
      ResumableStream standalone = s.stream(HttpSession.STANDALONE);
      if (standalone != null) {
        standalone.finish();
      }
    }
    long deadline = System.nanoTime() + grace.toNanos();
    while (System.nanoTime() < deadline && pendingRequests() > 0) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    if (pendingRequests() > 0) {
      LOG.log(System.Logger.Level.WARNING, "Stopping with " + pendingRequests() + " request(s) still running after "
          + grace.toMillis() + " ms");
    }
    for (HttpSession s : List.copyOf(sessions.values())) {
      endSession(s);
    }
    for (SseConnection c : List.copyOf(streams)) {
      c.close();
    }
    timer.shutdownNow();
  }

  private int pendingRequests() {
    int n = inFlight.get();
    for (HttpSession s : sessions.values()) {
      Session es = s.engineSession();
      if (es != null) {
        n += es.inFlightCount();
      }
    }
    return n;
  }

  // ------------------------------------------------------------------ helpers

  /**
   * Reads the body without holding a thread, then runs {@code next} with it (on this thread if
   * it has all arrived, else on the one that reads its end). A body that takes longer than
   * {@link HttpOptions#bodyTimeout()} to arrive is answered 408 and its connection closed.
   */
  private void readBody(HttpExchange ex, Responder r, Consumer<byte[]> next) {
    int limit = options.maxBodyBytes();
    long declared = ex.contentLength();
    if (declared > limit) {
      ex.responseHeader("Connection", "close");
      fail(r, 413, null, McpError.INVALID_REQUEST, "Payload too large: the body has " + declared
          + " bytes, the limit is " + limit);
      return;
    }
    PendingBody pending = new PendingBody(r, System.nanoTime());
    ex.readBody(limit, new HttpExchange.BodyHandler() {
      @Override
      public void body(byte[] body) {
        if (!pending.settle()) {
          return;
        }
        r.bodyUnread = false;
        if (declared >= 0 && body.length != declared) { // HTTP/2 does not enforce Content-Length itself
          fail(r, 400, null, McpError.PARSE_ERROR, "Parse error: the body does not match its Content-Length");
        } else if (body.length == 0) {
          fail(r, 400, null, McpError.PARSE_ERROR, "Parse error: empty body");
        } else {
          guarded(ex, r, () -> next.accept(body));
        }
      }

      @Override
      public void tooLarge() {
        if (pending.settle()) {
          ex.responseHeader("Connection", "close");
          fail(r, 413, null, McpError.INVALID_REQUEST, "Payload too large: the body exceeds the limit of "
              + limit + " bytes");
        }
      }

      @Override
      public void failed(Throwable cause) {
        if (pending.settle()) {
          LOG.log(System.Logger.Level.DEBUG, () -> "Reading a request body failed: " + cause);
          r.fail(cause);
        }
      }
    });
    if (!pending.settled.get()) {
      pendingBodies.add(pending);
      if (pending.settled.get()) {
        pendingBodies.remove(pending);
      }
    }
  }

  /** A body still arriving: settled once, by its end, a failure, or the deadline. */
  private final class PendingBody {
    final Responder responder;
    final long started;
    final AtomicBoolean settled = new AtomicBoolean();

    PendingBody(Responder responder, long started) {
      this.responder = responder;
      this.started = started;
    }

    boolean settle() {
      if (settled.compareAndSet(false, true)) {
        pendingBodies.remove(this);
        return true;
      }
      return false;
    }
  }

  /** Answers 408 to the bodies that did not arrive in time (a stalled or trickling client). */
  private void expireBodies() {
    try {
      long now = System.nanoTime();
      long timeout = options.bodyTimeout().toNanos();
      for (PendingBody p : pendingBodies) {
        if (now - p.started >= timeout && p.settle()) {
          p.responder.exchange().responseHeader("Connection", "close");
          fail(p.responder, 408, null, McpError.INVALID_REQUEST, "Request timeout: the body did not arrive within "
              + HttpWire.seconds(options.bodyTimeout()));
        }
      }
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "Expiring request bodies failed", e);
    }
  }

  private static void accepted(Responder r) {
    r.exchange().status(202);
    r.end();
  }

  private static void json(Responder r, byte[] body) {
    r.exchange().responseHeader("Content-Type", "application/json");
    r.exchange().responseHeader("Content-Length", Integer.toString(body.length));
    r.writeAndEnd(body);
  }

  /** Answers with an HTTP error status and a JSON-RPC error body. */
  static void fail(Responder r, int status, JsonNode id, int code, String message) {
    HttpExchange ex = r.exchange();
    ex.status(status);
    if (r.bodyUnread) {
      // the unread body would have to be drained before the connection can carry another request
      ex.responseHeader("Connection", "close");
    }
    json(r, Engine.encodeError(id, new McpError(code, message)));
  }

}
