package dev.mcpapt.runtime.transport.http;

import static dev.mcpapt.runtime.transport.http.Answers.LOG;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mcpapt.runtime.auth.Principal;
import dev.mcpapt.runtime.engine.Engine;
import dev.mcpapt.runtime.engine.Json;
import dev.mcpapt.runtime.engine.Messages;
import dev.mcpapt.runtime.engine.Relay;
import dev.mcpapt.runtime.engine.Revision;
import dev.mcpapt.runtime.engine.Session;
import dev.mcpapt.runtime.store.McpStore;
import dev.mcpapt.runtime.store.McpStore.SessionRecord;
import dev.mcpapt.runtime.store.StoreUnavailableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * 2025-era sessions shared by the nodes behind a load balancer through a {@link McpStore}: a
 * session initialized on one node is stored, and any node that sees its id takes it over (a local
 * copy with the negotiated revision, capabilities and owner); its streams log into the store, and
 * the node holding a stream's connection is told through the store's fan-out to send what other
 * nodes appended. It is also the engine's {@link Relay}: list changes and resource updates are
 * logged once for every session concerned and announced to every node, and a client's response
 * to a server request reaches the node waiting for it.
 */
final class SharedSessions implements Relay, McpStore.Listener {
  /** Events were appended to a stream: {@code <session> <stream> <ended 0|1>}. */
  private static final String EVENTS = "mcp.events";
  /** A broadcast: {@code {"m": method, "p": params, "s": [session ids it was logged for]}}. */
  private static final String BROADCAST = "mcp.broadcast";
  /** A session was ended by its client: its id. */
  private static final String ENDED = "mcp.ended";
  /** A client response for a server request: {@code {"s": session, "b": response}}. */
  private static final String RESPONSE = "mcp.response";
  /** Streams a session opens before it is shared are numbered apart from the shared ones. */
  static final int LOCAL_STREAMS_FROM = 1_000_000_000;
  /** How often (as a share of the idle timeout) a session in use pushes its expiry forward. */
  private static final int TOUCHES_PER_TIMEOUT = 10;

  private final Engine engine;
  private final HttpOptions options;
  private final McpStore store;
  private SessionRegistry registry;
  /** Handles what other nodes announce, in order, off the store's thread. */
  private final ExecutorService inbox = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "mcp-shared-sessions");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Long> touchedAt = new java.util.concurrent.ConcurrentHashMap<>();

  SharedSessions(Engine engine, HttpOptions options, McpStore store) {
    this.engine = engine;
    this.options = options;
    this.store = store;
  }

  /** Starts relaying; the registry is where this node keeps its copies. */
  void start(SessionRegistry registry) {
    this.registry = registry;
    engine.relay(this);
    store.listen(this);
  }

  private Instant expiry() {
    return Instant.now().plus(options.sessionIdleTimeout());
  }

  // ---------------------------------------------------------------- sessions

  /**
   * Stores a session whose initialize succeeded, so that every node can serve it.
   *
   * @return false if the store does not answer (the session cannot be offered)
   */
  boolean share(HttpSession s) {
    Session es = s.engineSession();
    Principal p = s.owner;
    try {
      store.createSession(new SessionRecord(s.id, es.revision().wireName(), text(es.clientCapabilities()),
          text(es.clientInfo()), p == null ? null : p.issuer(), p == null ? null : p.subject(), expiry()));
    } catch (StoreUnavailableException e) {
      LOG.log(System.Logger.Level.WARNING, "A session could not be shared: " + e.getMessage());
      return false;
    }
    s.share(new SharedLog(this, store, s.id, options.eventLogSize()));
    es.share(s.id);
    touchedAt.put(s.id, System.nanoTime());
    return true;
  }

  /**
   * A copy of session {@code id}, which another node opened, to serve here; empty if the store
   * knows no such live session.
   *
   * @throws StoreUnavailableException if the store does not answer
   */
  Optional<HttpSession> takeOver(String id) {
    Optional<SessionRecord> found = store.session(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    SessionRecord r = found.get();
    Revision revision = Revision.of(r.revision());
    if (revision == null) {
      return Optional.empty(); // stored by a server that speaks a revision this one does not
    }
    HttpSession s = new HttpSession(id, HttpSession.Kind.STREAMABLE, 0);
    if (r.subject() != null) {
      // Only who the session belongs to is shared; the caller's own token is checked against it.
      s.owner = new Principal(r.issuer(), r.subject(), Set.of(), Map.of(), "", null);
    }
    Session es = engine.openSession(message -> s.standalone().send(message));
    es.restore(revision, object(r.clientCapabilities()), object(r.clientInfo()));
    es.share(id);
    s.engineSession(es);
    s.share(new SharedLog(this, store, id, options.eventLogSize()));
    touchedAt.put(id, System.nanoTime());
    return Optional.of(s);
  }

  /** The session was used: push its expiry in the store forward now and then (off the request's path). */
  void used(HttpSession s) {
    if (!(s.log instanceof SharedLog)) {
      return;
    }
    long now = System.nanoTime();
    long every = options.sessionIdleTimeout().toNanos() / TOUCHES_PER_TIMEOUT;
    Long last = touchedAt.get(s.id);
    if (last != null && now - last < every) {
      return;
    }
    touchedAt.put(s.id, now);
    inbox.execute(() -> {
      try {
        store.touchSession(s.id, expiry());
      } catch (StoreUnavailableException e) {
        LOG.log(System.Logger.Level.DEBUG, () -> "Touching a shared session failed: " + e.getMessage());
      }
    });
  }

  /**
   * The client ended session {@code id}: removed from the store, and every node drops its copy.
   *
   * @throws StoreUnavailableException if the store does not answer
   */
  boolean end(String id) {
    boolean removed = store.deleteSession(id);
    store.publish(ENDED, id.getBytes(StandardCharsets.UTF_8));
    return removed;
  }

  /** This node forgot its copy (expired here, or ended). */
  void forget(String id) {
    touchedAt.remove(id);
  }

  /** Keeps the sessions in use here alive in the store, and removes expired ones (any node may). */
  void sweep() {
    try {
      Instant until = expiry();
      for (HttpSession s : registry.all()) {
        if (s.log instanceof SharedLog && !s.isIdle()) {
          store.touchSession(s.id, until);
        }
      }
      store.deleteExpired(Instant.now());
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "Sweeping shared sessions failed: " + e.getMessage());
    }
  }

  // ---------------------------------------------------------------- events

  /** Tells the nodes that events were appended to a stream (or that it ended). */
  void appended(String sessionId, int stream, boolean ended) {
    store.publish(EVENTS, (sessionId + " " + stream + " " + (ended ? 1 : 0)).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void message(String topic, byte[] payload) {
    try {
      inbox.execute(() -> {
        try {
          handle(topic, payload);
        } catch (RuntimeException e) {
          LOG.log(System.Logger.Level.WARNING, "Handling a message from another node failed: " + e.getMessage());
        }
      });
    } catch (java.util.concurrent.RejectedExecutionException stopped) {
      // this node stopped; the store may outlive it
    }
  }

  private void handle(String topic, byte[] payload) {
    switch (topic) {
      case EVENTS -> {
        String[] parts = new String(payload, StandardCharsets.UTF_8).split(" ");
        if (parts.length == 3) {
          pull(parts[0], Integer.parseInt(parts[1]), "1".equals(parts[2]));
        }
      }
      case BROADCAST -> {
        JsonNode b = tree(payload);
        JsonNode params = b.get("p");
        engine.broadcastHere(b.path("m").asText(), params instanceof ObjectNode o ? o : null);
        for (JsonNode id : b.path("s")) {
          pull(id.asText(), HttpSession.STANDALONE, false);
        }
      }
      case ENDED -> {
        HttpSession s = registry.get(new String(payload, StandardCharsets.UTF_8));
        if (s != null) {
          registry.end(s);
        }
      }
      case RESPONSE -> {
        JsonNode r = tree(payload);
        HttpSession s = registry.get(r.path("s").asText());
        if (s != null && s.engineSession() != null) {
          engine.completeResponse(s.engineSession(), Json.encode(g -> g.writeTree(r.get("b"))));
        }
      }
      default -> {
        // another feature's topic
      }
    }
  }

  /** Sends what was appended to a stream whose connection is here. */
  private void pull(String sessionId, int stream, boolean ended) {
    HttpSession s = registry.get(sessionId);
    ResumableStream rs = s == null ? null : s.stream(stream);
    if (rs != null && rs.hasOpenConnection()) {
      rs.pull(ended);
    }
  }

  @Override
  public void resync() {
    if (inbox.isShutdown()) {
      return; // this node stopped
    }
    inbox.execute(() -> {
      for (HttpSession s : registry.all()) {
        if (!(s.log instanceof SharedLog)) {
          continue;
        }
        try {
          if (store.session(s.id).isEmpty()) {
            registry.end(s);
            continue;
          }
          for (int id : s.streamIds()) {
            pull(s.id, id, false);
          }
        } catch (RuntimeException e) {
          LOG.log(System.Logger.Level.WARNING, "Catching up with the shared store failed: " + e.getMessage());
          return;
        }
      }
    });
  }

  // ---------------------------------------------------------------- Relay

  @Override
  public void broadcast(String method, ObjectNode params) {
    byte[] message = Messages.notification(method, params);
    List<String> ids;
    try {
      ids = Engine.RESOURCE_UPDATED.equals(method)
          ? store.appendToSubscribers(params.path("uri").asText(), message, options.eventLogSize())
          : store.appendToAll(message, options.eventLogSize());
      ObjectNode b = Json.object();
      b.put("m", method);
      if (params != null) {
        b.set("p", params);
      }
      ArrayNode s = b.putArray("s");
      ids.forEach(s::add);
      store.publish(BROADCAST, Json.encode(g -> g.writeTree(b)));
    } catch (StoreUnavailableException e) {
      LOG.log(System.Logger.Level.WARNING, "A " + method + " reached this node's clients only: " + e.getMessage());
      engine.broadcastHere(method, params);
    }
  }

  @Override
  public void subscription(String sessionId, String uri, boolean subscribed) {
    if (subscribed) {
      store.subscribe(sessionId, uri);
    } else {
      store.unsubscribe(sessionId, uri);
    }
  }

  @Override
  public void response(String sessionId, byte[] body) {
    ObjectNode r = Json.object();
    r.put("s", sessionId);
    r.set("b", tree(body));
    try {
      store.publish(RESPONSE, Json.encode(g -> g.writeTree(r)));
    } catch (StoreUnavailableException e) {
      LOG.log(System.Logger.Level.WARNING, "A client response could not be passed on: " + e.getMessage());
    }
  }

  // ---------------------------------------------------------------- JSON

  private static String text(ObjectNode node) {
    return node == null ? null : Json.encodeToString(g -> g.writeTree(node));
  }

  private static ObjectNode object(String text) {
    if (text == null) {
      return null;
    }
    JsonNode n = tree(text.getBytes(StandardCharsets.UTF_8));
    return n instanceof ObjectNode o ? o : Json.object();
  }

  private static JsonNode tree(byte[] bytes) {
    try {
      return Json.readTree(bytes);
    } catch (IOException e) {
      throw new IllegalArgumentException("malformed message from another node", e);
    }
  }

  void close() {
    inbox.shutdownNow();
  }
}
