package dev.mcpapt.runtime.transport.http;

import java.util.ArrayList;
import java.util.List;

/**
 * The last events of one session, across its streams, for {@code Last-Event-ID} resumption: a
 * ring of fixed capacity, oldest dropped first. Sequence numbers grow across the session, so an
 * event id {@code <stream>-<seq>} is unique within it.
 */
final class EventLog implements StreamLog {
  /** One stored event. */
  record Event(int stream, long seq, byte[] data) {
    String id() {
      return stream + "-" + seq;
    }
  }

  private final Event[] ring;
  private int start;
  private int size;
  private long nextSeq = 1;

  EventLog(int capacity) {
    this.ring = new Event[Math.max(capacity, 0)];
  }

  /** Stores an event and returns it (with its sequence number). */
  @Override
  public synchronized Event append(int stream, byte[] data) {
    Event e = new Event(stream, nextSeq++, data);
    if (ring.length == 0) {
      return e;
    }
    if (size == ring.length) {
      ring[start] = e;
      start = (start + 1) % ring.length;
    } else {
      ring[(start + size) % ring.length] = e;
      size++;
    }
    return e;
  }

  /** The stored events of {@code stream} after sequence number {@code afterSeq}, oldest first. */
  @Override
  public synchronized List<Event> after(int stream, long afterSeq) {
    List<Event> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Event e = ring[(start + i) % ring.length];
      if (e.stream() == stream && e.seq() > afterSeq) {
        out.add(e);
      }
    }
    return out;
  }

  /** Parses an event id made by {@link Event#id()}: {stream, seq}, or {@code null}. */
  static long[] parseId(String id) {
    if (id == null) {
      return null;
    }
    int dash = id.indexOf('-');
    if (dash <= 0 || dash == id.length() - 1) {
      return null;
    }
    try {
      long stream = Long.parseLong(id.substring(0, dash).trim());
      long seq = Long.parseLong(id.substring(dash + 1).trim());
      if (stream < 0 || stream > Integer.MAX_VALUE || seq < 0) {
        return null;
      }
      return new long[] {stream, seq};
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
