package dev.mcpapt.runtime.transport.http;

import static dev.mcpapt.runtime.transport.http.Answers.fail;
import static dev.mcpapt.runtime.transport.http.Answers.json;
import static dev.mcpapt.runtime.transport.http.Answers.notAllowed;
import static dev.mcpapt.runtime.transport.http.HttpWire.H_LAST_EVENT;
import static dev.mcpapt.runtime.transport.http.HttpWire.H_METHOD;
import static dev.mcpapt.runtime.transport.http.HttpWire.H_NAME;
import static dev.mcpapt.runtime.transport.http.HttpWire.H_PROTOCOL;
import static dev.mcpapt.runtime.transport.http.HttpWire.H_SESSION;
import static dev.mcpapt.runtime.transport.http.HttpWire.clip;
import static dev.mcpapt.runtime.transport.http.HttpWire.isJson;

import dev.mcpapt.runtime.auth.ResourceServer;
import dev.mcpapt.runtime.engine.Caller;
import dev.mcpapt.runtime.engine.Engine;
import dev.mcpapt.runtime.engine.Inbound;
import dev.mcpapt.runtime.McpError;
import dev.mcpapt.runtime.engine.Revision;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * The MCP HTTP transports over one {@link Engine}, independent of the HTTP server that carries
 * them ({@link McpHttpServer} on embedded Jetty, {@link McpServlet} in a servlet container). This
 * class checks what every request must pass ({@code Host}/{@code Origin}, CORS, shutdown, the
 * bearer token) and routes it to the era that serves it:
 *
 * <ul>
 *   <li>{@link StatelessHandler}: Streamable HTTP of 2026-07-28 at {@link HttpOptions#mcpPath()},
 *       a request whose {@code _meta} names its protocol version;
 *   <li>{@link SessionHandler}: Streamable HTTP with sessions (2025-03-26 to 2025-11-25) on the
 *       same path, opened by {@code initialize};
 *   <li>{@link SseHandler}: HTTP+SSE (2024-11-05) at {@link HttpOptions#ssePath()} and
 *       {@link HttpOptions#messagesPath()}.
 * </ul>
 *
 * <p>Sessions live in the {@link SessionRegistry}, what is open and the drain at shutdown in
 * {@link Activity}. Every error answer carries a JSON-RPC error body and no stack trace.
 */
final class McpHttpEndpoint {
  private final Engine engine;
  private final HttpOptions options;
  private final RequestPolicy policy;
  private final Executor writers;
  private final Authorization auth;
  private final BodyReader bodies;
  private final Activity activity;
  private final SessionRegistry sessions;
  /** Sessions shared with other nodes through {@link HttpOptions#store()}, or {@code null}. */
  private final SharedSessions shared;
  private final StatelessHandler stateless;
  private final SessionHandler sessionful;
  private final SseHandler sse;

  /**
   * @param writers runs the tasks that write response bodies (they block on slow clients)
   * @param loopbackBound whether the server listens on loopback only (then only loopback Host
   *     names are accepted unless {@link HttpOptions#allowedHosts()} says otherwise)
   */
  McpHttpEndpoint(Engine engine, HttpOptions options, Executor writers, boolean loopbackBound) {
    this.engine = engine;
    this.options = options;
    this.policy = new RequestPolicy(options, loopbackBound);
    this.writers = writers;
    this.auth = new Authorization(options.oauth() == null ? null
        : new ResourceServer(options.oauth(), engine::target, engine::allTargets), policy);
    this.bodies = new BodyReader(options);
    this.activity = new Activity(options);
    this.shared = options.store() == null ? null : new SharedSessions(engine, options, options.store());
    this.sessions = new SessionRegistry(engine, options, new NotificationDelivery(), shared);
    if (shared != null) {
      shared.start(sessions);
      long every = Math.max(1000, Math.min(60_000, options.sessionIdleTimeout().toMillis() / 4));
      activity.every(every, shared::sweep);
    }
    this.stateless = new StatelessHandler(engine, options, activity);
    this.sessionful = new SessionHandler(engine, options, sessions, auth, activity);
    this.sse = new SseHandler(engine, options, sessions, auth, activity, bodies);
    long sweep = Math.max(1000, Math.min(60_000, options.sessionIdleTimeout().toMillis() / 2));
    activity.every(sweep, sessions::expire);
    long bodyCheck = Math.max(50, Math.min(1000, options.bodyTimeout().toMillis() / 4));
    activity.every(bodyCheck, bodies::expire);
  }

  HttpOptions options() {
    return options;
  }

  /** Sessions open now (both kinds). */
  int sessionCount() {
    return sessions.size();
  }

  /** Event streams open now (all sessions and eras). */
  int streamCount() {
    return activity.streamCount();
  }

  /** Requests being answered now (long-lived streams included). */
  int inFlight() {
    return activity.inFlight();
  }

  /** Serves one exchange; the response may complete later, from another thread. */
  void handle(HttpExchange ex) {
    Responder r = new Responder(ex, writers, bodies);
    Answers.guarded(ex, r, () -> route(ex, r));
  }

  /**
   * Stops taking requests (new ones get 503), ends the long-lived streams, waits up to
   * {@code grace} for requests in flight, then closes every session.
   */
  void shutdown(Duration grace) {
    activity.shutdown(grace, sessions);
    if (shared != null) {
      shared.close();
    }
  }

  private void route(HttpExchange ex, Responder r) {
    String path = ex.path();
    String method = ex.method();
    boolean mcp = path.equals(options.mcpPath());
    boolean ssePath = options.httpSse() && path.equals(options.ssePath());
    boolean messages = options.httpSse() && path.equals(options.messagesPath());
    if (auth.isMetadataPath(path)) {
      auth.metadata(ex, r);
      return;
    }
    if (!mcp && !ssePath && !messages) {
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
    if (activity.draining()) {
      ex.responseHeader("Connection", "close");
      fail(r, 503, null, McpError.INTERNAL_ERROR, "Service unavailable: the server is shutting down");
      return;
    }
    Caller caller = auth.authenticate(ex, r);
    if (caller == null) {
      return;
    }
    if (mcp) {
      switch (method) {
        case "POST" -> post(ex, r, caller);
        case "GET" -> sessionful.get(ex, r, caller);
        case "DELETE" -> sessionful.delete(ex, r, caller);
        default -> notAllowed(ex, r, options.legacySessions() ? "GET, POST, DELETE" : "POST");
      }
    } else if (ssePath) {
      if (method.equals("GET")) {
        sse.open(ex, r, caller);
      } else {
        notAllowed(ex, r, "GET");
      }
    } else if (method.equals("POST")) {
      sse.message(ex, r, caller);
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
    bodies.read(ex, r, body -> postBody(ex, r, accept, body, caller));
  }

  /** Decides the era of a POSTed message: per-request {@code _meta} is stateless, else a session's. */
  private void postBody(HttpExchange ex, Responder r, HttpWire.Accept accept, byte[] body, Caller caller) {
    Inbound in = engine.parse(body);
    if (in.kind() == Inbound.Kind.INVALID) {
      r.exchange().status(400);
      json(r, in.errorResponse());
      return;
    }
    caller = auth.authorize(ex, r, in, caller);
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
      sessionful.post(ex, r, in, accept, sessionId, caller);
    } else {
      stateless.post(ex, r, in, accept, caller);
    }
  }
}
