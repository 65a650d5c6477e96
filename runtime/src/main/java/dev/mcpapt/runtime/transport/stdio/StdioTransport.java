package dev.mcpapt.runtime.transport.stdio;

import dev.mcpapt.runtime.engine.Engine;
import dev.mcpapt.runtime.engine.Inbound;
import dev.mcpapt.runtime.engine.Outbound;
import dev.mcpapt.runtime.engine.RequestChannel;
import dev.mcpapt.runtime.engine.Session;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The stdio transport: newline-delimited JSON-RPC on an input and an output stream (stdin and
 * stdout of the process). One {@link Session} spans the whole stream.
 *
 * <p>Lines over the engine's message size limit are skipped without being buffered whole and
 * answered with {@code -32600}; blank lines are ignored; every other line is parsed, classified
 * and dispatched, so a bad line never stops the server. {@link #run()} returns at end of input,
 * after the requests in flight finish (waiting at most the grace period).
 */
public final class StdioTransport {
  private static final System.Logger LOG = System.getLogger("dev.mcpapt.runtime.stdio");

  private final Engine engine;
  private final InputStream in;
  private final OutputStream out;
  private final Duration grace;
  private final ReentrantLock writeLock = new ReentrantLock();
  private volatile boolean outputBroken;

  public StdioTransport(Engine engine, InputStream in, OutputStream out, Duration grace) {
    this.engine = engine;
    this.in = in;
    this.out = new BufferedOutputStream(out, 64 * 1024); // one write per message
    this.grace = grace;
  }

  /** Reads until end of input, then waits (bounded) for requests in flight and returns. */
  public void run() throws IOException {
    Outbound outbound = this::write;
    Session session = engine.openSession(outbound);
    RequestChannel channel = RequestChannel.of(outbound);
    int limit = engine.settings().maxMessageBytes();
    byte[] chunk = new byte[64 * 1024];
    byte[] line = new byte[8 * 1024];
    int length = 0;
    boolean skipping = false;
    try {
      int n;
      while ((n = in.read(chunk)) > 0) {
        int start = 0;
        for (int i = 0; i < n; i++) {
          if (chunk[i] != '\n') {
            continue;
          }
          int part = i - start;
          if (skipping) {
            skipping = false;
            write(engine.tooLargeResponse());
          } else if (length + part > limit) {
            write(engine.tooLargeResponse());
          } else {
            if (length == 0) {
              handle(chunk, start, part, session, channel);
            } else {
              line = append(line, length, chunk, start, part);
              handle(line, 0, length + part, session, channel);
            }
          }
          length = 0;
          start = i + 1;
        }
        int rest = n - start;
        if (rest > 0 && !skipping) {
          if (length + rest > limit) {
            skipping = true;
            length = 0;
            line = new byte[8 * 1024];
          } else {
            line = append(line, length, chunk, start, rest);
            length += rest;
          }
        }
      }
      if (skipping) {
        write(engine.tooLargeResponse());
      } else if (length > 0) {
        handle(line, 0, length, session, channel);
      }
    } finally {
      awaitInFlight();
      session.close();
    }
  }

  private static byte[] append(byte[] line, int length, byte[] src, int from, int count) {
    if (length + count > line.length) {
      line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, length + count));
    }
    System.arraycopy(src, from, line, length, count);
    return line;
  }

  private void handle(byte[] bytes, int offset, int length, Session session, RequestChannel channel) {
    int end = offset + length;
    if (end > offset && bytes[end - 1] == '\r') {
      end--;
    }
    int start = offset;
    while (start < end && isBlank(bytes[start])) {
      start++;
    }
    if (start == end) {
      return;
    }
    Inbound message = engine.parse(bytes, start, end - start);
    engine.dispatch(message, session, channel);
  }

  private static boolean isBlank(byte b) {
    return b == ' ' || b == '\t' || b == '\r';
  }

  private void awaitInFlight() {
    long deadline = System.nanoTime() + grace.toNanos();
    while (engine.runningRequests() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    if (engine.runningRequests() > 0) {
      LOG.log(System.Logger.Level.WARNING, "Exiting with " + engine.runningRequests()
          + " request(s) still running after " + grace.toMillis() + " ms");
    }
  }

  /** Writes one message and a newline, atomically with respect to other messages. */
  private void write(byte[] message) {
    if (message == null || outputBroken) {
      return;
    }
    writeLock.lock();
    try {
      out.write(message);
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      outputBroken = true;
      LOG.log(System.Logger.Level.WARNING, "Cannot write to the client any more: " + e.getMessage());
    } finally {
      writeLock.unlock();
    }
  }
}
