package dev.mcpapt.runtime.transport.http;

import dev.mcpapt.runtime.engine.Engine;
import dev.mcpapt.runtime.engine.Inbound;
import dev.mcpapt.runtime.engine.RequestChannel;
import dev.mcpapt.runtime.engine.Session;
import dev.mcpapt.runtime.store.McpStore.StreamState;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One client session over HTTP: a session of the Streamable HTTP transport (2025-03-26 to
 * 2025-11-25, {@code Mcp-Session-Id}) or of HTTP+SSE (2024-11-05, {@code ?sessionId=}). It owns
 * the engine {@link Session}, its streams and the event log they resume from.
 */
final class HttpSession {
  /** Which transport made the session. */
  enum Kind { STREAMABLE, HTTP_SSE }

  /** Stream 0 is the standalone GET stream; POST streams count up from 1. */
  static final int STANDALONE = 0;
  /** Finished streams kept for resumption. */
  private static final int FINISHED_STREAMS_KEPT = 64;

  final String id;
  final Kind kind;
  /** This node's log, until the session is shared: then the store's ({@link #share}). */
  volatile StreamLog log;
  private Session engineSession;
  private final AtomicInteger active = new AtomicInteger();
  private final AtomicInteger nextStream = new AtomicInteger(STANDALONE + 1);
  private final Map<Integer, ResumableStream> streams = new LinkedHashMap<>();
  private volatile long lastActiveNanos = System.nanoTime();
  private volatile boolean closed;
  /** The user the session belongs to (bound by its first authenticated request), or null. */
  volatile dev.mcpapt.runtime.auth.Principal owner;
  /** The HTTP+SSE stream (kind HTTP_SSE only). */
  volatile SseConnection sseConnection;
  /** Requests admitted and not yet ended; those not running wait their turn in {@link #waitingTurn}. */
  private final ArrayDeque<Runnable> waitingTurn = new ArrayDeque<>();
  private int admitted;
  private int running;

  HttpSession(String id, Kind kind, int eventLogSize) {
    this.id = id;
    this.kind = kind;
    this.log = new EventLog(kind == Kind.STREAMABLE ? eventLogSize : 0);
  }

  void engineSession(Session s) {
    this.engineSession = s;
  }

  Session engineSession() {
    return engineSession;
  }

  /** Counts a request or stream in progress; false (nothing counted) past {@code limit}. */
  boolean enter(int limit) {
    touch();
    while (true) {
      int n = active.get();
      if (n >= limit) {
        return false;
      }
      if (active.compareAndSet(n, n + 1)) {
        return true;
      }
    }
  }

  /**
   * Admits a request of this session: false (nothing admitted) if {@code maxAdmitted} are
   * admitted already. It runs now if fewer than {@code maxRunning} of the session's requests run,
   * else once one of them {@link #ended}, so one session's backlog waits in its own queue, not in
   * the engine's shared one ahead of other clients.
   */
  boolean admit(Runnable dispatch, int maxAdmitted, int maxRunning) {
    synchronized (waitingTurn) {
      if (admitted >= maxAdmitted) {
        return false;
      }
      admitted++;
      if (running >= maxRunning) {
        waitingTurn.add(dispatch);
        return true;
      }
      running++;
    }
    dispatch.run();
    return true;
  }

  /**
   * Admits {@code in} ({@link #admit}) and dispatches it to the engine once its turn comes; a
   * request whose turn comes after the session ended is abandoned.
   */
  boolean dispatch(Engine engine, Inbound in, RequestChannel channel, int maxAdmitted, int maxRunning) {
    return admit(() -> {
      if (isClosed()) {
        channel.abandoned();
      } else {
        engine.dispatch(in, engineSession, channel);
      }
    }, maxAdmitted, maxRunning);
  }

  /** An admitted request ended (answered or abandoned): the next one waiting runs. */
  void ended() {
    Runnable next;
    synchronized (waitingTurn) {
      admitted--;
      next = waitingTurn.poll();
      if (next == null) {
        running--;
      }
    }
    if (next != null) {
      next.run();
    }
  }

  void exit() {
    active.decrementAndGet();
    touch();
  }

  int activeCount() {
    return active.get();
  }

  void touch() {
    lastActiveNanos = System.nanoTime();
  }

  /** Idle: nothing in progress and no activity for {@code timeoutNanos}. */
  boolean isExpired(long now, long timeoutNanos) {
    return now - lastActiveNanos > timeoutNanos && isIdle();
  }

  /** No open stream and no request in flight. */
  boolean isIdle() {
    return active.get() == 0 && (engineSession == null || engineSession.inFlightCount() == 0);
  }

  long lastActiveNanos() {
    return lastActiveNanos;
  }

  boolean isClosed() {
    return closed;
  }

  /**
   * Makes the session shared: its streams log into {@code shared}, and streams it opened before
   * (numbered from {@code localFrom}, apart from the shared numbers) stay resumable here only.
   */
  void share(SharedLog shared) {
    this.log = shared;
  }

  /** Numbers streams opened before the session is shared from {@code first} on. */
  void localStreamsFrom(int first) {
    nextStream.set(first);
  }

  /** A new POST stream (resumable through the event log). */
  ResumableStream newStream(boolean prime) {
    int id = log instanceof SharedLog shared ? shared.newStream() : nextStream.getAndIncrement();
    ResumableStream s = new ResumableStream(this, id, prime);
    synchronized (streams) {
      streams.put(s.id, s);
      if (streams.size() > FINISHED_STREAMS_KEPT) {
        streams.values().removeIf(x -> x.isFinished() && streams.size() > FINISHED_STREAMS_KEPT);
      }
    }
    return s;
  }

  /** The standalone GET stream, made on first use. */
  ResumableStream standalone() {
    synchronized (streams) {
      return streams.computeIfAbsent(STANDALONE, k -> new ResumableStream(this, STANDALONE, false));
    }
  }

  /** The numbers of the streams this node has of the session. */
  List<Integer> streamIds() {
    synchronized (streams) {
      return List.copyOf(streams.keySet());
    }
  }

  ResumableStream stream(int id) {
    synchronized (streams) {
      return streams.get(id);
    }
  }

  /**
   * A stream of this session that another node opened (a client resumes it here), or {@code null}
   * if the shared log knows no such stream. Only for shared sessions.
   */
  ResumableStream adopt(int id) {
    if (!(log instanceof SharedLog shared)) {
      return null;
    }
    StreamState state = shared.state(id);
    if (state == StreamState.UNKNOWN) {
      return null;
    }
    synchronized (streams) {
      ResumableStream s = streams.computeIfAbsent(id, k -> new ResumableStream(this, id, false));
      if (state == StreamState.FINISHED) {
        s.endedElsewhere();
      }
      return s;
    }
  }

  /** Closes the engine session (cancelling its requests) and every stream. */
  void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (engineSession != null) {
      engineSession.close();
    }
    ResumableStream[] all;
    synchronized (streams) {
      all = streams.values().toArray(new ResumableStream[0]);
      streams.clear();
    }
    for (ResumableStream s : all) {
      s.closeHere();
    }
    SseConnection c = sseConnection;
    if (c != null) {
      c.close();
    }
  }
}
