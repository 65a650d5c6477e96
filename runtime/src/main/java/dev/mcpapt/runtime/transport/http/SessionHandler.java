package dev.mcpapt.runtime.transport.http;

import static dev.mcpapt.runtime.transport.http.Answers.LOG;
import static dev.mcpapt.runtime.transport.http.Answers.SESSION_NOT_FOUND;
import static dev.mcpapt.runtime.transport.http.Answers.accepted;
import static dev.mcpapt.runtime.transport.http.Answers.fail;
import static dev.mcpapt.runtime.transport.http.HttpWire.H_LAST_EVENT;
import static dev.mcpapt.runtime.transport.http.HttpWire.H_PROTOCOL;
import static dev.mcpapt.runtime.transport.http.HttpWire.H_SESSION;
import static dev.mcpapt.runtime.transport.http.HttpWire.clip;
import static dev.mcpapt.runtime.transport.http.HttpWire.legacyVersions;

import dev.mcpapt.runtime.engine.Caller;
import dev.mcpapt.runtime.engine.Engine;
import dev.mcpapt.runtime.engine.Inbound;
import dev.mcpapt.runtime.McpError;
import dev.mcpapt.runtime.engine.Revision;
import dev.mcpapt.runtime.store.StoreUnavailableException;

/**
 * Streamable HTTP with sessions (2025-03-26 to 2025-11-25): {@code initialize} opens a session
 * named by {@code Mcp-Session-Id}; POST carries its requests, GET opens its standalone stream or
 * resumes a stream with {@code Last-Event-ID}, DELETE ends it.
 */
final class SessionHandler {
  private static final String NOT_FOUND = "Session not found: it expired or was ended; start a new one with initialize";

  private final Engine engine;
  private final HttpOptions options;
  private final SessionRegistry sessions;
  private final Authorization auth;
  private final Activity activity;

  SessionHandler(Engine engine, HttpOptions options, SessionRegistry sessions, Authorization auth, Activity activity) {
    this.engine = engine;
    this.options = options;
    this.sessions = sessions;
    this.auth = auth;
    this.activity = activity;
  }

  /** A POSTed message of a session, or the initialize that opens one ({@code sessionId} null). */
  void post(HttpExchange ex, Responder r, Inbound in, HttpWire.Accept accept, String sessionId, Caller caller) {
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
      session = sessions.open(HttpSession.Kind.STREAMABLE, r, caller.principal());
      if (session == null) {
        return;
      }
      created = true;
    } else {
      session = find(r, sessionId, in.id());
      if (r.isFinished()) {
        return;
      }
      if (session == null || !auth.ownedBy(session, caller, r, in.id())) {
        if (!r.isFinished()) {
          fail(r, 404, in.id(), SESSION_NOT_FOUND, NOT_FOUND);
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
        engine.dispatch(in, session.engineSession(), Answers.IGNORE);
      } finally {
        session.exit();
      }
      accepted(r);
      return;
    }
    PostChannel channel = PostChannel.ofSession(r, accept, caller, activity, options, sessions, session, created)
        .answers(in.kind() == Inbound.Kind.REQUEST ? in.id() : null);
    activity.requestStarted();
    r.onGone(channel::clientGone);
    session.dispatch(engine, in, channel, Integer.MAX_VALUE, sessions.runningPerSession());
  }

  /** GET: the session's standalone stream, or the resumption of one of its streams. */
  void get(HttpExchange ex, Responder r, Caller caller) {
    String sessionId = ex.header(H_SESSION);
    if (sessionId == null || !options.legacySessions()) {
      ex.responseHeader("Allow", options.legacySessions() ? "GET, POST, DELETE" : "POST");
      fail(r, 405, null, McpError.INVALID_REQUEST, "Method not allowed: GET opens the stream of a session (send "
          + H_SESSION + "); 2026-07-28 clients use POST only, and subscriptions/listen for notifications");
      return;
    }
    HttpSession session = find(r, sessionId, null);
    if (r.isFinished()) {
      return;
    }
    if (session == null || !auth.ownedBy(session, caller, r, null)) {
      if (!r.isFinished()) {
        fail(r, 404, null, SESSION_NOT_FOUND, NOT_FOUND);
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
      try {
        stream = parsed == null ? null : resumable(session, (int) parsed[0]);
      } catch (StoreUnavailableException e) {
        Answers.storeUnavailable(r, null);
        return;
      }
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
    if (activity.streamCount() >= options.maxStreams()) {
      fail(r, 503, null, McpError.INTERNAL_ERROR, "Service unavailable: too many open streams");
      return;
    }
    if (!session.enter(options.maxStreamsPerSession())) {
      fail(r, 429, null, McpError.INVALID_REQUEST, "Too many requests: the session already has "
          + options.maxStreamsPerSession() + " requests and streams open");
      return;
    }
    SseConnection.streamHeaders(ex);
    SseConnection c = new SseConnection(r, activity);
    activity.streamOpened(c);
    ResumableStream s = stream;
    r.onGone(() -> {
      s.detach(c);
      activity.streamClosed(c);
    });
    activity.exitOnEnd(r, session);
    try {
      if (lastEventId != null) {
        s.resume(c, afterSeq);
      } else {
        Revision rev = session.engineSession().revision();
        s.resumeLive(c, rev != null && rev.atLeast(Revision.V2025_11_25));
      }
    } catch (StoreUnavailableException e) {
      // The shared log does not answer: end this connection; the client reconnects and resumes later.
      LOG.log(System.Logger.Level.DEBUG, () -> "A stream could not be resumed: " + e.getMessage());
      s.detach(c);
      c.close();
    }
  }

  /** The session with this id, taken over from the shared store if need be; answers 503 if the store does not answer. */
  private HttpSession find(Responder r, String sessionId, com.fasterxml.jackson.databind.JsonNode id) {
    try {
      return sessions.find(sessionId, HttpSession.Kind.STREAMABLE);
    } catch (StoreUnavailableException e) {
      Answers.storeUnavailable(r, id);
      return null;
    }
  }

  /** A stream of the session to resume: this node's, or (shared sessions) one another node opened. */
  private static ResumableStream resumable(HttpSession session, int id) {
    ResumableStream s = session.stream(id);
    return s != null ? s : session.adopt(id);
  }

  /** DELETE: the client ends its session. */
  void delete(HttpExchange ex, Responder r, Caller caller) {
    if (!options.legacySessions()) {
      Answers.notAllowed(ex, r, "POST");
      return;
    }
    String sessionId = ex.header(H_SESSION);
    if (sessionId == null) {
      fail(r, 400, null, McpError.INVALID_REQUEST, "Bad request: DELETE needs the " + H_SESSION + " header");
      return;
    }
    HttpSession session = sessions.isShared() ? find(r, sessionId, null) : sessions.get(sessionId);
    if (r.isFinished()) {
      return;
    }
    if (session != null && session.kind == HttpSession.Kind.STREAMABLE && !auth.ownedBy(session, caller, r, null)) {
      if (!r.isFinished()) {
        fail(r, 404, null, SESSION_NOT_FOUND, "Session not found: it expired or was already ended");
      }
      return;
    }
    boolean ended;
    try {
      ended = session != null && session.kind == HttpSession.Kind.STREAMABLE && sessions.endByClient(session);
    } catch (StoreUnavailableException e) {
      Answers.storeUnavailable(r, null);
      return;
    }
    if (!ended) {
      fail(r, 404, null, SESSION_NOT_FOUND, "Session not found: it expired or was already ended");
      return;
    }
    LOG.log(System.Logger.Level.DEBUG, () -> "Session " + session.id + " ended by the client");
    ex.status(200);
    r.end();
  }
}
