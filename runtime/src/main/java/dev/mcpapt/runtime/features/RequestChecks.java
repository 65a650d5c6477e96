package dev.mcpapt.runtime.features;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mcpapt.runtime.engine.Engine;
import dev.mcpapt.runtime.McpError;
import dev.mcpapt.runtime.engine.RequestContext;

/** Checks of request {@code _meta} the features rely on. */
final class RequestChecks {
  static final String LOG_LEVEL = "io.modelcontextprotocol/logLevel";

  private RequestChecks() {}

  /**
   * 2026-07-28: a {@code _meta} log level that is not one of the eight levels is {@code -32602}
   * (rather than silently sending no log messages).
   */
  static void logLevel(RequestContext request) throws McpError {
    if (!request.revision().isModern()) {
      return;
    }
    JsonNode level = request.requestMeta().get(LOG_LEVEL);
    if (level != null && (!level.isTextual() || Engine.logLevel(level.textValue()) == null)) {
      throw McpError.invalidParams("Invalid params: _meta \"" + LOG_LEVEL + "\" must be one of debug, info, notice, "
          + "warning, error, critical, alert, emergency");
    }
  }
}
