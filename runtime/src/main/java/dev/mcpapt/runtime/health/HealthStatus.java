package dev.mcpapt.runtime.health;

import java.util.Objects;

/**
 * What one {@link HealthCheck} found: up or down, with a short reason a person reads in a probe's
 * answer (e.g. {@code "database reachable"}, {@code "connection refused"}). The reason is served
 * to anyone who can reach the probe: keep secrets and stack traces out of it.
 *
 * @param healthy whether the dependency is usable now
 * @param reason a short sentence, possibly empty
 */
public record HealthStatus(boolean healthy, String reason) {
  /** Reasons longer than this are cut when served. */
  public static final int MAX_REASON = 200;

  public HealthStatus {
    reason = reason == null ? "" : reason.strip();
    if (reason.length() > MAX_REASON) {
      reason = reason.substring(0, MAX_REASON - 3) + "...";
    }
  }

  /** Up, with no reason to give. */
  public static HealthStatus up() {
    return new HealthStatus(true, "");
  }

  /** Up, with a short note. */
  public static HealthStatus up(String reason) {
    return new HealthStatus(true, reason);
  }

  /** Down, saying why. */
  public static HealthStatus down(String reason) {
    return new HealthStatus(false, Objects.requireNonNull(reason, "reason"));
  }
}
