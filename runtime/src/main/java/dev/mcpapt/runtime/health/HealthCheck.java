package dev.mcpapt.runtime.health;

import java.util.Objects;

/**
 * One thing the server needs in order to serve, asked by the readiness probe ({@code /readyz}):
 * a database, a downstream service, a cache warmed up.
 *
 * <pre>{@code
 * HttpOptions.builder()
 *     .healthCheck(HealthCheck.named("database", () -> dataSource.getConnection().isValid(1)
 *         ? HealthStatus.up() : HealthStatus.down("the database does not answer")))
 * }</pre>
 *
 * <p>A check that throws counts as down, and so does one that has not answered within the probe's
 * timeout ({@code HttpOptions.healthCheckTimeout}): a hung dependency never hangs the probe. A
 * check still running from an earlier probe is not started again; the new probe waits for that
 * run instead, so a hung check holds one thread, not one per probe.
 */
@FunctionalInterface
public interface HealthCheck {
  /** Looks at the dependency now. Throwing means down. */
  HealthStatus check() throws Exception;

  /** The name shown in the probe's answer; lambdas and anonymous classes are {@code "check"}. */
  default String name() {
    Class<?> c = getClass();
    return c.isHidden() || c.isAnonymousClass() || c.isSynthetic() ? "check" : c.getSimpleName();
  }

  /** {@code check} under {@code name}. */
  static HealthCheck named(String name, HealthCheck check) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(check, "check");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a health check needs a name");
    }
    return new HealthCheck() {
      @Override
      public HealthStatus check() throws Exception {
        return check.check();
      }

      @Override
      public String name() {
        return name;
      }
    };
  }
}
