package dev.mcpapt.runtime.engine;

import dev.mcpapt.runtime.McpServer;
import java.util.Objects;
import java.util.function.Function;

/**
 * The engine of an {@link McpServer}, for this module's launcher and transports. {@code McpServer}
 * has no public accessor for it, since its type is internal: the server hands this class the
 * access once, when its class is initialized, which happens before any server exists.
 */
public final class ServerEngines {
  private static volatile Function<McpServer, Engine> access;

  private ServerEngines() {}

  /** Called once, by {@code McpServer}. */
  public static synchronized void install(Function<McpServer, Engine> engineOf) {
    if (access != null) {
      throw new IllegalStateException("already installed");
    }
    access = Objects.requireNonNull(engineOf, "engineOf");
  }

  /** The engine serving {@code server}. */
  public static Engine of(McpServer server) {
    return access.apply(Objects.requireNonNull(server, "server"));
  }
}
