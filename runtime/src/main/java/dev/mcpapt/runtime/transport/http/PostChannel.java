package dev.mcpapt.runtime.transport.http;

import static dev.mcpapt.runtime.transport.http.Answers.LOG;
import static dev.mcpapt.runtime.transport.http.HttpWire.H_SESSION;
import static dev.mcpapt.runtime.transport.http.HttpWire.statusOf;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.engine.Caller;
import dev.mcpapt.runtime.McpError;
import dev.mcpapt.runtime.engine.Messages;
import dev.mcpapt.runtime.engine.RequestChannel;
import dev.mcpapt.runtime.engine.Revision;
import dev.mcpapt.runtime.engine.Session;
import java.time.Duration;

/**
 * The answer of one request POSTed to the Streamable HTTP endpoint, either era: JSON, or an SSE
 * stream once a message precedes the response (or the request runs long). On a 2025 session the
 * stream is resumable; on 2026-07-28 closing it cancels the request.
 */
final class PostChannel implements RequestChannel {
  /** How long a client waits before it resumes a stream the server closed for polling. */
  static final long POLL_RETRY_MILLIS = 500;

  private final Responder responder;
  private final HttpWire.Accept accept;
  private final HttpSession session;
  private final boolean modern;
  private final Caller caller;
  private final Activity activity;
  private final HttpOptions options;
  private final SessionRegistry sessions;
  private final long started = System.nanoTime();
  /** The per-request engine session of a stateless request. */
  private Session scope;
  /** A session that initialize creates: registered only if initialize succeeds. */
  private HttpSession newSession;
  private SseConnection sse;
  private ResumableStream stream;
  private boolean done;
  /** The id of the request answered here, or null (a batch): what an answer made up at shutdown carries. */
  private JsonNode requestId;

  /** The answer of a stateless 2026-07-28 request, cancelled by closing {@code scope}. */
  static PostChannel stateless(Responder r, HttpWire.Accept accept, Caller caller, Activity activity,
      HttpOptions options, Session scope) {
    PostChannel c = new PostChannel(r, accept, null, false, caller, activity, options, null);
    c.scope = scope;
    return c;
  }

  /** The answer of a request of {@code session}; {@code created} if it is the session's initialize. */
  static PostChannel ofSession(Responder r, HttpWire.Accept accept, Caller caller, Activity activity,
      HttpOptions options, SessionRegistry sessions, HttpSession session, boolean created) {
    PostChannel c = new PostChannel(r, accept, session, true, caller, activity, options, sessions);
    if (created) {
      c.newSession = session;
    } else {
      c.pollLater();
    }
    return c;
  }

  private PostChannel(Responder responder, HttpWire.Accept accept, HttpSession session, boolean legacy,
      Caller caller, Activity activity, HttpOptions options, SessionRegistry sessions) {
    this.responder = responder;
    this.accept = accept;
    this.session = session;
    this.modern = !legacy;
    this.caller = caller;
    this.activity = activity;
    this.options = options;
    this.sessions = sessions;
    if (accept.sse()) {
      activity.waiting(this);
    }
    activity.answering(this);
  }

  /** Names the request this channel answers (see {@link #stopped}). */
  PostChannel answers(JsonNode id) {
    this.requestId = id;
    return this;
  }

  /** Shutdown cut the request: it is answered with an error now, and its own answer is dropped. */
  synchronized void stopped() {
    if (!done && requestId != null && !requestId.isNull()) {
      response(Messages.error(requestId, new McpError(McpError.INTERNAL_ERROR,
          "Service unavailable: the server stopped before this request finished; send it again")));
    }
  }

  /**
   * A request that runs longer than the keep-alive interval is answered on an event stream, so
   * keep-alive comments flow: proxies do not time it out, and a client that went away is noticed
   * (a write fails) and, on 2026-07-28, its request cancelled.
   */
  synchronized void promote(long olderThanNanos) {
    if (!done && sse == null && System.nanoTime() - started >= olderThanNanos) {
      activity.notWaiting(this);
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
    // A session is shared before its initialize answer leaves, whether that answer goes as JSON or
    // on a stream already opened by an earlier message: the client may use it on any node at once.
    if (newSession != null && HttpWire.errorCode(response) == null && !sessions.share(newSession) && sse == null) {
      // The other nodes could not learn of the session: offering it would fail there. (On a stream
      // already open the status is sent; the session then stays this node's, as share() logged.)
      HttpSession unshared = newSession;
      newSession = null;
      Answers.storeUnavailable(responder, HttpWire.idOf(response));
      finish();
      sessions.end(unshared);
      return;
    }
    if (sse == null && (accept.json() || !accept.sse())) {
      HttpExchange ex = responder.exchange();
      sessionHeader(response);
      ex.status(modern ? statusOf(response) : 200);
      Answers.json(responder, response);
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
      Answers.accepted(responder);
    } else {
      endStream();
    }
    finish();
  }

  /** The client closed the connection (or it broke). */
  void clientGone() {
    Session cancel = null;
    SseConnection c;
    synchronized (this) {
      if (modern) {
        cancel = scope;
      } else if (stream != null && sse != null) {
        stream.detach(sse);
      }
      c = sse;
    }
    if (cancel != null) {
      cancel.close(); // 2026-07-28: closing the response stream cancels the request
    }
    activity.streamClosed(c);
  }

  private void openStream() {
    activity.notWaiting(this);
    HttpExchange ex = responder.exchange();
    SseConnection.streamHeaders(ex);
    sessionHeader(null);
    sse = new SseConnection(responder, activity);
    activity.streamOpened(sse);
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
  private void pollLater() {
    Duration after = options.ssePollAfter();
    Revision rev = session == null ? null : session.engineSession().revision();
    if (after == null || !accept.sse() || rev == null || !rev.atLeast(Revision.V2025_11_25)) {
      return;
    }
    activity.later(after.toMillis(), this::poll);
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
    activity.answered(this);
    activity.notWaiting(this);
    activity.requestEnded();
    if (scope != null) {
      activity.notListening(scope);
      scope.close();
    }
    if (session != null) {
      session.exit();
      session.ended();
    }
    if (newSession != null && newSession.engineSession().revision() == null) {
      // initialize failed: forget the session
      sessions.end(newSession);
    }
  }
}
