package dev.mcpapt.bench.load;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Ends a server that stops answering: if {@link #progress()} is not called for the stall time, the
 * process is killed, which makes every blocked read on its pipes or sockets return.
 */
final class Watchdog implements AutoCloseable {
  private final AtomicLong lastProgress = new AtomicLong(System.nanoTime());
  private final Thread thread;
  private volatile boolean closed;
  private volatile boolean fired;
  private volatile long stallNanos;

  Watchdog(ServerProcess server, long stallMillis) {
    stallNanos = stallMillis * 1_000_000L;
    thread =
        new Thread(
            () -> {
              while (!closed) {
                try {
                  Thread.sleep(100);
                } catch (InterruptedException e) {
                  return;
                }
                if (!closed && System.nanoTime() - lastProgress.get() > stallNanos) {
                  fired = true;
                  server.peakRssBytes(); // the last reading, while the process is still there
                  server.process.destroyForcibly();
                  return;
                }
              }
            },
            "watchdog");
    thread.setDaemon(true);
    thread.start();
  }

  /** Changes the stall time (a start may take longer than a call) and counts as progress. */
  void stallAfter(long millis) {
    stallNanos = millis * 1_000_000L;
    progress();
  }

  void progress() {
    lastProgress.lazySet(System.nanoTime());
  }

  /** Whether the server was killed for stalling. */
  boolean fired() {
    return fired;
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
  }
}
