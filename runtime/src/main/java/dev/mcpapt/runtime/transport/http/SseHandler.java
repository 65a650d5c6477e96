package dev.mcpapt.runtime.transport.http;

import static dev.mcpapt.runtime.transport.http.Answers.SESSION_NOT_FOUND;
import static dev.mcpapt.runtime.transport.http.Answers.accepted;
import static dev.mcpapt.runtime.transport.http.Answers.fail;
import static dev.mcpapt.runtime.transport.http.Answers.json;
import static dev.mcpapt.runtime.transport.http.HttpWire.isJson;

import dev.mcpapt.runtime.engine.Caller;
import dev.mcpapt.runtime.engine.Engine;
import dev.mcpapt.runtime.engine.Inbound;
import dev.mcpapt.runtime.McpError;
import dev.mcpapt.runtime.engine.RequestChannel;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * HTTP+SSE (2024-11-05): GET {@link HttpOptions#ssePath()} opens a session and its event stream,
 * which announces {@code POST} {@link HttpOptions#messagesPath()}{@code ?sessionId=...}; every
 * answer goes out on the event stream, the POST itself is answered 202.
 */
final class SseHandler {
  private final Engine engine;
  private final HttpOptions options;
  private final SessionRegistry sessions;
  private final Authorization auth;
  private final Activity activity;
  private final BodyReader bodies;

  SseHandler(Engine engine, HttpOptions options, SessionRegistry sessions, Authorization auth, Activity activity,
      BodyReader bodies) {
    this.engine = engine;
    this.options = options;
    this.sessions = sessions;
    this.auth = auth;
    this.activity = activity;
    this.bodies = bodies;
  }

  /** GET of the SSE path: a new session and its stream. */
  void open(HttpExchange ex, Responder r, Caller caller) {
    if (!HttpWire.Accept.of(ex.header("Accept")).sse()) {
      fail(r, 406, null, McpError.INVALID_REQUEST, "Not acceptable: GET " + options.ssePath()
          + " needs Accept: text/event-stream");
      return;
    }
    if (activity.streamCount() >= options.maxStreams()) {
      fail(r, 503, null, McpError.INTERNAL_ERROR, "Service unavailable: too many open streams");
      return;
    }
    HttpSession session = sessions.open(HttpSession.Kind.HTTP_SSE, r, caller.principal());
    if (session == null) {
      return;
    }
    session.enter(Integer.MAX_VALUE); // the stream keeps the session alive
    SseConnection.streamHeaders(ex);
    SseConnection c = new SseConnection(r, activity);
    session.sseConnection = c;
    activity.streamOpened(c);
    r.onGone(() -> sessions.end(session));
    activity.exitOnEnd(r, session);
    String endpoint = ex.basePath() + options.messagesPath() + "?sessionId="
        + URLEncoder.encode(session.id, StandardCharsets.UTF_8);
    c.event(null, "endpoint", endpoint.getBytes(StandardCharsets.UTF_8));
  }

  /** POST of the messages path: a message of the session named by {@code ?sessionId=}. */
  void message(HttpExchange ex, Responder r, Caller caller) {
    String id = ex.queryParameter("sessionId");
    if (id == null) {
      fail(r, 400, null, McpError.INVALID_REQUEST, "Bad request: missing the sessionId query parameter (open "
          + options.ssePath() + " first; its endpoint event gives the URL)");
      return;
    }
    HttpSession session = sessions.find(id, HttpSession.Kind.HTTP_SSE);
    if (session == null || !auth.ownedBy(session, caller, r, null)) {
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
    bodies.read(ex, r, body -> messageBody(ex, r, session, body, caller));
  }

  private void messageBody(HttpExchange ex, Responder r, HttpSession session, byte[] body, Caller caller) {
    Inbound in = engine.parse(body);
    if (in.kind() == Inbound.Kind.INVALID) {
      r.exchange().status(400);
      json(r, in.errorResponse());
      return;
    }
    Caller authorized = auth.authorize(ex, r, in, caller);
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
      engine.dispatch(in, session.engineSession(), Answers.IGNORE);
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
    if (!session.dispatch(engine, in, channel, options.maxStreamsPerSession(), sessions.runningPerSession())) {
      fail(r, 429, in.id(), McpError.INVALID_REQUEST, "Too many requests: the session already has "
          + options.maxStreamsPerSession() + " requests in flight");
      return;
    }
    accepted(r);
  }
}
