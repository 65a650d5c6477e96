package dev.mcpapt.runtime.transport.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How fast one client address may open sessions: a token bucket per address, {@code burst}
 * tokens, refilled at {@code perSecond}. Buckets that have filled up again are forgotten.
 */
final class SessionRateLimit {
  /** Past this many addresses tracked, full buckets are dropped at once rather than at the next sweep. */
  private static final int SWEEP_ABOVE = 100_000;

  private final double perNano;
  private final double burst;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  SessionRateLimit(int perSecond, int burst) {
    this.perNano = perSecond / 1e9;
    this.burst = burst;
  }

  /** Takes a token for {@code client}: 0 if it may open a session now, else the nanoseconds until it may. */
  long acquire(String client, long now) {
    if (perNano == 0) {
      return 0;
    }
    if (buckets.size() > SWEEP_ABOVE) {
      sweep(now);
    }
    Bucket b = buckets.computeIfAbsent(client == null ? "" : client, k -> new Bucket(burst, now));
    synchronized (b) {
      b.refill(now, perNano, burst);
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - b.tokens) / perNano));
    }
  }

  /** Forgets the addresses whose bucket is full again (they have opened nothing lately). */
  void sweep(long now) {
    buckets.values().removeIf(b -> {
      synchronized (b) {
        b.refill(now, perNano, burst);
        return b.tokens >= burst;
      }
    });
  }

  int trackedClients() {
    return buckets.size();
  }

  private static final class Bucket {
    double tokens;
    long last;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.last = now;
    }

    void refill(long now, double perNano, double burst) {
      if (now > last) {
        tokens = Math.min(burst, tokens + (now - last) * perNano);
        last = now;
      }
    }
  }
}
