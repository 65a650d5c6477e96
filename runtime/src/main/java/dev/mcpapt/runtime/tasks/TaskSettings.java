package dev.mcpapt.runtime.tasks;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * How a server runs tasks.
 *
 * @param store where tasks are kept
 * @param defaultTtl how long a task is kept after it was created, when the client does not ask
 *     (2025-11-25 lets it ask with {@code task.ttl}; 2026-07-28 leaves it to the server)
 * @param maxTtl the longest time to live a client may ask for
 * @param pollInterval the polling interval suggested to clients
 * @param maxActivePerOwner how many unfinished tasks one user (or, signed out, all anonymous
 *     callers together) may have at once; more are refused
 * @param nodeId the name of this node among those sharing a store: at start it fails the tasks a
 *     previous run of the same node left unfinished
 * @param heartbeat how often a node records that it still runs its tasks
 * @param staleAfter after how long without a heartbeat another node's unfinished task is reported
 *     as failed (its node died)
 */
public record TaskSettings(
    TaskStore store,
    Duration defaultTtl,
    Duration maxTtl,
    Duration pollInterval,
    int maxActivePerOwner,
    String nodeId,
    Duration heartbeat,
    Duration staleAfter) {

  public TaskSettings {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(defaultTtl, "defaultTtl");
    Objects.requireNonNull(maxTtl, "maxTtl");
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(nodeId, "nodeId");
    Objects.requireNonNull(heartbeat, "heartbeat");
    Objects.requireNonNull(staleAfter, "staleAfter");
    if (defaultTtl.isNegative() || defaultTtl.isZero() || maxTtl.compareTo(defaultTtl) < 0) {
      throw new IllegalArgumentException("defaultTtl must be positive and at most maxTtl");
    }
    if (maxActivePerOwner < 1) {
      throw new IllegalArgumentException("maxActivePerOwner must be positive");
    }
    if (staleAfter.compareTo(heartbeat.multipliedBy(2)) < 0) {
      throw new IllegalArgumentException("staleAfter must be at least two heartbeats");
    }
  }

  /** In memory (10,000 tasks), kept 1 hour (at most 24), poll every second, 32 unfinished per user. */
  public static TaskSettings defaults() {
    return new TaskSettings(new InMemoryTaskStore(10_000), Duration.ofHours(1), Duration.ofHours(24),
        Duration.ofSeconds(1), 32, defaultNodeId(), Duration.ofSeconds(10), Duration.ofSeconds(60));
  }

  public TaskSettings withStore(TaskStore s) {
    return new TaskSettings(s, defaultTtl, maxTtl, pollInterval, maxActivePerOwner, nodeId, heartbeat, staleAfter);
  }

  public TaskSettings withTtl(Duration ttl, Duration max) {
    return new TaskSettings(store, ttl, max, pollInterval, maxActivePerOwner, nodeId, heartbeat, staleAfter);
  }

  public TaskSettings withPollInterval(Duration interval) {
    return new TaskSettings(store, defaultTtl, maxTtl, interval, maxActivePerOwner, nodeId, heartbeat, staleAfter);
  }

  public TaskSettings withMaxActivePerOwner(int max) {
    return new TaskSettings(store, defaultTtl, maxTtl, pollInterval, max, nodeId, heartbeat, staleAfter);
  }

  public TaskSettings withNode(String id, Duration beat, Duration stale) {
    return new TaskSettings(store, defaultTtl, maxTtl, pollInterval, maxActivePerOwner, id, beat, stale);
  }

  /** The host name, or {@code "local"} if it cannot be read. */
  static String defaultNodeId() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      return "local";
    }
  }
}
