package dev.mcpapt.runtime.transport.http;

import dev.mcpapt.runtime.store.McpStore;
import java.util.ArrayList;
import java.util.List;

/**
 * The event log of a shared session, in the store: any node appends, and the node holding a
 * stream's connection is told (through the store's fan-out) to send what was appended.
 */
final class SharedLog implements StreamLog {
  private final SharedSessions shared;
  private final McpStore store;
  private final String sessionId;
  private final int keep;

  SharedLog(SharedSessions shared, McpStore store, String sessionId, int keep) {
    this.shared = shared;
    this.store = store;
    this.sessionId = sessionId;
    this.keep = keep;
  }

  @Override
  public EventLog.Event append(int stream, byte[] data) {
    McpStore.Event e = store.append(sessionId, stream, data, keep);
    if (data.length > 0) {
      shared.appended(sessionId, stream, false);
    }
    return new EventLog.Event(stream, e.seq(), data);
  }

  @Override
  public List<EventLog.Event> after(int stream, long afterSeq) {
    List<EventLog.Event> out = new ArrayList<>();
    for (McpStore.Event e : store.eventsAfter(sessionId, stream, afterSeq)) {
      out.add(new EventLog.Event(stream, e.seq(), e.data()));
    }
    return out;
  }

  @Override
  public void finished(int stream) {
    store.finishStream(sessionId, stream);
    shared.appended(sessionId, stream, true);
  }

  @Override
  public boolean shared() {
    return true;
  }

  /** A new POST stream's number, unique across nodes. */
  int newStream() {
    return store.newStream(sessionId);
  }

  McpStore.StreamState state(int stream) {
    return store.streamState(sessionId, stream);
  }
}
