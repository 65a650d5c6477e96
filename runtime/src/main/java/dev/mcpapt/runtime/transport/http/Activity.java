package dev.mcpapt.runtime.transport.http;

import static dev.mcpapt.runtime.transport.http.Answers.LOG;

import dev.mcpapt.runtime.engine.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the HTTP transports have open, and how it ends: requests in flight, SSE streams, POST
 * answers that may still become streams, stateless {@code subscriptions/listen} streams; the
 * keep-alive timer; and the drain at shutdown.
 */
final class Activity {
  private final HttpOptions options;
  private final ScheduledExecutorService timer;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final Set<SseConnection> streams = ConcurrentHashMap.newKeySet();
  /** POSTs still waiting for their first message or response (answered as JSON so far). */
  private final Set<PostChannel> waiting = ConcurrentHashMap.newKeySet();
  /** Every POST not answered yet, to answer when shutdown cuts it. */
  private final Set<PostChannel> answering = ConcurrentHashMap.newKeySet();
  /** The per-request engine sessions of open stateless {@code subscriptions/listen} streams. */
  private final Set<Session> listening = ConcurrentHashMap.newKeySet();
  /** The session whose count of open streams drops when a stream's response ends. */
  private final Map<Responder, HttpSession> sessionOf = new ConcurrentHashMap<>();
  private volatile boolean draining;

  Activity(HttpOptions options) {
    this.options = options;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "mcp-http-timer");
      t.setDaemon(true);
      return t;
    });
    long keepAlive = options.keepAliveInterval().toMillis();
    every(keepAlive, this::keepAlive);
  }

  /** Runs {@code task} every {@code millis} until shutdown. */
  void every(long millis, Runnable task) {
    timer.scheduleWithFixedDelay(task, millis, millis, TimeUnit.MILLISECONDS);
  }

  /** Runs {@code task} once after {@code millis}. */
  void later(long millis, Runnable task) {
    timer.schedule(task, millis, TimeUnit.MILLISECONDS);
  }

  /** True once shutdown began: new requests are refused. */
  boolean draining() {
    return draining;
  }

  /** Requests being answered now (long-lived streams included). */
  int inFlight() {
    return inFlight.get();
  }

  void requestStarted() {
    inFlight.incrementAndGet();
  }

  void requestEnded() {
    inFlight.decrementAndGet();
  }

  void answering(PostChannel c) {
    answering.add(c);
  }

  void answered(PostChannel c) {
    answering.remove(c);
  }

  void waiting(PostChannel c) {
    waiting.add(c);
  }

  void notWaiting(PostChannel c) {
    waiting.remove(c);
  }

  void listening(Session scope) {
    listening.add(scope);
  }

  void notListening(Session scope) {
    listening.remove(scope);
  }

  /** Open SSE streams, all sessions and eras. */
  int streamCount() {
    return streams.size();
  }

  void streamOpened(SseConnection c) {
    streams.add(c);
  }

  /** The session's count of open streams drops when the stream of {@code r} ends ({@link #streamClosed}). */
  void exitOnEnd(Responder r, HttpSession session) {
    sessionOf.put(r, session);
  }

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

  /**
   * Stops taking requests (new ones get 503), ends the long-lived streams (GET streams,
   * {@code subscriptions/listen}), waits up to {@code grace} for requests in flight, then closes
   * every session.
   */
  void shutdown(Duration grace, SessionRegistry sessions) {
    draining = true;
    for (Session s : listening) {
      s.close();
    }
    for (HttpSession s : sessions.all()) {
      ResumableStream standalone = s.stream(HttpSession.STANDALONE);
      if (standalone != null) {
        standalone.finish();
      }
    }
    long deadline = System.nanoTime() + grace.toNanos();
    while (System.nanoTime() < deadline && pending(sessions) > 0) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    int left = pending(sessions);
    if (left > 0) {
      LOG.log(System.Logger.Level.WARNING, "Stopping with " + left + " request(s) still running after "
          + grace.toMillis() + " ms");
    }
    // A request the grace period cut gets an error its client can act on (send it again, to
    // another replica), not a connection reset.
    for (PostChannel c : List.copyOf(answering)) {
      c.stopped();
    }
    for (HttpSession s : sessions.all()) {
      sessions.end(s);
    }
    for (SseConnection c : List.copyOf(streams)) {
      c.close();
    }
    timer.shutdownNow();
  }

  private int pending(SessionRegistry sessions) {
    return inFlight.get() + sessions.requestsInFlight();
  }
}
