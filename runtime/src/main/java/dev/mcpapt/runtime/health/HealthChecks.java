package dev.mcpapt.runtime.health;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a server's {@link HealthCheck}s for a readiness probe: all at once, each bounded by one
 * timeout, so a probe answers within that timeout whatever the checks do.
 */
public final class HealthChecks {
  private static final System.Logger LOG = System.getLogger("dev.mcpapt.runtime.health");
  private static final AtomicInteger THREADS = new AtomicInteger();
  /** Checks run here, never on the thread answering the probe; idle threads go away after a minute. */
  private static final ExecutorService RUNNER = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "mcp-health-" + THREADS.incrementAndGet());
    t.setDaemon(true);
    return t;
  });

  /** One check's outcome in a {@link Report}. */
  public record Result(String name, boolean up, String reason) {}

  /** What a probe found: ready when every check is up (and there are none). */
  public record Report(boolean ready, List<Result> checks) {
    public Report {
      checks = List.copyOf(checks);
    }
  }

  private final List<Entry> entries = new ArrayList<>();
  private final Duration timeout;

  public HealthChecks(List<HealthCheck> checks, Duration timeout) {
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    for (HealthCheck c : checks) {
      entries.add(new Entry(Objects.requireNonNull(c, "check")));
    }
  }

  /** Whether there is anything to check. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** Runs every check (or joins a run still going) and waits at most the timeout for all of them. */
  public Report run() {
    List<CompletableFuture<HealthStatus>> runs = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      runs.add(e.start());
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    List<Result> results = new ArrayList<>(entries.size());
    boolean ready = true;
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      HealthStatus status;
      Throwable failure = null;
      try {
        status = runs.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (TimeoutException t) {
        status = HealthStatus.down("no answer within " + timeout.toMillis() + " ms");
      } catch (ExecutionException x) {
        failure = x.getCause();
        status = HealthStatus.down("the check failed");
      } catch (InterruptedException x) {
        Thread.currentThread().interrupt();
        status = HealthStatus.down("the probe was interrupted");
      }
      e.record(status, failure);
      ready &= status.healthy();
      results.add(new Result(e.name, status.healthy(), status.reason()));
    }
    return new Report(ready, results);
  }

  private static final class Entry {
    final HealthCheck check;
    final String name;
    private CompletableFuture<HealthStatus> running;
    private Boolean lastUp;

    Entry(HealthCheck check) {
      this.check = check;
      String n = check.name();
      this.name = n == null || n.isBlank() ? "check" : n;
    }

    synchronized CompletableFuture<HealthStatus> start() {
      if (running == null || running.isDone()) {
        running = CompletableFuture.supplyAsync(() -> {
          try {
            HealthStatus s = check.check();
            return s != null ? s : HealthStatus.down("the check gave no status");
          } catch (RuntimeException e) {
            throw e;
          } catch (Exception e) {
            throw new java.util.concurrent.CompletionException(e);
          }
        }, RUNNER);
      }
      return running;
    }

    /** Logs changes only: a probe every few seconds must not fill the log. */
    synchronized void record(HealthStatus status, Throwable failure) {
      if (lastUp != null && lastUp == status.healthy()) {
        return;
      }
      lastUp = status.healthy();
      if (status.healthy()) {
        LOG.log(System.Logger.Level.INFO, "Health check " + name + " is up");
      } else if (failure != null) {
        LOG.log(System.Logger.Level.WARNING, "Health check " + name + " failed", failure);
      } else {
        LOG.log(System.Logger.Level.WARNING, "Health check " + name + " is down: " + status.reason());
      }
    }
  }
}
