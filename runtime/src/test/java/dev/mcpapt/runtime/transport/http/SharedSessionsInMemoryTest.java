package dev.mcpapt.runtime.transport.http;

import dev.mcpapt.runtime.store.InMemoryStore;
import dev.mcpapt.runtime.store.McpStore;

/** Two nodes in one process on one {@link InMemoryStore}. */
class SharedSessionsInMemoryTest extends SharedSessionsContract {
  private McpStore shared;

  @Override
  McpStore store(int n) {
    if (n == 0) {
      shared = new InMemoryStore();
      return shared;
    }
    return new McpStore() {
      // the same state; closing it is the first node's business
      @Override public void createSession(SessionRecord s) { shared.createSession(s); }
      @Override public java.util.Optional<SessionRecord> session(String id) { return shared.session(id); }
      @Override public boolean touchSession(String id, java.time.Instant e) { return shared.touchSession(id, e); }
      @Override public boolean deleteSession(String id) { return shared.deleteSession(id); }
      @Override public int deleteExpired(java.time.Instant now) { return shared.deleteExpired(now); }
      @Override public int newStream(String id) { return shared.newStream(id); }
      @Override public StreamState streamState(String id, int s) { return shared.streamState(id, s); }
      @Override public void finishStream(String id, int s) { shared.finishStream(id, s); }
      @Override public Event append(String id, int s, byte[] d, int k) { return shared.append(id, s, d, k); }
      @Override public java.util.List<String> appendToAll(byte[] d, int k) { return shared.appendToAll(d, k); }
      @Override public java.util.List<String> appendToSubscribers(String u, byte[] d, int k) {
        return shared.appendToSubscribers(u, d, k);
      }
      @Override public java.util.List<Event> eventsAfter(String id, int s, long a) { return shared.eventsAfter(id, s, a); }
      @Override public void subscribe(String id, String u) { shared.subscribe(id, u); }
      @Override public void unsubscribe(String id, String u) { shared.unsubscribe(id, u); }
      @Override public void publish(String t, byte[] p) { shared.publish(t, p); }
      @Override public void listen(Listener l) { shared.listen(l); }
      @Override public dev.mcpapt.runtime.tasks.TaskStore tasks() { return shared.tasks(); }
      @Override public java.util.List<byte[]> sealingKeys() { return shared.sealingKeys(); }
      @Override public void rotateSealingKey(java.time.Duration o) { shared.rotateSealingKey(o); }
      @Override public boolean reachable() { return true; }
      @Override public void close() {}
    };
  }
}
