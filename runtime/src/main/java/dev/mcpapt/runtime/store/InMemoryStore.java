package dev.mcpapt.runtime.store;

import dev.mcpapt.runtime.tasks.InMemoryTaskStore;
import dev.mcpapt.runtime.tasks.TaskStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The shared state in this process's memory: what one node keeps on its own, and what several
 * nodes in one JVM share when they are given the same instance. Listeners are called on the
 * publishing thread.
 */
public final class InMemoryStore implements McpStore {
  private static final SecureRandom RANDOM = new SecureRandom();

  private static final class Stream {
    final ArrayDeque<Event> events = new ArrayDeque<>();
    long nextSeq = 1;
    boolean finished;
  }

  private static final class Entry {
    SessionRecord record;
    int nextStream = 1;
    final Map<Integer, Stream> streams = new HashMap<>();
    final Set<String> subscriptions = new HashSet<>();
  }

  private record Key(byte[] secret, Instant acceptedUntil) {}

  private final Clock clock;
  private final Map<String, Entry> sessions = new HashMap<>();
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();
  private final TaskStore tasks;
  private final List<Key> keys = new ArrayList<>();

  public InMemoryStore() {
    this(Clock.systemUTC(), new InMemoryTaskStore(10_000));
  }

  public InMemoryStore(Clock clock, TaskStore tasks) {
    this.clock = clock;
    this.tasks = tasks;
    keys.add(new Key(freshKey(), null));
  }

  static byte[] freshKey() {
    byte[] k = new byte[32];
    RANDOM.nextBytes(k);
    return k;
  }

  private Entry live(String id) {
    Entry e = sessions.get(id);
    if (e == null) {
      return null;
    }
    return e.record.expiresAt().isAfter(clock.instant()) ? e : null; // removed by deleteExpired
  }

  @Override
  public synchronized void createSession(SessionRecord session) {
    Entry e = new Entry();
    e.record = session;
    e.streams.put(0, new Stream());
    sessions.put(session.id(), e);
  }

  @Override
  public synchronized Optional<SessionRecord> session(String id) {
    Entry e = live(id);
    return e == null ? Optional.empty() : Optional.of(e.record);
  }

  @Override
  public synchronized boolean touchSession(String id, Instant expiresAt) {
    Entry e = live(id);
    if (e == null) {
      return false;
    }
    SessionRecord r = e.record;
    e.record = new SessionRecord(r.id(), r.revision(), r.clientCapabilities(), r.clientInfo(), r.issuer(),
        r.subject(), expiresAt);
    return true;
  }

  @Override
  public synchronized boolean deleteSession(String id) {
    return sessions.remove(id) != null;
  }

  @Override
  public synchronized int deleteExpired(Instant now) {
    int before = sessions.size();
    sessions.values().removeIf(e -> !e.record.expiresAt().isAfter(now));
    return before - sessions.size();
  }

  @Override
  public synchronized int newStream(String sessionId) {
    Entry e = live(sessionId);
    if (e == null) {
      throw new IllegalArgumentException("no session " + sessionId);
    }
    int id = e.nextStream++;
    e.streams.put(id, new Stream());
    return id;
  }

  @Override
  public synchronized StreamState streamState(String sessionId, int stream) {
    Entry e = live(sessionId);
    Stream s = e == null ? null : e.streams.get(stream);
    return s == null ? StreamState.UNKNOWN : s.finished ? StreamState.FINISHED : StreamState.OPEN;
  }

  @Override
  public synchronized void finishStream(String sessionId, int stream) {
    Entry e = live(sessionId);
    Stream s = e == null ? null : e.streams.get(stream);
    if (s != null) {
      s.finished = true;
    }
  }

  @Override
  public synchronized Event append(String sessionId, int stream, byte[] data, int keep) {
    Entry e = live(sessionId);
    Stream s = e == null ? null : e.streams.get(stream);
    if (s == null) {
      return new Event(stream, 0, data); // nothing to log into: the session or stream is gone
    }
    return add(s, stream, data, keep);
  }

  private static Event add(Stream s, int stream, byte[] data, int keep) {
    Event ev = new Event(stream, s.nextSeq++, data);
    s.events.addLast(ev);
    while (s.events.size() > Math.max(keep, 0)) {
      s.events.removeFirst();
    }
    return ev;
  }

  @Override
  public synchronized List<String> appendToAll(byte[] data, int keep) {
    List<String> ids = new ArrayList<>();
    Instant now = clock.instant();
    for (Entry e : sessions.values()) {
      if (e.record.expiresAt().isAfter(now) && e.record.revision() != null) {
        add(e.streams.get(0), 0, data, keep);
        ids.add(e.record.id());
      }
    }
    return ids;
  }

  @Override
  public synchronized List<String> appendToSubscribers(String uri, byte[] data, int keep) {
    List<String> ids = new ArrayList<>();
    Instant now = clock.instant();
    for (Entry e : sessions.values()) {
      if (e.record.expiresAt().isAfter(now) && e.subscriptions.contains(uri)) {
        add(e.streams.get(0), 0, data, keep);
        ids.add(e.record.id());
      }
    }
    return ids;
  }

  @Override
  public synchronized List<Event> eventsAfter(String sessionId, int stream, long afterSeq) {
    Entry e = live(sessionId);
    Stream s = e == null ? null : e.streams.get(stream);
    if (s == null) {
      return List.of();
    }
    List<Event> out = new ArrayList<>();
    for (Event ev : s.events) {
      if (ev.seq() > afterSeq) {
        out.add(ev);
      }
    }
    return out;
  }

  @Override
  public synchronized void subscribe(String sessionId, String uri) {
    Entry e = live(sessionId);
    if (e != null) {
      e.subscriptions.add(uri);
    }
  }

  @Override
  public synchronized void unsubscribe(String sessionId, String uri) {
    Entry e = live(sessionId);
    if (e != null) {
      e.subscriptions.remove(uri);
    }
  }

  @Override
  public void publish(String topic, byte[] payload) {
    for (Listener l : listeners) {
      l.message(topic, payload);
    }
  }

  @Override
  public void listen(Listener listener) {
    listeners.add(listener);
  }

  @Override
  public TaskStore tasks() {
    return tasks;
  }

  @Override
  public synchronized List<byte[]> sealingKeys() {
    Instant now = clock.instant();
    keys.removeIf(k -> k.acceptedUntil() != null && !k.acceptedUntil().isAfter(now));
    List<byte[]> out = new ArrayList<>();
    keys.forEach(k -> out.add(k.secret().clone()));
    return out;
  }

  @Override
  public synchronized void rotateSealingKey(Duration overlap) {
    Key current = keys.remove(0);
    keys.add(0, new Key(current.secret(), clock.instant().plus(overlap)));
    keys.add(0, new Key(freshKey(), null));
  }

  @Override
  public boolean reachable() {
    return true;
  }

  @Override
  public void close() {
    tasks.close();
  }
}
