package dev.mcpapt.runtime.transport.http;

import dev.mcpapt.runtime.store.StoreUnavailableException;
import java.util.List;

/**
 * A logical SSE stream of a Streamable HTTP session (2025-03-26 to 2025-11-25): the response
 * stream of one POST, or the standalone GET stream. Every event goes into the session's
 * {@link EventLog} with an id, so the stream outlives a broken connection: the client reconnects
 * with {@code GET} and {@code Last-Event-ID}, gets what it missed, and the stream continues on
 * the new connection.
 */
final class ResumableStream {
  final HttpSession session;
  final int id;
  private final boolean prime;
  private SseConnection connection;
  private boolean finished;
  /** Sequence number of the last event written to {@link #connection} (shared logs only). */
  private long delivered;

  ResumableStream(HttpSession session, int id, boolean prime) {
    this.session = session;
    this.id = id;
    this.prime = prime;
  }

  /** Makes {@code c} this stream's connection, after the priming event if the revision wants one. */
  synchronized void open(SseConnection c) {
    delivered = 0;
    if (prime) {
      EventLog.Event e = session.log.append(id, new byte[0]);
      c.prime(e.id());
      delivered = e.seq();
    }
    replace(c);
  }

  /** Sends one message (stored for resumption even when no connection is open). */
  synchronized void send(byte[] json) {
    if (finished) {
      return;
    }
    EventLog.Event e;
    try {
      e = session.log.append(id, json);
    } catch (StoreUnavailableException down) {
      // Not logged, so not resumable: still sent to the connection that is here, without an id.
      if (connection != null && !connection.message(null, json)) {
        connection = null;
      }
      return;
    }
    if (connection == null) {
      return;
    }
    if (session.log.shared() && e.seq() != delivered + 1) {
      pullLocked(); // other nodes logged events in between: send them in order
    } else if (!connection.message(e.id(), json)) {
      connection = null;
    } else {
      delivered = e.seq();
    }
  }

  /**
   * Sends what other nodes logged on this stream since the last event sent; ends the connection
   * if the stream {@code ended} meanwhile. Shared logs only.
   */
  synchronized void pull(boolean ended) {
    if (connection == null) {
      return;
    }
    pullLocked();
    if (ended && connection != null) {
      finished = true;
      connection.close();
      connection = null;
    }
  }

  private void pullLocked() {
    for (EventLog.Event e : session.log.after(id, delivered)) {
      delivered = e.seq();
      if (e.data().length > 0 && !connection.message(e.id(), e.data())) {
        connection = null;
        return;
      }
    }
  }

  /** Ends the stream: no more events; the open connection (if any) ends normally. */
  synchronized void finish() {
    if (!finished && id != HttpSession.STANDALONE) {
      session.log.finished(id);
    }
    closeHere();
  }

  /** Ends the stream on this node only (the session's copy here closes; other nodes may go on). */
  synchronized void closeHere() {
    finished = true;
    if (connection != null) {
      connection.close();
      connection = null;
    }
  }

  /** Marks a stream taken over from another node as ended there. */
  synchronized void endedElsewhere() {
    finished = true;
  }

  /**
   * SSE polling: asks the client to reconnect after {@code retryMillis} and closes the connection,
   * without ending the stream; events until then are logged for the resumption.
   */
  synchronized void release(long retryMillis) {
    if (finished || connection == null) {
      return;
    }
    SseConnection c = connection;
    connection = null;
    c.retry(retryMillis);
    c.close();
  }

  synchronized boolean isFinished() {
    return finished;
  }

  synchronized boolean hasOpenConnection() {
    return connection != null && connection.isOpen();
  }

  /** The connection broke: keep storing events for a later resumption. */
  synchronized void detach(SseConnection c) {
    if (connection == c) {
      connection = null;
    }
  }

  /**
   * Continues live on {@code c} without replaying anything (a new standalone GET), after a
   * priming event if the revision wants one.
   */
  synchronized void resumeLive(SseConnection c, boolean prime) {
    if (session.log.shared()) {
      // The marker's number is where this connection starts; events of other nodes follow it.
      EventLog.Event e = session.log.append(id, new byte[0]);
      if (prime) {
        c.prime(e.id());
      }
      delivered = e.seq();
      replace(c);
      return;
    }
    if (prime) {
      c.prime(session.log.append(id, new byte[0]).id());
    }
    resume(c, Long.MAX_VALUE);
  }

  /**
   * Resumes on {@code c}: replays the events after {@code afterSeq}, then continues live (or ends,
   * if the stream has finished).
   */
  synchronized void resume(SseConnection c, long afterSeq) {
    List<EventLog.Event> missed = session.log.after(id, afterSeq);
    delivered = afterSeq;
    for (EventLog.Event e : missed) {
      delivered = e.seq();
      if (e.data().length == 0) {
        continue;
      }
      if (!c.message(e.id(), e.data())) {
        return;
      }
    }
    if (finished) {
      c.close();
    } else {
      replace(c);
    }
  }

  private void replace(SseConnection c) {
    SseConnection old = connection;
    connection = c;
    if (old != null && old != c) {
      old.close();
    }
  }
}
