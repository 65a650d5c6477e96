package dev.mcpapt.runtime.transport.http;

import java.util.List;

/**
 * Where the events of a session's streams are logged for {@code Last-Event-ID} resumption: this
 * process's {@link EventLog}, or the shared store ({@link SharedLog}) when nodes share sessions.
 */
interface StreamLog {
  /** Logs an event and returns it with its id. */
  EventLog.Event append(int stream, byte[] data);

  /** The logged events of {@code stream} after sequence number {@code afterSeq}, oldest first. */
  List<EventLog.Event> after(int stream, long afterSeq);

  /** A POST stream ended (its response is logged). */
  default void finished(int stream) {}

  /** Whether other nodes may log events on these streams too (then connections pull what they miss). */
  default boolean shared() {
    return false;
  }
}
