package dev.mcpapt.spring;

import dev.mcpapt.runtime.McpServer;

/**
 * Adjusts the {@link McpServer} the starter builds, after the properties and the tool beans were
 * applied: components written by hand, task settings, list caching. Declare one as a bean.
 */
@FunctionalInterface
public interface McpServerCustomizer {
  void customize(McpServer.Builder builder);
}
