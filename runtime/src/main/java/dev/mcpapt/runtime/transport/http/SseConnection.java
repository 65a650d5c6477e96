package dev.mcpapt.runtime.transport.http;

import java.nio.charset.StandardCharsets;

/**
 * One open {@code text/event-stream} response: frames JSON-RPC messages as SSE events and sends
 * keep-alive comments. The JSON the engine produces never contains a line break, so each message
 * is a single {@code data:} line.
 */
final class SseConnection {
  private static final byte[] KEEP_ALIVE = ":\n\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] DATA = "data: ".getBytes(StandardCharsets.US_ASCII);

  private final Responder responder;
  private final Activity activity;

  SseConnection(Responder responder, Activity activity) {
    this.responder = responder;
    this.activity = activity;
  }

  /** Sets the SSE response headers; call before the first event. */
  static void streamHeaders(HttpExchange exchange) {
    exchange.status(200);
    exchange.responseHeader("Content-Type", "text/event-stream");
    exchange.responseHeader("Cache-Control", "no-cache, no-transform");
    exchange.responseHeader("X-Accel-Buffering", "no");
  }

  Responder responder() {
    return responder;
  }

  /** Sends a {@code message} event (with an id if not null); false if the stream is gone. */
  boolean message(String id, byte[] json) {
    return event(id, null, json);
  }

  /** Sends an event; false if the stream is gone. */
  boolean event(String id, String type, byte[] data) {
    int size = DATA.length + data.length + 2;
    byte[] idBytes = id == null ? null : ("id: " + id + "\n").getBytes(StandardCharsets.US_ASCII);
    byte[] typeBytes = type == null ? null : ("event: " + type + "\n").getBytes(StandardCharsets.UTF_8);
    if (idBytes != null) {
      size += idBytes.length;
    }
    if (typeBytes != null) {
      size += typeBytes.length;
    }
    byte[] frame = new byte[size];
    int at = 0;
    if (idBytes != null) {
      System.arraycopy(idBytes, 0, frame, at, idBytes.length);
      at += idBytes.length;
    }
    if (typeBytes != null) {
      System.arraycopy(typeBytes, 0, frame, at, typeBytes.length);
      at += typeBytes.length;
    }
    System.arraycopy(DATA, 0, frame, at, DATA.length);
    at += DATA.length;
    System.arraycopy(data, 0, frame, at, data.length);
    at += data.length;
    frame[at++] = '\n';
    frame[at] = '\n';
    return responder.write(frame);
  }

  /** The priming event of 2025-11-25: an id and empty data, so a client can resume from it. */
  boolean prime(String id) {
    return responder.write(("id: " + id + "\ndata: \n\n").getBytes(StandardCharsets.US_ASCII));
  }

  /** Tells the client how long to wait before it reconnects (the SSE {@code retry} field). */
  boolean retry(long millis) {
    return responder.write(("retry: " + millis + "\n\n").getBytes(StandardCharsets.US_ASCII));
  }

  /** Writes a keep-alive comment if nothing was written for {@code idleNanos}. */
  void keepAlive(long idleNanos) {
    if (System.nanoTime() - responder.lastWriteNanos() >= idleNanos) {
      responder.write(KEEP_ALIVE);
    }
  }

  boolean isOpen() {
    return !responder.isFinished();
  }

  /** Ends the stream normally. */
  void close() {
    responder.end();
    activity.streamClosed(this);
  }

  /** Ends the stream abnormally. */
  void abort() {
    responder.fail(null);
    activity.streamClosed(this);
  }
}
