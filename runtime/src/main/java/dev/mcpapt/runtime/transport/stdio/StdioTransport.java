package dev.mcpapt.runtime.transport.stdio;

import dev.mcpapt.runtime.McpServer;
import dev.mcpapt.runtime.engine.Engine;
import dev.mcpapt.runtime.engine.Inbound;
import dev.mcpapt.runtime.engine.RequestChannel;
import dev.mcpapt.runtime.engine.ServerEngines;
import dev.mcpapt.runtime.engine.Session;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The stdio transport: newline-delimited JSON-RPC on an input and an output stream (stdin and
 * stdout of the process). One {@link Session} spans the whole stream.
 *
 * <p>Reading: lines over the engine's message size limit are skipped without being buffered
 * whole and answered with {@code -32600}; blank lines are ignored; every other line is parsed,
 * classified and dispatched, so a bad line never stops the server. At most
 * {@value #MAX_IN_FLIGHT} messages are served at once; beyond that the reader waits, which pushes
 * back on a client that floods the server.
 *
 * <p>Writing: one writer thread takes messages from a bounded queue and writes each as a line,
 * flushing when the queue runs dry, so the threads that run requests never contend for stdout.
 * What the reading thread answers itself (requests that run inline) it writes directly, and
 * flushes once it has read all the input there is, so answers ready together go out in one write
 * without waking the writer.
 *
 * <p>{@link #run()} returns at end of input, after the requests in flight finish (waiting at most
 * the grace period) and their messages are written.
 */
public final class StdioTransport {
  private static final System.Logger LOG = System.getLogger("dev.mcpapt.runtime.stdio");

  /** Messages served at once before the reader waits. */
  public static final int MAX_IN_FLIGHT = 4096;

  private static final byte[] END = new byte[0];

  private final Engine engine;
  private final InputStream in;
  private final OutputStream out;
  private final Duration grace;
  private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(8192);
  private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
  private final Thread writer;
  private final Object outLock = new Object();
  private Thread reader;
  /** Whether the reading thread wrote something not flushed yet (guarded by {@link #outLock}). */
  private boolean unflushed;
  private volatile boolean outputBroken;
  private volatile boolean closed;

  /**
   * Serves {@code server} on these streams once {@link #run} is called; {@code grace} bounds the
   * wait for requests in flight when the input ends or the transport is closed.
   */
  public StdioTransport(McpServer server, InputStream in, OutputStream out, Duration grace) {
    this(ServerEngines.of(server), in, out, grace);
  }

  /** The same over an engine, for this module's own use. */
  public StdioTransport(Engine engine, InputStream in, OutputStream out, Duration grace) {
    this.engine = engine;
    this.in = in;
    this.out = new BufferedOutputStream(out, 64 * 1024);
    this.grace = grace;
    this.writer = new Thread(this::writeLoop, "mcp-stdio-writer");
    this.writer.setDaemon(true);
  }

  /** Reads until end of input, then waits (bounded) for requests in flight and returns. */
  public void run() throws IOException {
    reader = Thread.currentThread();
    writer.start();
    Session session = engine.openSession(this::send);
    RequestChannel channel = new RequestChannel() {
      @Override
      public void message(byte[] message) {
        send(message);
      }

      @Override
      public void response(byte[] response) {
        send(response);
        inFlight.release();
      }

      @Override
      public void abandoned() {
        inFlight.release();
      }
    };
    int limit = engine.settings().maxMessageBytes();
    byte[] chunk = new byte[64 * 1024];
    byte[] line = new byte[8 * 1024];
    int length = 0;
    boolean skipping = false;
    try {
      int n;
      while ((n = readFlushing(chunk)) > 0) {
        int start = 0;
        for (int i = 0; i < n; i++) {
          if (chunk[i] != '\n') {
            continue;
          }
          int part = i - start;
          if (skipping || length + part > limit) {
            skipping = false;
            send(engine.tooLargeResponse());
          } else if (length == 0) {
            handle(chunk, start, part, session, channel);
          } else {
            line = append(line, length, chunk, start, part);
            handle(line, 0, length + part, session, channel);
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
        send(engine.tooLargeResponse());
      } else if (length > 0) {
        handle(line, 0, length, session, channel);
      }
    } finally {
      awaitInFlight();
      session.close();
      close();
    }
  }

  /** Reads more input, first flushing what this thread wrote if the read may block. */
  private int readFlushing(byte[] chunk) throws IOException {
    if (unflushedByReader() && in.available() == 0) {
      synchronized (outLock) {
        try {
          out.flush();
        } catch (IOException e) {
          broken(e);
        }
        unflushed = false;
      }
    }
    return in.read(chunk);
  }

  private boolean unflushedByReader() {
    synchronized (outLock) {
      return unflushed;
    }
  }

  private void broken(IOException e) {
    if (!outputBroken) {
      outputBroken = true;
      queue.clear();
      LOG.log(System.Logger.Level.WARNING, "Cannot write to the client any more: " + e.getMessage());
    }
  }

  private static byte[] append(byte[] line, int length, byte[] src, int from, int count) {
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
    }
    System.arraycopy(src, from, line, length, count);
    return line;
  }

  private void handle(byte[] bytes, int offset, int length, Session session, RequestChannel channel) {
    int end = offset + length;
    int start = offset;
    while (start < end && isBlank(bytes[start])) {
      start++;
    }
    while (end > start && isBlank(bytes[end - 1])) {
      end--;
    }
    if (start == end) {
      return;
    }
    Inbound message = engine.parse(bytes, start, end - start);
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
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

  /** Queues one message for the writer (waits while the queue is full: the client reads slowly). */
  private void send(byte[] message) {
    if (message == null || outputBroken || closed) {
      return;
    }
    if (Thread.currentThread() == reader) {
      synchronized (outLock) {
        try {
          write(message);
          unflushed = true;
        } catch (IOException e) {
          broken(e);
        }
      }
      return;
    }
    if (queue.offer(message)) {
      return;
    }
    boolean interrupted = false;
    while (!outputBroken && !closed) {
      try {
        queue.put(message);
        break;
      } catch (InterruptedException e) {
        interrupted = true; // a response must not be lost because its thread was interrupted
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void writeLoop() {
    try {
      while (true) {
        byte[] message = queue.take();
        if (message == END) {
          break;
        }
        synchronized (outLock) {
          write(message);
          while ((message = queue.poll()) != null) {
            if (message == END) {
              out.flush();
              return;
            }
            write(message);
          }
          out.flush();
          unflushed = false;
        }
      }
      synchronized (outLock) {
        out.flush();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      broken(e);
    }
  }

  private void write(byte[] message) throws IOException {
    out.write(message);
    out.write('\n');
  }

  /**
   * Writes what is queued and stops the writer (waiting at most the grace period). Called at the
   * end of {@link #run()}, and by a shutdown hook after the engine finished its requests.
   */
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (writer.isAlive() && !outputBroken && queue.offer(END, grace.toMillis(), TimeUnit.MILLISECONDS)) {
        writer.join(grace.toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
