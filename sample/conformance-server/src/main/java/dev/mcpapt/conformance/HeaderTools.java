package dev.mcpapt.conformance;

import dev.mcpapt.annotations.Param;
import dev.mcpapt.annotations.Tool;

/**
 * A tool whose argument is mirrored into an HTTP header (2026-07-28, {@code x-mcp-header}): the
 * suite's {@code http-custom-header-server-validation} sends matching, mismatching, missing and
 * badly encoded {@code Mcp-Param-Region} headers and expects {@code 400}/{@code -32020} for each
 * wrong one.
 */
public class HeaderTools {
  /**
   * Echoes the region it would route to.
   *
   * @param region where to route, e.g. us-west1
   */
  @Tool(readOnlyHint = true)
  public String routeToRegion(@Param(header = "Region") String region) {
    return "routed to " + region;
  }
}
