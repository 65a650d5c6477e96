package dev.mcpapt.spring;

import dev.mcpapt.runtime.McpServer;
import java.util.function.IntSupplier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The MCP server in Actuator's {@code /actuator/health} (as {@code mcp}): up while it serves at
 * least one component, with the numbers of tools, requests running and HTTP sessions open. A
 * server with nothing to serve is down: the annotated classes are no beans, or the processor did
 * not run on them.
 */
public final class McpHealthIndicator implements HealthIndicator {
  private final McpServer server;
  private final IntSupplier sessions;

  McpHealthIndicator(McpServer server, IntSupplier sessions) {
    this.server = server;
    this.sessions = sessions;
  }

  @Override
  public Health health() {
    int components = server.components().size();
    Health.Builder b = components > 0 ? Health.up() : Health.down()
        .withDetail("reason", "no annotated bean is served: are the classes beans, and did mcp-apt-processor run on them?");
    b.withDetail("components", components)
        .withDetail("tools", server.toolCount())
        .withDetail("runningRequests", server.runningRequests());
    int open = sessions.getAsInt();
    if (open >= 0) {
      b.withDetail("httpSessions", open);
    }
    return b.build();
  }
}
