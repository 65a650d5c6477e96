package dev.mcpapt.runtime.transport.http;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Writes one response body in order, without blocking the threads that produce it: chunks queue
 * up and a single drain task on {@code executor} writes them. A client that stops reading is cut
 * off once more than {@link #MAX_QUEUED_BYTES} wait, so a slow consumer cannot exhaust memory.
 */
final class Responder {
  private static final System.Logger LOG = System.getLogger("dev.mcpapt.runtime.http");
  static final long MAX_QUEUED_BYTES = 32L * 1024 * 1024;

  private final HttpExchange exchange;
  private final Executor executor;
  private final BodyReader bodies;
  private final ArrayDeque<byte[]> queue = new ArrayDeque<>();
  private long queuedBytes;
  private boolean draining;
  private boolean ending;
  private boolean finished;
  private volatile long lastWriteNanos = System.nanoTime();
  private Runnable onGone;
  /** Whether the request has a body nobody has read yet (an early refusal drops it first). */
  volatile boolean bodyUnread;

  Responder(HttpExchange exchange, Executor executor, BodyReader bodies) {
    this.exchange = exchange;
    this.executor = executor;
    this.bodies = bodies;
    exchange.onClientGone(() -> fail(null));
    long length = exchange.contentLength();
    this.bodyUnread = length > 0 || (length < 0 && exchange.header("Transfer-Encoding") != null);
  }

  HttpExchange exchange() {
    return exchange;
  }

  /** Where the request body is read, or dropped before a refusal. */
  BodyReader bodies() {
    return bodies;
  }

  /** Runs {@code r} once if the response ends abnormally (client gone, write failed, too slow). */
  synchronized void onGone(Runnable r) {
    this.onGone = r;
  }

  /** True once the response has ended (normally or not). */
  synchronized boolean isFinished() {
    return finished || ending;
  }

  long lastWriteNanos() {
    return lastWriteNanos;
  }

  /** Queues a chunk; false if the response already ended. */
  boolean write(byte[] chunk) {
    synchronized (this) {
      if (finished || ending) {
        return false;
      }
      queuedBytes += chunk.length;
      if (queuedBytes > MAX_QUEUED_BYTES) {
        LOG.log(System.Logger.Level.WARNING, "Closing a stream whose client reads too slowly ("
            + queuedBytes + " bytes waiting)");
      } else {
        queue.add(chunk);
        lastWriteNanos = System.nanoTime();
        schedule();
        return true;
      }
    }
    fail(new IOException("client reads too slowly"));
    return false;
  }

  /** Ends the response once everything queued is written. */
  void end() {
    synchronized (this) {
      if (finished || ending) {
        return;
      }
      ending = true;
      schedule();
    }
  }

  /**
   * Writes {@code chunk} (if not null) and ends: a whole small response in one call. The chunk
   * is queued and the end marked at once, so the drain always sends it as the last write; on a
   * server whose last write is asynchronous, with nothing queued, it is written from this thread.
   */
  void writeAndEnd(byte[] chunk) {
    synchronized (this) {
      if (finished || ending) {
        return;
      }
      if (chunk != null && !draining && queue.isEmpty() && exchange.lastWriteIsAsync()) {
        // A whole answer at once on a server that writes asynchronously: written from this
        // thread, without waking a writer.
        finished = true;
        lastWriteNanos = System.nanoTime();
      } else {
        chunk = queueLast(chunk);
      }
    }
    if (chunk != null) {
      try {
        exchange.writeLast(chunk);
      } catch (IOException | RuntimeException e) {
        exchange.abort(e); // marked finished: the request it answered is over, only the exchange is left
      }
    }
  }

  /** Queues the last chunk and the end for the drain; returns null (nothing left to write here). */
  private byte[] queueLast(byte[] chunk) {
    if (chunk != null) {
      queue.add(chunk);
      queuedBytes += chunk.length;
      lastWriteNanos = System.nanoTime();
    }
    ending = true;
    schedule();
    return null;
  }

  private void schedule() {
    if (draining) {
      return;
    }
    draining = true;
    try {
      executor.execute(this::drain);
    } catch (RejectedExecutionException e) {
      draining = false;
      fail(e);
    }
  }

  private void drain() {
    while (true) {
      byte[] chunk;
      boolean end;
      boolean last;
      synchronized (this) {
        if (finished) {
          draining = false;
          return;
        }
        chunk = queue.poll();
        end = chunk == null && ending;
        if (chunk == null && !end) {
          draining = false;
          return;
        }
        if (chunk != null) {
          queuedBytes -= chunk.length;
        }
        // The final chunk and the end go out together (see HttpExchange.writeLast).
        last = chunk != null && ending && queue.isEmpty();
        if (end || last) {
          finished = true;
          draining = false;
        }
      }
      if (end) {
        exchange.complete();
        return;
      }
      try {
        if (last) {
          exchange.writeLast(chunk);
          return;
        }
        exchange.write(chunk);
      } catch (IOException | RuntimeException e) {
        if (last) {
          // Already marked finished: the request it answered is over, only the exchange is left.
          exchange.abort(e);
          return;
        }
        synchronized (this) {
          draining = false;
        }
        fail(e);
        return;
      }
    }
  }

  /** Ends the response abnormally and tells the {@link #onGone} listener. */
  void fail(Throwable cause) {
    Runnable listener;
    synchronized (this) {
      if (finished) {
        return;
      }
      finished = true;
      queue.clear();
      listener = onGone;
      onGone = null;
    }
    try {
      exchange.abort(cause == null ? new IOException("client closed the connection") : cause);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.DEBUG, "abort failed", e);
    }
    if (listener != null) {
      listener.run();
    }
  }
}
