package dev.mcpapt.runtime.transport.http;

import static dev.mcpapt.runtime.transport.http.Answers.LOG;
import static dev.mcpapt.runtime.transport.http.Answers.fail;

import dev.mcpapt.runtime.auth.Principal;
import dev.mcpapt.runtime.engine.Engine;
import dev.mcpapt.runtime.McpError;
import dev.mcpapt.runtime.engine.RequestObserver;
import dev.mcpapt.runtime.engine.Session;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP sessions of both session eras (Streamable HTTP 2025-03-26 to 2025-11-25, and HTTP+SSE
 * 2024-11-05): creation (rate-limited per client, bounded, evicting the least recently used idle
 * session when full), lookup by id, ending, and expiry of idle ones. Every creation, lookup and
 * removal of a session goes through here.
 */
final class SessionRegistry {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Engine engine;
  private final HttpOptions options;
  private final NotificationDelivery delivery;
  private final SessionRateLimit rate;
  private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();
  /** Requests of one session that run at once; the session's others wait their turn (see {@link HttpSession#admit}). */
  private final int runningPerSession;

  /** The state shared with other nodes, or {@code null}. */
  private final SharedSessions shared;

  SessionRegistry(Engine engine, HttpOptions options, NotificationDelivery delivery, SharedSessions shared) {
    this.engine = engine;
    this.shared = shared;
    this.options = options;
    this.delivery = delivery;
    this.rate = new SessionRateLimit(options.sessionsPerSecondPerClient(), options.sessionBurstPerClient());
    // A bounded pool of workers (no virtual threads) is shared fairly: a session runs a quarter of it at most.
    this.runningPerSession = engine.workers() instanceof ThreadPoolExecutor pool
        ? Math.max(1, pool.getMaximumPoolSize() / 4) : Integer.MAX_VALUE;
  }

  int runningPerSession() {
    return runningPerSession;
  }

  /**
   * Opens a session of {@code kind} owned by {@code owner} (or nobody yet).
   *
   * @return the session, or {@code null} if the request was answered (429 or 503)
   */
  HttpSession open(HttpSession.Kind kind, Responder r, Principal owner) {
    long wait = rate.acquire(r.exchange().remoteAddress(), System.nanoTime());
    if (wait > 0) {
      long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait + 999_999_999L));
      r.exchange().responseHeader("Retry-After", Long.toString(seconds));
      fail(r, 429, null, McpError.INVALID_REQUEST, "Too many requests: this client opens sessions faster than "
          + options.sessionsPerSecondPerClient() + " per second; retry after " + seconds + " s");
      return null;
    }
    if (sessions.size() >= options.maxSessions() && !evictIdle()) {
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
    s.engineSession(engine.openSession(delivery.outboundOf(s)));
    s.engineSession().attributes().put(RequestObserver.SESSION_ID, id);
    if (shared != null && kind == HttpSession.Kind.STREAMABLE) {
      s.localStreamsFrom(SharedSessions.LOCAL_STREAMS_FROM);
    }
    sessions.put(id, s);
    return s;
  }

  /** Whether sessions are shared with other nodes. */
  boolean isShared() {
    return shared != null;
  }

  /**
   * Shares a session whose initialize succeeded with the other nodes (nothing to do when sessions
   * are not shared); false if the store does not answer.
   */
  boolean share(HttpSession s) {
    return shared == null || s.kind != HttpSession.Kind.STREAMABLE || shared.share(s);
  }

  /**
   * The open session of {@code kind} with this id, or {@code null}. A Streamable HTTP session
   * another node opened is taken over from the shared store.
   *
   * @throws dev.mcpapt.runtime.store.StoreUnavailableException if the store must be asked and does not answer
   */
  HttpSession find(String id, HttpSession.Kind kind) {
    HttpSession s = sessions.get(id);
    if (s == null && shared != null && kind == HttpSession.Kind.STREAMABLE) {
      s = shared.takeOver(id).map(copy -> {
        HttpSession raced = sessions.putIfAbsent(id, copy);
        if (raced != null) {
          copy.close();
          return raced;
        }
        return copy;
      }).orElse(null);
    }
    if (s == null || s.kind != kind || s.isClosed()) {
      return null;
    }
    if (shared != null) {
      shared.used(s);
    }
    return s;
  }

  /**
   * The client ended session {@code s}: on every node when it is shared.
   *
   * @throws dev.mcpapt.runtime.store.StoreUnavailableException if the store does not answer
   */
  boolean endByClient(HttpSession s) {
    boolean removedFromStore = false;
    if (shared != null && s.log instanceof SharedLog) {
      // The store's fan-out reaches this node too and may end the local copy first: the client's
      // end still succeeded if either removal did.
      removedFromStore = shared.end(s.id);
    }
    return end(s) || removedFromStore;
  }

  /** The session with this id, open or closing, or {@code null}. */
  HttpSession get(String id) {
    return sessions.get(id);
  }

  /** Forgets and closes {@code s}; false if it had ended already. */
  boolean end(HttpSession s) {
    boolean removed = sessions.remove(s.id, s);
    s.close();
    if (shared != null) {
      shared.forget(s.id);
    }
    LOG.log(System.Logger.Level.DEBUG, () -> "Session " + s.id + " closed");
    return removed;
  }

  int size() {
    return sessions.size();
  }

  List<HttpSession> all() {
    return List.copyOf(sessions.values());
  }

  /** Requests in flight in every session. */
  int requestsInFlight() {
    int n = 0;
    for (HttpSession s : sessions.values()) {
      Session es = s.engineSession();
      if (es != null) {
        n += es.inFlightCount();
      }
    }
    return n;
  }

  /**
   * Ends the least recently used idle session (no open stream, no request in flight) to make room
   * for a new one; false if every session is busy. A session still in its initialize is not idle.
   */
  private boolean evictIdle() {
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

  /** Ends the sessions idle for longer than {@link HttpOptions#sessionIdleTimeout()}. */
  void expire() {
    try {
      long now = System.nanoTime();
      rate.sweep(now);
      long timeout = options.sessionIdleTimeout().toNanos();
      for (HttpSession s : sessions.values()) {
        if (s.isExpired(now, timeout)) {
          LOG.log(System.Logger.Level.DEBUG, () -> "Session " + s.id + " expired");
          end(s);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "Expiring sessions failed", e);
    }
  }
}
