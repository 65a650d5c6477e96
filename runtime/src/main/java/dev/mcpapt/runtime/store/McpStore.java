package dev.mcpapt.runtime.store;

import dev.mcpapt.runtime.tasks.TaskStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The state several server nodes behind one load balancer share, so that any node can serve any
 * request of a 2025-era session: the sessions themselves, the event log their streams resume
 * from, resource subscriptions, the notifications that must reach whichever node holds a
 * client's stream, the tasks, and the key that seals 2026-07-28 {@code requestState}.
 *
 * <p>{@link InMemoryStore} keeps it in one process (nodes in one JVM, tests); {@link PostgresStore}
 * in PostgreSQL. What stays on each node is only what cannot move: open connections and the
 * requests it is running.
 *
 * <p>Every method either completes within the store's timeouts or throws
 * {@link StoreUnavailableException}; none blocks indefinitely on a dead database.
 */
public interface McpStore extends AutoCloseable {
  /**
   * A 2025-era session as the nodes share it.
   *
   * @param revision the negotiated protocol revision
   * @param clientCapabilities the client's {@code capabilities} from {@code initialize}, as JSON
   * @param clientInfo the client's {@code clientInfo}, as JSON (may be null)
   * @param issuer issuer of the principal the session belongs to (null: signed out)
   * @param subject subject of that principal (null: signed out)
   * @param expiresAt when the session expires unless touched again
   */
  record SessionRecord(String id, String revision, String clientCapabilities, String clientInfo, String issuer,
      String subject, Instant expiresAt) {}

  /** One logged event of a stream; {@code seq} counts up from 1 within its stream. */
  record Event(int stream, long seq, byte[] data) {}

  /** What the store knows of one stream: whether it exists and whether it has ended. */
  enum StreamState { UNKNOWN, OPEN, FINISHED }

  /** Receives fan-out messages published by any node (this one included). */
  @FunctionalInterface
  interface Listener {
    /**
     * One message. {@code topic} is the publisher's; {@code payload} the bytes it published. Called
     * on the store's own thread: hand long work elsewhere.
     */
    void message(String topic, byte[] payload);

    /**
     * Messages may have been missed (the store lost and regained its connection): state that
     * depends on them should be read again.
     */
    default void resync() {}
  }

  // ---------------------------------------------------------------- sessions

  /** Stores a new session (its standalone stream 0 included). */
  void createSession(SessionRecord session);

  /** The session, if stored and not expired. */
  Optional<SessionRecord> session(String id);

  /** Moves the session's expiry to {@code expiresAt}; false if there is no such session. */
  boolean touchSession(String id, Instant expiresAt);

  /** Removes the session, its streams, events and subscriptions; false if there was none. */
  boolean deleteSession(String id);

  /** Removes the sessions that expired before {@code now} (with their events); returns how many. */
  int deleteExpired(Instant now);

  // ---------------------------------------------------------------- streams and events

  /** Opens a new stream of the session and returns its number (1, 2, ...; 0 is the standalone stream). */
  int newStream(String sessionId);

  /** Whether the stream exists and whether it has finished. */
  StreamState streamState(String sessionId, int stream);

  /** Marks a stream finished: it takes no more events; resuming it replays and ends. */
  void finishStream(String sessionId, int stream);

  /**
   * Logs an event on a stream and returns it with its sequence number; events of one stream are
   * numbered in the order they are committed. Keeps at most {@code keep} events per stream.
   */
  Event append(String sessionId, int stream, byte[] data, int keep);

  /**
   * Logs an event on the standalone stream of every live session that finished the handshake;
   * returns the ids of those sessions.
   */
  List<String> appendToAll(byte[] data, int keep);

  /** Logs an event on the standalone stream of every session subscribed to {@code uri}; returns their ids. */
  List<String> appendToSubscribers(String uri, byte[] data, int keep);

  /** The logged events of a stream after sequence number {@code afterSeq}, oldest first. */
  List<Event> eventsAfter(String sessionId, int stream, long afterSeq);

  // ---------------------------------------------------------------- subscriptions

  void subscribe(String sessionId, String uri);

  void unsubscribe(String sessionId, String uri);

  // ---------------------------------------------------------------- fan-out

  /**
   * Sends {@code payload} to the listeners of every node sharing the store (this one included),
   * at most once each, in the order published by this node.
   */
  void publish(String topic, byte[] payload);

  /** Adds a listener for what any node {@link #publish}es. */
  void listen(Listener listener);

  // ---------------------------------------------------------------- tasks and keys

  /** The shared task store (see docs/tasks.md). */
  TaskStore tasks();

  /**
   * The keys that seal {@code requestState}: the current one first (it seals), then older ones
   * still accepted. Every node sees the same list. A key is at least 32 bytes.
   */
  List<byte[]> sealingKeys();

  /**
   * Makes a fresh key current; the former current key stays accepted for {@code overlap}, then is
   * dropped.
   */
  void rotateSealingKey(java.time.Duration overlap);

  // ---------------------------------------------------------------- health

  /** Whether the store answers now (within its timeouts); for readiness probes. Never throws. */
  boolean reachable();

  @Override
  void close();
}
